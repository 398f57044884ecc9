import * as assert from 'node:assert/strict';
import { annotationSlotAt, corpusUnitNames, rankUnitNames } from '../../src/core/checks/unitNames';
import type { Clause, ParsedPlan } from '../../src/core/model';

const where = { start: { line: 0, column: 0 }, end: { line: 0, column: 1 } };

function item(lead: string[], support: string[] = []): Clause {
  return { kind: 'item', text: '…', path: [], range: where, units: [{ form: 'annotation', lead, support, range: where }], targets: [], children: [] };
}

describe('unit names', () => {
  describe('annotationSlotAt (cursor at the end of the line)', () => {
    const table: [string, string, { prefix: string; listed: string[] } | undefined][] = [
      ['right after the colon', '1. 建设算力中心。（责任单位：', { prefix: '', listed: [] }],
      ['a name half typed', '1. 建设算力中心。（责任单位：市发展改革委、市数', { prefix: '市数', listed: ['市发展改革委'] }],
      ['half-width brackets and colon', '加强基础研究。(责任单位:省科技厅,省财', { prefix: '省财', listed: ['省科技厅'] }],
      ['配合单位 after a 牵头单位', '（牵头单位：高新区管委会；配合单位：市科', { prefix: '市科', listed: [] }],
      ['a table-less 责任部门 label', '责任部门：省卫生健康委、', { prefix: '', listed: ['省卫生健康委'] }],
      ['after the annotation is closed', '（责任单位：市数据局）。推进', undefined],
      ['prose without a label', '由市科技局牵头，会同市', undefined],
      ['a label without its colon', '明确责任单位和完成时限', undefined],
    ];
    for (const [name, line, expected] of table) {
      it(name, () => {
        const slot = annotationSlotAt(line, line.length);
        assert.deepEqual(slot && { prefix: slot.prefix, listed: slot.listed }, expected);
        if (slot) assert.equal(line.slice(slot.start), slot.prefix);
      });
    }

    it('looks only before the cursor', () => {
      const line = '（责任单位：省科技厅、省财政厅）';
      assert.deepEqual(annotationSlotAt(line, line.indexOf('、') + 1), { start: line.indexOf('、') + 1, prefix: '', listed: ['省科技厅'] });
    });
  });

  describe('rankUnitNames', () => {
    const names = ['省科技厅', '省科学院', '省发展改革委', '省经信厅', '省卫生健康委', '省财政厅', '市发展改革委', '市数据局', '各市人民政府', '省药监局', '省市场监管局'];
    const rank = (prefix: string, listed: string[] = []): string[] => rankUnitNames(names, { start: 0, prefix, listed }, 5);

    it('finds names from abbreviations drafters type', () => {
      assert.deepEqual(rank('发改委'), ['省发展改革委', '市发展改革委']);
      assert.deepEqual(rank('卫健委'), ['省卫生健康委']);
    });

    it('puts substrings before looser matches', () => {
      assert.equal(rank('科技')[0], '省科技厅');
      assert.deepEqual(rank('药监'), ['省药监局']);
    });

    it('forgives a wrong character from the input method', () => {
      assert.ok(rank('科技听').includes('省科技厅'));
    });

    it('keeps the frequency order when nothing is typed, leaving out names already listed', () => {
      assert.deepEqual(rank('', ['省科学院']), ['省科技厅', '省发展改革委', '省经信厅', '省卫生健康委', '省财政厅']);
    });

    it('offers nothing for a name no candidate resembles', () => {
      assert.deepEqual(rank('海关总署'), []);
    });
  });

  it('collects the units the corpus assigns, most frequent first', () => {
    const plan: ParsedPlan = {
      clauses: [{ ...item(['省科技厅']), children: [item(['省科技厅', '省财政厅'], ['各市人民政府']), item(['省财政厅', '省科技厅'])] }],
      tables: [],
      lineCount: 3,
    };
    assert.deepEqual(corpusUnitNames([plan]), ['省科技厅', '省财政厅', '各市人民政府']);
  });
});

import * as assert from 'node:assert/strict';
import { annotationSlotAt, corpusUnitNames, rankUnitNames, tableCellSlotAt } from '../../src/core/checks/unitNames';
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

  describe('tableCellSlotAt (a 任务分解表 being filled in)', () => {
    const table = [
      '| 序号 | 重点任务 | 牵头单位 | 配合单位 |',
      '| --- | --- | --- | --- |',
      '| 1 | 建设智能算力中心 | 市发展改革委 | 市数据局、市财 |',
      '| 2 | 培育数据要素市场 | 市数 |',
      '｜3｜开展数据资产登记试点｜市',
      '| 4 | 建设公共数据开放平台 |',
    ];
    const at = (line: number, column = table[line]!.length) => tableCellSlotAt((i) => table[i]!, line, column);

    it('offers names in a unit column, after the names already listed there', () => {
      const line = table[2]!;
      const cursor = line.lastIndexOf(' |');
      assert.deepEqual(at(2, cursor), { start: line.indexOf('市财'), prefix: '市财', listed: ['市数据局'] });
    });

    it('reads full-width pipes typed in Chinese mode, and a row without its closing pipe', () => {
      assert.deepEqual(at(3, table[3]!.length - 2), { start: table[3]!.indexOf('市数'), prefix: '市数', listed: [] });
      assert.deepEqual(at(4), { start: table[4]!.length - 1, prefix: '市', listed: [] });
    });

    it('offers names for the next cell to fill after a closed row', () => {
      assert.deepEqual(at(5), { start: table[5]!.length, prefix: '', listed: [] }, 'the 牵头单位 cell of row 4');
    });

    it('offers nothing in other columns, in the header or separator, or outside a table', () => {
      assert.equal(at(5, table[5]!.indexOf('公共')), undefined, 'the 重点任务 column');
      assert.equal(at(2, table[2]!.indexOf('智能')), undefined);
      assert.equal(at(0), undefined);
      assert.equal(at(1), undefined);
      assert.equal(
        tableCellSlotAt(() => '1. 建设算力中心（责任单位：市', 0, 10),
        undefined,
      );
    });

    it('tells a separator row of any length from a row of dashes that is not one (a scan, not a pattern)', () => {
      const dashes = '-'.repeat(200_000);
      const rows = ['| 牵头单位 |', `|${dashes}|`, `|${dashes}x`];
      assert.equal(
        tableCellSlotAt((i) => rows[i]!, 1, 5),
        undefined,
      );
      assert.equal(tableCellSlotAt((i) => rows[i]!, 2, rows[2]!.length)?.prefix, `${dashes}x`);
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

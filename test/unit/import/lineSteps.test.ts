import * as assert from 'node:assert/strict';
import { stripIndentArtifacts } from '../../../src/core/import/indentArtifacts';
import { removePinyinAnnotations } from '../../../src/core/import/pinyinAnnotations';
import { toSimplified } from '../../../src/core/text/simplify';
import { applyCorrections, CorrectionNotFoundError } from '../../../src/core/import/corrections';
import { findSuspectRuns } from '../../../src/core/import/mojibake';

describe('import: indentation artifacts', () => {
  const cases: [string, string][] = [
    ['??一、总体要求', '一、总体要求'],
    ['？？（一）指导思想', '（一）指导思想'],
    ['\u3000\u3000为加快推进产业发展，特制定本方案。', '为加快推进产业发展，特制定本方案。'],
    ['      各市人民政府：  ', '各市人民政府：'],
    ['????2024年3月8日', '2024年3月8日'],
    ['?是否需要备案', '?是否需要备案'],
  ];
  for (const [input, expected] of cases) it(`${JSON.stringify(input)} → ${expected}`, () => assert.equal(stripIndentArtifacts(input), expected));
});

describe('import: pinyin annotations', () => {
  const cases: [string, string][] = [
    ['關于印發(fā)《行動計劃》的通知', '關于印發《行動計劃》的通知'],
    ['產業(yè)科技創(chuàng)新', '產業科技創新'],
    ['規(guī)範醫(yī)療服務', '規範醫療服務'],
    ['基于人工智能(AI)與生物模型', '基于人工智能(AI)與生物模型'],
    ['美國食品藥品監督管理局(FDA)', '美國食品藥品監督管理局(FDA)'],
    ['(一)實施化學藥行動', '(一)實施化學藥行動'],
    ['首臺(套)產品', '首臺(套)產品'],
    ['研究與開發(R&D)投入', '研究與開發(R&D)投入'],
    ['型號(abc)不是注音', '型號(abc)不是注音'],
  ];
  for (const [input, expected] of cases) it(`${input} → ${expected}`, () => assert.equal(removePinyinAnnotations(input), expected));
});

describe('import: traditional to simplified', () => {
  const cases: [string, string][] = [
    ['關于印發《山東省生物醫藥產業科技創新行動計劃》的通知', '关于印发《山东省生物医药产业科技创新行动计划》的通知'],
    ['區政府各委、辦、局', '区政府各委、办、局'],
    ['已是简体的句子保持不变。', '已是简体的句子保持不变。'],
  ];
  for (const [input, expected] of cases) it(`${input} → ${expected}`, () => assert.equal(toSimplified(input), expected));
});

describe('import: corrections', () => {
  const fix = { original: '规?;苽浼', corrected: '规模化制备', reason: '按字节可确定' };
  it('applies a verified repair everywhere it occurs', () => {
    assert.equal(applyCorrections('突破标准化、规?;苽浼技术。', [fix]), '突破标准化、规模化制备技术。');
  });
  it('refuses a repair whose original is not in the page', () => {
    assert.throws(() => applyCorrections('正文没有乱码。', [fix]), CorrectionNotFoundError);
  });
});

describe('import: mojibake suspects', () => {
  const cases: [string, number][] = [
    ['突破标准化、规?;\uE20B苽浼夹g，攻克原创性药物', 1],
    ['替换字符\uFFFD出现在这里', 1],
    ['发展5G、3D打印和AI辅助诊断。', 0],
    ['中药现代化水平领跑全国。', 0],
  ];
  for (const [input, count] of cases) it(`${input} has ${count} suspect run(s)`, () => assert.equal(findSuspectRuns([input]).length, count));
});

import * as assert from 'node:assert/strict';
import { splitRunOn } from '../../../src/core/import/runOn';

/**
 * Text whose line breaks were lost is re-broken where a line could have ended. The scan skips the
 * characters it has nothing to do with: every kind of cut must still be made after long stretches
 * of plain text, and nothing cut inside them.
 */

const plain = '坚持以人民为中心的发展思想，统筹发展和安全，推动经济社会高质量发展，加快建设现代化产业体系，持续增进民生福祉';

describe('import: re-breaking run-on text', () => {
  it('cuts the head (title, 文号, addressees), parts, sections, items and the signature after long plain stretches', () => {
    const line = `国务院办公厅关于促进平台经济规范健康发展的指导意见国办发〔2019〕38号各省、自治区、直辖市人民政府：${plain}。现提出如下意见。一、总体要求（一）指导思想。${plain}。（二）基本原则。${plain}。1.坚持创新驱动。${plain}。二、重点任务${plain}。国务院办公厅2019年8月1日`;
    assert.deepEqual(splitRunOn(line), [
      '国务院办公厅关于促进平台经济规范健康发展的指导意见',
      '国办发〔2019〕38号',
      '各省、自治区、直辖市人民政府：',
      `${plain}。现提出如下意见。`,
      '一、总体要求',
      `（一）指导思想。${plain}。`,
      `（二）基本原则。${plain}。`,
      `1.坚持创新驱动。${plain}。`,
      `二、重点任务${plain}。`,
      '国务院办公厅',
      '2019年8月1日',
    ]);
  });

  it('leaves inline numbers, lists and references in a sentence alone, and cuts a chapter after a sentence', () => {
    const line = `${plain}。${plain}，2.5亿元用于统一、规范的第一条规定。${plain}。第三章 保障措施${plain}。`;
    assert.deepEqual(splitRunOn(line), [`${plain}。${plain}，2.5亿元用于统一、规范的第一条规定。${plain}。`, `第三章 保障措施${plain}。`]);
  });

  it('gives back a short line, or one with nothing to cut, whole', () => {
    assert.deepEqual(splitRunOn('一、总体要求（一）指导思想'), ['一、总体要求（一）指导思想']);
    assert.deepEqual(splitRunOn(plain.repeat(5)), [plain.repeat(5)]);
  });
});

import * as assert from 'node:assert/strict';
import { writtenForm } from '../../src/core/search/writtenForm';

/** A word searched for by its folded key, shown as the clause writes it. */
describe('writtenForm', () => {
  const cases: { text: string; key: string; expected: string | undefined }[] = [
    { text: '落实ＭＡＨ制度。', key: 'mah', expected: 'ＭＡＨ' },
    { text: '支持MAH委托生产。', key: 'mah', expected: 'MAH' },
    { text: '推進長江三角洲區域一體化。', key: '长江三角洲', expected: '長江三角洲' },
    { text: '推进长江、三角洲一体化。', key: '长江三角洲', expected: '长江、三角洲' },
    { text: '建设𠀋字库与长三角平台。', key: '𠀋字库', expected: '𠀋字库' },
    { text: '加强京津冀产业协同。', key: '长三角', expected: undefined },
    { text: '加强京津冀产业协同。', key: '', expected: undefined },
  ];
  for (const { text, key, expected } of cases) {
    it(`${key || '(empty)'} in ${text} → ${expected ?? 'nothing'}`, () => {
      assert.equal(writtenForm(text, key), expected);
    });
  }
});

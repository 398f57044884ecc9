import * as assert from 'node:assert/strict';
import { wordSpans } from '../../../src/core/text/wordSpans';

const words = (text: string): string[] => wordSpans(text).map(({ start, end }) => text.slice(start, end));

describe('word spans', () => {
  const table: { text: string; whole: string[] }[] = [
    { text: '新增1.5万个就业岗位', whole: ['1.5万个'] },
    { text: '到2027年底，数字经济核心产业增加值达到1000亿元', whole: ['2027年底', '1000亿元'] },
    { text: '增长50%以上', whole: ['50%'] },
    { text: '培育1,000家企业', whole: ['1,000家'] },
    { text: '位列第３５名', whole: ['３５名'] },
  ];
  for (const { text, whole } of table) {
    it(`keeps ${whole.join('、')} whole in “${text}”`, () => {
      const found = words(text);
      for (const figure of whole) assert.ok(found.includes(figure), found.join('|'));
    });
  }

  it('covers the text in order, each character once', () => {
    const text = '（一）推进算力券发放，2025—2027年累计发放1亿元。𠀀abc';
    assert.equal(words(text).join(''), text);
  });
});

import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mayChange, toSimplified, toSimplifiedInPlace } from '../../../src/core/text/simplify';

/** The converter itself, ungated: what `toSimplified` must agree with. */
const openCC = require('opencc-js/t2cn') as {
  Converter(options: { from: string; to: string }): (text: string) => string;
  Locale: unknown;
};
const convert = openCC.Converter({ from: 't', to: 'cn' });

/** Every source and replacement word of every dictionary the module ships. */
function dictionaryWords(): string[] {
  const words = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.includes(' ')) for (const entry of value.split('|')) for (const word of entry.split(' ')) if (word) words.add(word);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(openCC.Locale);
  return [...words];
}

describe('traditional → simplified, converting only where needed', () => {
  const table: [input: string, simplified: string][] = [
    ['發展生物醫藥產業', '发展生物医药产业'],
    ['加快发展数字经济', '加快发展数字经济'],
    ['瞭解企業需求', '了解企业需求'],
    ['计画与籌畫', '计画与筹划'],
    ['𠀋平台', '𠀋平台'],
    ['', ''],
    ['扩大5G网络覆盖范围，支持沈阳建设', '扩大5G网络覆盖范围，支持沈阳建设'],
    ['反覆论证，避免沈沒成本', '反复论证，避免沉没成本'],
    ['第一行加快发展\n推動產業發展\n\n第四行反覆', '第一行加快发展\n推动产业发展\n\n第四行反复'],
    ['（一）实施「千企技改」工程。\r\n（二）強化人才支撐。', '（一）实施「千企技改」工程。\r\n（二）强化人才支撑。'],
  ];
  for (const [input, simplified] of table) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(simplified)}`, () => {
      assert.equal(toSimplified(input), simplified);
      assert.equal(toSimplified(input), convert(input));
    });
  }

  it('never skips a text the converter would change: every dictionary word and every character', () => {
    const missed: string[] = [];
    for (const word of dictionaryWords()) if (convert(word) !== word && !mayChange(word)) missed.push(word);
    for (let code = 0; code < 0x30000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (convert(char) !== char && !mayChange(char)) missed.push(char);
    }
    assert.deepEqual(missed.slice(0, 20), []);
  });

  it('leaves a simplified plan line alone without converting it', () => {
    assert.equal(mayChange('到2025年，建成国家级创新平台15个以上（责任单位：市科技局）。'), false);
    assert.equal(mayChange('推動產業發展'), true);
  });

  it('keeps lines and columns in place', () => {
    assert.equal(toSimplifiedInPlace('第一行\n發展產業\n第三行'), '第一行\n发展产业\n第三行');
  });
  it('skips the conversion for 覆盖 and 沈阳, whose characters change only in 反覆 and 沈沒', () => {
    assert.equal(mayChange('实现5G网络全覆盖，推动沈阳都市圈协同发展'), false);
    assert.equal(mayChange('反覆'), true);
    assert.equal(mayChange('沈沒'), true);
  });

  it("gives the converter's own answer on real documents, whole and line by line", function () {
    const docs = join(__dirname, '../../../../shared/realworld/docs');
    if (!existsSync(docs)) this.skip();
    this.timeout(60_000);
    const differ: string[] = [];
    // One document in four: all of them took seconds on a loaded machine, for the same answer.
    for (const name of readdirSync(docs).filter((_, i) => i % 4 === 0)) {
      const text = readFileSync(join(docs, name), 'utf8');
      if (toSimplified(text) !== convert(text)) differ.push(name);
      for (const line of text.split('\n')) if (!mayChange(line) && convert(line) !== line) differ.push(`${name}: ${line.slice(0, 40)}`);
    }
    assert.deepEqual(differ, []);
  });
});

import * as assert from 'node:assert/strict';
import { normalizeMarkdownLine } from '../../../src/core/userCorpus/readUserFile';

/** Removes spaces, as the importer's punctuation step does between Chinese characters. */
const squeeze = (text: string) => text.replace(/ /g, '');

describe('userCorpus/normalizeMarkdownLine', () => {
  const table: [string, string][] = [
    ['# 某市 数字经济 发展规划', '# 某市数字经济发展规划'],
    ['### 一、 主要 目标', '### 一、主要目标'],
    ['- 加快 建设 算力 中心', '- 加快建设算力中心'],
    ['> 引自 国务院 文件', '> 引自国务院文件'],
    ['  （一） 建设 创新 平台', '  （一）建设创新平台'],
    ['#没有空格的井号', '#没有空格的井号'],
    ['——坚持 创新 驱动', '——坚持创新驱动'],
    ['', ''],
  ];
  for (const [line, expected] of table) {
    it(JSON.stringify(line), () => assert.equal(normalizeMarkdownLine(line, squeeze), expected));
  }
});

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDraft } from '../../src/core/analysis/checkDraft';
import { lintPlan } from '../../src/core/analysis/lintDraft';
import { renumberEdits } from '../../src/core/checks/numberingSequence';
import { safeFixes } from '../../src/core/checks/safeFixes';
import { readHtmlLines } from '../../src/core/import/htmlText';
import { isWebPage } from '../../src/core/text/webPage';
import { coreSettings } from './coreSettings';

/**
 * A draft that is a web page (a gov.cn page as scrapers save it, zhouynf__060.txt of
 * ../shared/realworld): the checks read the page's text and point into the page as written; no
 * fix edits it.
 */

const page = readFileSync(join(__dirname, '../fixtures/web-page/网页草案.txt'), 'utf8');
const pageLine = page.split('\n')[2]!;

function at(text: string): string {
  const column = pageLine.indexOf(text);
  assert.ok(column >= 0, text);
  return `3:${column}`;
}

describe('a draft that is a web page', () => {
  const kinds: [string, string, boolean][] = [
    ['a scraped gov.cn page', page, true],
    ['a saved page', '<!DOCTYPE html>\n<html><body><p>一、重点任务</p></body></html>', true],
    ['a page opened with <html>', '<html lang="zh">\n<p>一、总体要求</p>', true],
    [
      'a Markdown draft with <br> in its table',
      ['## 附件 任务分解表', '', '| 任务 | 责任单位 |', '| --- | --- |', ...Array.from({ length: 6 }, (_, i) => `| 任务${i + 1}<br>细化 | 市发展改革委<br>市科技局 |`)].join('\n'),
      false,
    ],
    [
      'a Markdown draft with a few <div>s among its lines',
      [
        '<div align="center">某市行动方案</div>',
        ...Array.from({ length: 5 }, (_, i) => `<div>第${i + 1}段</div>`),
        ...Array.from({ length: 20 }, (_, i) => `${i + 1}. 推进第${i + 1}项工作。`),
      ].join('\n'),
      false,
    ],
    ['plain text with an angle bracket', '一、重点任务\n1. 当 a<b 时，启动预案。', false],
  ];
  for (const [name, text, expected] of kinds) {
    it(`${expected ? 'reads' : 'does not read'} ${name} as a web page`, () => assert.equal(isWebPage(text), expected));
  }

  it("keeps where each character of the page's text is in the HTML", () => {
    const html = '<p>国务院&nbsp;办公厅<span>二、</span>A&amp;B</p>\n<p>\n  x </p>';
    const lines = readHtmlLines(html);
    assert.deepEqual(
      lines.map((line) => line.text),
      ['国务院 办公厅二、A&B', 'x'],
    );
    const [first, second] = lines;
    assert.equal(html.slice(first!.at[0], first!.at[0]! + 3), '国务院');
    assert.equal(html.slice(first!.at[3], first!.at[3]! + 6), '&nbsp;');
    assert.equal(html.slice(first!.at[7], first!.at[7]! + 2), '二、');
    assert.equal(html.slice(first!.at[10], first!.at[10]! + 5), '&amp;');
    assert.equal(first!.at[first!.text.length], html.indexOf('</p>'));
    assert.equal(html[second!.at[0]!], 'x');
  });

  it('checks the page and puts each finding at its place in the page, a clause glued mid-paragraph included', () => {
    const findings = checkDraft(page, coreSettings).map((f) => `${f.range.start.line + 1}:${f.range.start.column} ${f.code}`);
    assert.deepEqual(findings, [
      `${at('到2025年')} unquantified-target`,
      `${at('（二）编制数据目录')} missing-responsible-unit`,
      `${at('（三）开展质量治理')} missing-responsible-unit`,
      `${at('（四）强化安全管理')} missing-responsible-unit`,
    ]);
  });

  it('reads no script as text, and no markup line as a clause', () => {
    const findings = checkDraft(page, coreSettings);
    assert.ok(findings.every((f) => f.range.start.line === 2 && !f.subject.includes('<') && !f.subject.includes('（五）')));
  });

  it('offers no fix that would edit the page', () => {
    const { findings } = lintPlan(page, coreSettings);
    assert.ok(findings.length > 0);
    assert.ok(findings.every((f) => f.fixes === undefined));
    assert.deepEqual(safeFixes(page, findings), []);
    const misnumbered = page.replace('（三）开展质量治理', '（五）开展质量治理');
    assert.deepEqual(renumberEdits(misnumbered), []);
  });

  it('reads a page as the importer always did: inline tags wrap text and end no line', () => {
    assert.deepEqual(
      readHtmlLines('<div><b>粗</b>体<i>斜</i><a href="x>y">链</a><font color=red>红</font></div><p>a<br>b</p>').map((line) => line.text),
      ['粗体斜链红', 'a', 'b'],
    );
  });

  // htmlparser2 keeps its open elements in an array it shifts: 200,000 nested <span>s took 43 s to
  // parse. Tags the reader does not act on are made inert first, so these finish within mocha's timeout.
  const deep: [string, string, number][] = [
    ['200,000 nested <span>s', `<p>${'<span>'.repeat(200_000)}一、重点任务${'</span>'.repeat(200_000)}</p>`, 1],
    ['100,000 <div>s left open', '<div><p>（一）建设平台。推进应用。<br>'.repeat(100_000), 100_000],
  ];
  for (const [name, html, lines] of deep) {
    it(`reads ${name} in linear time`, () => assert.equal(readHtmlLines(html).length, lines));
  }

  it('reads the page whatever runs of odd characters it holds', () => {
    const odd = `<p>${'&nbsp;'.repeat(5_000)}</p>`.repeat(5) + `<div>${'<span>一、</span>'.repeat(20_000)}</div>` + `<p>${'\uFFFD\u0000'.repeat(30_000)}</p>`;
    assert.ok(isWebPage(odd));
    const findings = checkDraft(odd, coreSettings);
    assert.ok(Array.isArray(findings));
  });
});

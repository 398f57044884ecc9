import * as assert from 'node:assert/strict';
import type { CheckCode, Finding } from '../../src/core/checks/finding';
import { lintDraft } from '../../src/core/analysis/lintDraft';
import { isSuppressed, parseDirective, parseSuppressions, suppressionComment, suppressionTest } from '../../src/core/checks/suppression';
import { coreSettings } from './coreSettings';
import { splitLines } from '../../src/core/text/lines';

function finding(code: CheckCode, line: number): Finding {
  return { code, message: '', subject: '', range: { start: { line, column: 0 }, end: { line, column: 10 } } };
}

const unit = 'missing-responsible-unit';
const target = 'unquantified-target';

describe('suppression', () => {
  describe('parseDirective', () => {
    const table: [string, string, CheckCode[] | undefined][] = [
      ['Markdown comment', `<!-- policy-draft-disable-next-line ${unit} -->`, [unit]],
      ['plain-text comment', `// policy-draft-disable-next-line ${target}`, [target]],
      ['indented, two codes with a full-width comma', `  <!-- policy-draft-disable-next-line ${unit}，${target} -->`, [unit, target]],
      ['codes separated by 、', `// policy-draft-disable-next-line ${unit}、${target}`, [unit, target]],
      ['no code means every code', '<!-- policy-draft-disable-next-line -->', []],
      ['prose mentioning the tool is no directive', '本方案由 policy-draft-disable-next-line 检查。', undefined],
      ['an ordinary HTML comment', '<!-- 待省财政厅确认 -->', undefined],
      ['a comment with a misspelt keyword', '<!-- policy-draft-disable-nextline -->', undefined],
      ['a URL is no comment', 'https://example.cn/policy-draft-disable', undefined],
    ];
    for (const [name, line, codes] of table) {
      it(name, () => assert.deepEqual(parseDirective(line)?.codes, codes));
    }
  });

  it('silences the named code on the next non-blank line only', () => {
    const text = [
      '三、重点任务',
      `<!-- policy-draft-disable-next-line ${unit} -->`,
      '',
      '1. 建设智能算力中心。统筹布局全市智能算力资源。',
      '2. 推进算力普惠应用。发放“算力券”。',
    ].join('\n');
    const { rules, problems } = parseSuppressions(text);
    assert.deepEqual(problems, []);
    assert.equal(isSuppressed(finding(unit, 3), rules), true);
    assert.equal(isSuppressed(finding(target, 3), rules), false);
    assert.equal(isSuppressed(finding(unit, 4), rules), false);
  });

  it('stacks directives above one line', () => {
    const text = [`// policy-draft-disable-next-line ${unit}`, `// policy-draft-disable-next-line ${target}`, '3. 强化大模型技术攻关。力争取得重大突破。'].join('\n');
    const { rules } = parseSuppressions(text);
    assert.equal(isSuppressed(finding(unit, 2), rules), true);
    assert.equal(isSuppressed(finding(target, 2), rules), true);
  });

  it('silences a stretch between disable and enable', () => {
    const text = [
      '（一）指导思想',
      '<!-- policy-draft-disable unquantified-target -->',
      '到2028年，基本建成人工智能创新应用先导区。',
      '力争在多模态大模型领域取得重大突破。',
      '<!-- policy-draft-enable -->',
      '到2030年，全面建成先导区。',
    ].join('\n');
    const { rules, problems } = parseSuppressions(text);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      [2, 3, 5].map((line) => isSuppressed(finding(target, line), rules)),
      [true, true, false],
    );
    assert.equal(isSuppressed(finding(unit, 2), rules), false);
  });

  it('keeps an unclosed disable open to the end of the draft', () => {
    const { rules } = parseSuppressions('// policy-draft-disable\n甲。\n乙。');
    assert.equal(isSuppressed(finding(unit, 2), rules), true);
    assert.equal(isSuppressed(finding(target, 1), rules), true);
  });

  it('reports an unknown code and does not turn it into "every code"', () => {
    const { rules, problems } = parseSuppressions('<!-- policy-draft-disable-next-line missing-unit -->\n1. 建设算力中心。');
    assert.deepEqual(
      problems.map((p) => ({ ...p, message: undefined })),
      [{ kind: 'unknown-code', line: 0, code: 'missing-unit', message: undefined }],
    );
    assert.match(problems[0]!.message, /missing-unit/);
    assert.equal(isSuppressed(finding(unit, 1), rules), false);
  });

  it('reports an enable without a disable', () => {
    assert.deepEqual(
      parseSuppressions('// policy-draft-enable\n正文。').problems.map((p) => [p.kind, p.line]),
      [['unmatched-enable', 0]],
    );
  });

  it('empties directive lines, keeping line numbers, other lines and CRLF endings', () => {
    const text = `三、重点任务\r\n<!-- policy-draft-disable-next-line ${unit} -->\r\n1. 建设智能算力中心。\r\n`;
    const { masked } = parseSuppressions(text);
    assert.equal(masked, '三、重点任务\r\n\r\n1. 建设智能算力中心。\r\n');
    assert.equal(masked.split('\n').length, text.split('\n').length);
  });

  it('counts lines as the parser does: a lone CR ends one, alone or mixed', () => {
    for (const eol of ['\r', '\n', '\r\n']) {
      const text = [`<!-- policy-draft-disable ${target} -->`, '二、主要目标', '产业规模明显扩大', `<!-- policy-draft-enable ${target} -->`, '创新能力增强'].join(eol);
      const { masked, rules, problems } = parseSuppressions(text);
      assert.deepEqual(problems, [], JSON.stringify(eol));
      assert.equal(isSuppressed(finding(target, 2), rules), true);
      assert.equal(isSuppressed(finding(target, 4), rules), false);
      assert.equal(masked, ['', '二、主要目标', '产业规模明显扩大', '', '创新能力增强'].join(eol));
    }
    const mixed = `# 说明\r<!-- policy-draft-disable ${target} -->\n二、主要目标\r\n产业规模明显扩大\r<!-- policy-draft-enable ${target} -->\n创新能力增强`;
    const { masked, problems } = parseSuppressions(mixed);
    assert.deepEqual(problems, []);
    // A directive between a lone CR and an LF keeps a space, or `\r\n` would merge two lines.
    assert.equal(masked, '# 说明\r \n二、主要目标\r\n产业规模明显扩大\r \n创新能力增强');
    assert.equal(splitLines(masked).length, splitLines(mixed).length);
  });

  it('silences the clause under a directive that follows a lone CR (hostile input R08)', () => {
    const text = `三、重点任务\r<!-- policy-draft-disable-next-line ${unit} -->\n1. 建设平台。\n2. 完善机制。\n`;
    const { findings, suppressed } = lintDraft(text, coreSettings);
    assert.equal(suppressed, 1);
    assert.deepEqual(
      findings.map((f) => [f.code, f.range.start.line]),
      [[unit, 3]],
    );
  });

  it('reads 11,000 disable lines and 11,000 enable lines in linear time (hostile input R03d)', () => {
    const text = ['三、重点任务', ...Array(11_000).fill(`// policy-draft-disable ${target}`), ...Array(11_000).fill(`// policy-draft-enable ${unit}`), '1. 建设。'].join('\n');
    // CPU time, not wall time: on a loaded machine the wall clock also counts other processes.
    const started = process.cpuUsage();
    const { rules, problems } = parseSuppressions(text);
    const isSuppressed = suppressionTest(rules);
    for (let line = 0; line < 22_002; line++) isSuppressed(finding(target, line));
    const { user, system } = process.cpuUsage(started);
    assert.ok((user + system) / 1000 < 1000, `took ${Math.round((user + system) / 1000)} ms of CPU`);
    assert.equal(rules.length, 1);
    assert.equal(problems.length, 11_000);
  });

  it('returns the very same text when there is no directive', () => {
    const text = '一、总体要求\n（一）指导思想。坚持创新驱动。';
    assert.equal(parseSuppressions(text).masked, text);
  });

  it('writes a comment it reads back, in both styles', () => {
    for (const style of ['markdown', 'plaintext'] as const) {
      const line = suppressionComment(target, style);
      assert.deepEqual(parseDirective(line), { kind: 'disable-next-line', codes: [target], unknown: [] });
    }
    assert.ok(suppressionComment(unit, 'markdown').startsWith('<!--'));
    assert.ok(suppressionComment(unit, 'plaintext').startsWith('//'));
  });
});

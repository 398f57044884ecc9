import * as assert from 'node:assert/strict';
import { findingExtent, insertTargetPlaceholder, insertUnitAnnotation, type TextEdit } from '../../src/core/checks/fixes';
import { insertSuppression } from '../../src/core/checks/suppressionFix';
import { parseSuppressions } from '../../src/core/checks/suppression';
import { TextOffsets } from '../../src/core/checks/textOffsets';
import type { Quantity, Range } from '../../src/core/model';
import { lintDraft } from '../../src/core/analysis/lintDraft';
import { defaultSettings } from '../../src/core/config/settings';

function apply(text: string, edit: TextEdit): string {
  const offsets = new TextOffsets(text);
  return text.slice(0, offsets.offsetAt(edit.range.start)) + edit.newText + text.slice(offsets.offsetAt(edit.range.end));
}

/** The whole of lines `from`..`to`, as the parser reports a clause. */
function lines(text: string, from: number, to = from): Range {
  return { start: { line: from, column: 0 }, end: { line: to, column: new TextOffsets(text).line(to).length } };
}

const draft = [
  '## 三、重点任务',
  '### （一）实施算力基础设施提升行动',
  '1. 建设智能算力中心。统筹布局全市智能算力资源，推动公共算力平台与行业算力中心互联互通。',
  '2. 推进算力普惠应用。发放“算力券”，降低中小企业和科研机构使用智能算力的成本',
].join('\n');

describe('quick-fix edits', () => {
  describe('insertUnitAnnotation', () => {
    it('appends an empty annotation after the final 。 with the cursor inside it', () => {
      const edit = insertUnitAnnotation(draft, lines(draft, 2));
      assert.equal(edit.newText, '（责任单位：）');
      assert.equal(edit.snippet, '（责任单位：$0）');
      assert.equal(edit.cursor, '（责任单位：'.length);
      assert.equal(apply(draft, edit).split('\n')[2], '1. 建设智能算力中心。统筹布局全市智能算力资源，推动公共算力平台与行业算力中心互联互通。（责任单位：）');
    });

    it('appends at the end of a clause that lacks a final 。, changing nothing else', () => {
      const after = apply(draft, insertUnitAnnotation(draft, lines(draft, 3)));
      assert.equal(after, `${draft}（责任单位：）`);
    });

    it('writes the units a precedent assigns, cursor after them', () => {
      const edit = insertUnitAnnotation(draft, lines(draft, 2), ['市发展改革委', '市数据局']);
      assert.equal(edit.newText, '（责任单位：市发展改革委、市数据局）');
      assert.equal(edit.cursor, edit.newText.length - 1);
    });

    it('ends a multi-paragraph clause after its last text, not after trailing blank lines', () => {
      const text = '（二）完善医保支付政策。\n将中医适宜技术纳入医保支付范围。\n探索按病种付费。\n\n\n（三）优化中药审评审批。';
      const edit = insertUnitAnnotation(text, { start: { line: 0, column: 0 }, end: { line: 4, column: 0 } });
      assert.equal(apply(text, edit), '（二）完善医保支付政策。\n将中医适宜技术纳入医保支付范围。\n探索按病种付费。（责任单位：）\n\n\n（三）优化中药审评审批。');
    });

    it('ends a clause that closes with a table after its last text, not after the table', () => {
      const text = '1. 建设科创基金。分期设立。\n| 期次 | 规模 |\n| --- | --- |\n| 一期 | 10亿元 |\n2. 完善服务。';
      const after = apply(text, insertUnitAnnotation(text, { start: { line: 0, column: 0 }, end: { line: 3, column: 11 } }));
      assert.equal(after, '1. 建设科创基金。分期设立。（责任单位：）\n| 期次 | 规模 |\n| --- | --- |\n| 一期 | 10亿元 |\n2. 完善服务。');
    });

    it('keeps CRLF line ends intact', () => {
      const text = '1. 加强人才引育。实施高层次人才引进计划。\r\n2. 强化金融支持。\r\n';
      const after = apply(text, insertUnitAnnotation(text, lines(text, 0)));
      assert.equal(after, '1. 加强人才引育。实施高层次人才引进计划。（责任单位：）\r\n2. 强化金融支持。\r\n');
    });

    it('counts lines as the parser does: a lone CR ends a line too, alone or mixed with LF and CRLF', () => {
      for (const eol of ['\r', '\n', '\r\n']) {
        const text = ['三、重点任务', '1. 加强人才引育。', '2. 强化金融支持。'].join(eol);
        const after = apply(text, insertUnitAnnotation(text, lines(text, 1)));
        assert.equal(after, ['三、重点任务', '1. 加强人才引育。（责任单位：）', '2. 强化金融支持。'].join(eol), JSON.stringify(eol));
      }
      const mixed = '三、重点任务\r1. 加强人才引育。\r\n2. 强化金融支持。\n3. 完善机制。';
      assert.equal(new TextOffsets(mixed).lineCount, 4);
      assert.equal(new TextOffsets(mixed).line(2), '2. 强化金融支持。');
      assert.ok(apply(mixed, insertUnitAnnotation(mixed, lines(mixed, 2))).includes('2. 强化金融支持。（责任单位：）\n3.'));
    });

    it('follows a draft that writes half-width annotations', () => {
      const text = '1. 加强基础研究。(责任单位:省科技厅)\n2. 建设实验室。';
      assert.equal(insertUnitAnnotation(text, lines(text, 1)).newText, '(责任单位:)');
    });
  });

  describe('insertTargetPlaceholder', () => {
    const target = '——产业生态更加完善，人工智能发展环境持续优化，综合竞争力稳居全国第一方阵。';
    const table: [string, { quantity: Quantity; metric?: string } | undefined, string, string][] = [
      ['no precedent: a number and a unit to fill', undefined, '，达到N个', '，达到${1:N}${2:个}'],
      [
        'a count precedent lends its measure word and 以上, never its number or metric',
        { quantity: { kind: 'count', raw: '50家以上', value: 50, unit: '家', qualifier: '以上' }, metric: '省级企业研究院' },
        '，达到N家以上',
        '，达到${1:N}${2:家}以上',
      ],
      ['a percent precedent', { quantity: { kind: 'percent', raw: '80%', value: 80, unit: '%' }, metric: '智能化改造覆盖率' }, '，达到N%', '，达到${1:N}${2:%}'],
      ['a multiplier precedent', { quantity: { kind: 'multiplier', raw: '翻一番' }, metric: '中药工业营业收入' }, '，较20XX年增长N倍', '，较${1:20XX}年增长${2:N}倍'],
      ['a coverage precedent', { quantity: { kind: 'coverage', raw: '全覆盖' }, metric: '中医馆' }, '，覆盖率达到N%', '，覆盖率达到${1:N}%'],
      ['a scale precedent', { quantity: { kind: 'scale', raw: '千亿级' }, metric: '产业规模' }, '，达到N亿元', '，达到${1:N}${2:亿元}'],
    ];
    for (const [name, precedent, text, snippet] of table) {
      it(name, () => {
        const edit = insertTargetPlaceholder(target, lines(target, 0), precedent);
        assert.equal(edit.newText, text);
        assert.equal(edit.snippet, snippet);
        assert.equal(apply(target, edit), target.replace(/。$/, `${text}。`));
        assert.equal(edit.cursor, text.includes('20XX') ? text.indexOf('20XX') : text.indexOf('N'));
      });
    }

    it('leaves the target unquantified until a number is written in the placeholder', () => {
      const draft = '二、发展目标\n\n到2027年，数字产业能级显著提升。\n';
      const before = lintDraft(draft, defaultSettings).findings.filter((f) => f.code === 'unquantified-target');
      assert.equal(before.length, 1);
      const filled = apply(draft, insertTargetPlaceholder(draft, findingExtent(draft, before[0]!)));
      assert.equal(lintDraft(filled, defaultSettings).findings.filter((f) => f.code === 'unquantified-target').length, 1, filled);
      const numbered = filled.replace('达到N个', '达到30个');
      assert.equal(lintDraft(numbered, defaultSettings).findings.filter((f) => f.code === 'unquantified-target').length, 0, numbered);
    });

    it('goes at the end of a statement that has no closing punctuation', () => {
      const text = '到2030年，基本建成具有全国影响力的人工智能创新应用先导区\n';
      assert.equal(apply(text, insertTargetPlaceholder(text, lines(text, 0))), '到2030年，基本建成具有全国影响力的人工智能创新应用先导区，达到N个\n');
    });

    it('escapes snippet syntax in a precedent unit', () => {
      const edit = insertTargetPlaceholder(target, lines(target, 0), { quantity: { kind: 'count', raw: '3$}', value: 3, unit: '$}' } });
      assert.equal(edit.newText, '，达到N$}');
      assert.equal(edit.snippet, '，达到${1:N}${2:\\$\\}}');
    });
  });

  describe('insertSuppression', () => {
    it('inserts a Markdown comment above the line, indented like it, which then suppresses it', () => {
      const text = '三、重点任务\n  1. 推进算力普惠应用。发放“算力券”。\n';
      const after = apply(text, insertSuppression(text, 1, 'missing-responsible-unit', 'markdown'));
      assert.equal(after, '三、重点任务\n  <!-- policy-draft-disable-next-line missing-responsible-unit -->\n  1. 推进算力普惠应用。发放“算力券”。\n');
      const { rules } = parseSuppressions(after);
      assert.deepEqual(rules, [{ codes: ['missing-responsible-unit'], fromLine: 2, toLine: 2 }]);
    });

    it("inserts a // comment with the file's CRLF line end", () => {
      const text = '目标\r\n到2030年，基本建成先导区。\r\n';
      const after = apply(text, insertSuppression(text, 1, 'unquantified-target', 'plaintext'));
      assert.equal(after, '目标\r\n// policy-draft-disable-next-line unquantified-target\r\n到2030年，基本建成先导区。\r\n');
    });
  });
});

describe('findingExtent', () => {
  const text = '三、重点任务\r\n（二）完善医保支付政策。将中医适宜技术纳入医保支付范围。\r\n探索按病种付费。\r\n（三）优化审评审批。\r\n';
  const at = (line: number, subject: string) => ({
    code: 'missing-responsible-unit' as const,
    message: '',
    subject,
    range: { start: { line, column: 0 }, end: { line, column: 5 } },
  });

  it('runs to the end of a multi-line subject across CRLF line ends', () => {
    const extent = findingExtent(text, at(1, '（二）完善医保支付政策。将中医适宜技术纳入医保支付范围。\n探索按病种付费。'));
    assert.deepEqual(extent.end, { line: 2, column: '探索按病种付费。'.length });
  });

  it('finds a subject that leaves out the clause number', () => {
    assert.deepEqual(findingExtent(text, at(3, '优化审评审批。')).end, { line: 3, column: '（三）优化审评审批。'.length });
  });

  it('falls back to the first line when the subject is not there verbatim', () => {
    assert.deepEqual(findingExtent(text, at(1, '完全不同的文字')).end, { line: 1, column: new TextOffsets(text).line(1).length });
  });
});

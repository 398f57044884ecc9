import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/run';
import { vocabularyOf } from '../../src/core/analysis/checkDraft';
import { lintDraft } from '../../src/core/analysis/lintDraft';
import type { Range } from '../../src/core/model';
import { defaultSettings } from '../../src/core/config/settings';
import { findDeadlines } from '../../src/core/targets/deadline';
import { taskTableEdit, type TaskTableEdit } from '../../src/core/taskTable/taskTable';
import type { TaskRow } from '../../src/core/taskTable/taskTableRows';
import { at } from './at';

const fixture = join(__dirname, '../fixtures/taskTable/每种单位写法.md');
const examples = join(__dirname, '../../examples');
const vocabulary = vocabularyOf(defaultSettings);

/** The draft with the edit applied. */
function apply(text: string, edit: Pick<TaskTableEdit, 'range' | 'text'>): string {
  const lines = text.split(/\r\n|\r|\n/);
  const offset = ({ line, column }: Range['start']) => lines.slice(0, line).reduce((sum, l) => sum + l.length + 1, 0) + column;
  return text.slice(0, offset(edit.range.start)) + edit.text + text.slice(offset(edit.range.end));
}

/** Findings keyed by what they say and the line's text, so lines moved by the table do not count as new. */
function findingKeys(text: string): string[] {
  const lines = text.split('\n');
  return lintDraft(text, defaultSettings).findings.map((f) => `${f.code} ${f.message} @ ${lines[f.range.start.line]}`);
}

describe('任务分解表 from the text', () => {
  it('reads every accepted form of responsible units into lead and partners', () => {
    const { rows } = taskTableEdit(readFileSync(fixture, 'utf8'), vocabulary, true);
    const expected: Omit<TaskRow, 'line'>[] = [
      { number: 1, title: '建设智能算力中心', lead: ['市发展改革委'], partners: ['市数据局', '市工业和信息化局'], deadline: '2026年底前' },
      { number: 2, title: '推进5G网络建设', lead: ['市通信管理局'], partners: ['市住房城乡建设局'], deadline: '2026年6月底前' },
      { number: 3, title: '完善数据要素市场', lead: ['市数据局'], partners: ['市财政局', '市市场监管局'], deadline: '2027年底前' },
      { number: 4, title: '培育数字产业集群', lead: ['各区政府'], partners: ['市发展改革委', '市科技局'], deadline: '2027年底前' },
      { number: 5, title: '建设工业互联网平台', lead: ['市工业和信息化局'], partners: [], deadline: '2027年底前' },
      { number: 6, title: '推动数字政府建设', lead: ['市政务服务管理局'], partners: ['市数据局'], deadline: '2027年底前' },
      { number: 7, title: '加强网络安全保障', lead: ['市委网信办'], partners: ['市公安局'], deadline: '2027年底前' },
      { number: 8, title: '开展数字素养提升行动', lead: [], partners: [], deadline: '2025年底前' },
    ];
    assert.deepEqual(
      rows.map(({ line: _line, ...row }) => row),
      expected,
    );
    assert.deepEqual(
      rows.map((row) => row.line),
      [13, 15, 17, 21, 23, 25, 27, 29],
    );
  });

  it('reads the deadlines a task writes, in order', () => {
    const cases: [string, ReturnType<typeof findDeadlines>][] = [
      ['到2026年建成', [{ year: 2026 }]],
      ['2026年底前完成，2025年6月底前启动', [{ year: 2026 }, { year: 2025, month: 6 }]],
      ['2026年年底前', [{ year: 2026 }]],
      ['2027年末', [{ year: 2027 }]],
      ['较2025年翻一番，2026年3月16日印发', []],
      ['至2030年', [{ year: 2030 }]],
      // A year that dates what a noun names is no deadline: a 城市更新 task's 完成时限 read 2000年底前.
      ['2025年底前完成2000年底前建成的老旧小区改造任务', [{ year: 2025 }]],
      ['对2019年前认定的高新技术企业到2026年全部完成复核', [{ year: 2026 }]],
      ['2024年底前建成区级养老服务中心', [{ year: 2024 }]],
    ];
    for (const [text, expected] of cases) assert.deepEqual(findDeadlines(text), expected, text);
  });

  it("takes a task's 完成时限 from its deadline, not from the year its object was built", () => {
    const draft = [
      '# 某市城市更新三年行动方案（2025—2027年）',
      '',
      '## 二、重点任务',
      '',
      '1. 推进基础类改造。重点改造小区供水、排水、燃气等设施，2025年底前完成2000年底前建成的老旧小区改造任务。（责任单位：市住房城乡建设局）',
      '',
      '2. 推进完整社区建设。对2000年前建成的小区补齐养老托育设施。（责任单位：市民政局）',
      '',
    ].join('\n');
    const { rows } = taskTableEdit(draft, vocabulary, true);
    assert.deepEqual(
      rows.map((row) => row.deadline),
      ['2025年底前', '2027年底前'],
    );
  });

  it('writes a renamed body by its current name, and keeps one two bodies took over as written', () => {
    const draft = [
      '# 某县健康乡村建设实施方案（2025—2027年）',
      '',
      '## 二、重点任务',
      '',
      '1. 推进医养结合。支持签约合作。（县卫生计生委牵头，县民政局配合）',
      '',
      '2. 巩固帮扶成果。健全防止返贫监测机制。（责任单位：县扶贫办）',
      '',
    ].join('\n');
    const { rows } = taskTableEdit(draft, vocabulary, true);
    assert.deepEqual(
      rows.map((row) => [row.lead, row.partners]),
      [
        [['县卫生健康委'], ['县民政局']],
        [['县扶贫办'], []],
      ],
    );
  });

  it('falls back to the plan period, and leaves 完成时限 empty without one', () => {
    const draft = (title: string) => `# ${title}\n\n## 一、重点任务\n\n1. 建设平台。（责任单位：市科技局）\n`;
    const deadline = (title: string) => at(taskTableEdit(draft(title), vocabulary, true).rows, 0).deadline;
    assert.equal(deadline('某市行动计划（2025—2027年）'), '2027年底前');
    assert.equal(deadline('某市“十五五”数字经济发展规划'), '2030年底前');
    assert.equal(deadline('某市行动计划'), '');
  });

  it('adds the table at the end under 附件 任务分解表, as one edit', () => {
    const text = readFileSync(fixture, 'utf8');
    const edit = taskTableEdit(text, vocabulary, true);
    assert.equal(edit.replaced, false);
    const lines = text.split('\n');
    assert.deepEqual(edit.range.start, { line: lines.length - 1, column: 0 });
    const after = apply(text, edit);
    assert.match(after, /\n\n## 附件 任务分解表\n\n\| 序号 \| 重点任务 \| 牵头单位 \| 配合单位 \| 完成时限 \|\n\| --- \|/);
    assert.match(after, /\| 1 \| 建设智能算力中心 \| 市发展改革委 \| 市数据局、市工业和信息化局 \| 2026年底前 \|\n/);
  });

  it('replaces an existing 任务分解表 in place, and is stable when run again', () => {
    const text = readFileSync(join(examples, '某市生物医药产业发展行动计划（草案）.md'), 'utf8');
    const edit = taskTableEdit(text, vocabulary, true);
    assert.equal(edit.replaced, true);
    const after = apply(text, edit);
    assert.equal(after.split('\n').filter((line) => line.includes('任务分解表')).length, 1);
    // A task with no unit of its own keeps the units the old table gave it.
    assert.match(after, /\| 2 \| 加快创新药械研发 \| 市科技局 \| 市卫生健康委 \| 2027年底前 \|/);
    const again = taskTableEdit(after, vocabulary, true);
    assert.equal(apply(after, again), after);
  });

  for (const [name, markdown] of [
    ['每种单位写法.md', true],
    ['某市生物医药产业发展行动计划（草案）.md', true],
    ['某市医疗器械产业链工作方案（草案）.txt', false],
  ] as const) {
    it(`put back into ${name}, leaves no task-table-mismatch and no new finding`, () => {
      const text = readFileSync(name === '每种单位写法.md' ? fixture : join(examples, name), 'utf8');
      const after = apply(text, taskTableEdit(text, vocabulary, markdown));
      const before = new Set(findingKeys(text));
      const now = findingKeys(after);
      assert.deepEqual(
        now.filter((key) => key.startsWith('task-table-mismatch')),
        [],
      );
      assert.deepEqual(
        now.filter((key) => !before.has(key)),
        [],
      );
    });
  }

  it('writes a plain-text draft its heading without #, and keeps CRLF line ends', () => {
    const text = '某市工作方案\r\n\r\n一、主要任务\r\n\r\n1. 建设平台。（责任单位：市科技局）\r\n';
    const edit = taskTableEdit(text, vocabulary, false);
    assert.match(edit.text, /^\r\n附件 任务分解表\r\n\r\n\| 序号/);
    assert.doesNotMatch(edit.text.replace(/\r\n/g, ''), /\n/);
  });

  it('escapes a | in a title so the table keeps its columns', () => {
    const text = '# 某市行动计划\n\n## 一、重点任务\n\n1. 建设A|B平台。（责任单位：市科技局）\n';
    assert.match(taskTableEdit(text, vocabulary, true).text, /\| 1 \| 建设A\\\|B平台 \| 市科技局 \|/);
  });

  describe('policy-draft table', () => {
    async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
      let out = '';
      let err = '';
      const code = await run(args, { out: (t) => (out += t), err: (t) => (err += t), bundleDir: __dirname });
      return { code, out, err };
    }

    it('--json prints [{number, title, lead, partners, deadline, line}]', async () => {
      const { code, out } = await cli('table', fixture, '--json');
      assert.equal(code, 0);
      const rows = JSON.parse(out) as TaskRow[];
      assert.equal(rows.length, 8);
      assert.deepEqual(Object.keys(at(rows, 0)), ['number', 'title', 'lead', 'partners', 'deadline', 'line']);
      assert.deepEqual(rows[3], { number: 4, title: '培育数字产业集群', lead: ['各区政府'], partners: ['市发展改革委', '市科技局'], deadline: '2027年底前', line: 21 });
    });

    it('prints the Markdown table without --json', async () => {
      const { code, out } = await cli('table', fixture);
      assert.equal(code, 0);
      assert.equal(out.split('\n')[0], '| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |');
      assert.equal(out.trimEnd().split('\n').length, 10);
    });

    it('reads the task keywords of the nearest .policy-draft.json', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'policy-draft-table-'));
      try {
        const draft = join(dir, '草案.md');
        writeFileSync(draft, '# 某市行动方案\n\n## 一、揭榜挂帅\n\n1. 建设平台。（责任单位：市科技局）\n');
        assert.equal((JSON.parse((await cli('table', draft, '--json')).out) as TaskRow[]).length, 0);
        writeFileSync(join(dir, '.policy-draft.json'), JSON.stringify({ 'policyDraft.checks.taskKeywords': ['揭榜'] }));
        const rows = JSON.parse((await cli('table', draft, '--json')).out) as TaskRow[];
        assert.deepEqual(
          rows.map((row) => [row.title, row.lead]),
          [['建设平台', ['市科技局']]],
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('exits 2 without a draft or on a missing one', async () => {
      assert.equal((await cli('table')).code, 2);
      const { code, err } = await cli('table', join(__dirname, 'missing.md'));
      assert.equal(code, 2);
      assert.match(err, /cannot read/);
    });
  });
});

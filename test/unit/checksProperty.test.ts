import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { checkDraft } from '../../src/core/analysis/checkDraft';
import { lintDraft } from '../../src/core/analysis/lintDraft';
import { isCheckCode } from '../../src/core/checks/registry';
import { defaultSettings, type Settings } from '../../src/core/config/settings';
import { parsePlan } from '../../src/core/parsing/parsePlan';

/**
 * Property: no draft, however broken, makes the parser or the checks throw or take long. Drafts are
 * assembled from fragments of real plans (headings in every numbering form, task clauses with and
 * without units, targets with and without quantities, tables, run-ins) and then mutated: cut,
 * duplicated, glued without line ends, CRLF or lone CR, NUL bytes, unbalanced brackets, long lines.
 */

const headings = [
  '一、总体要求',
  '二、主要目标',
  '三、重点任务',
  '四、保障措施',
  '五、支持政策',
  '第一章 发展基础',
  '第二部分 重点工程',
  '（一）指导思想',
  '（二）实施算力基础设施提升行动',
  '(三)强化关键技术攻关',
  '（四）行动目标',
  '## 三、重点任务',
  '### （一）发展目标',
  '# 某市人工智能产业发展三年行动计划（2026—2028年）',
  '附件 重点任务分解表',
  '六、组织实施',
];
const clauses = [
  '1. 建设智能算力中心。统筹布局全市智能算力资源，推动公共算力平台与行业算力中心互联互通。（责任单位：市发展改革委、市数据局）',
  '2. 推进算力普惠应用。发放“算力券”，降低中小企业和科研机构使用智能算力的成本。',
  '3．强化大模型技术攻关。支持龙头企业联合高校院所开展行业大模型研发，力争在多模态大模型领域取得重大突破。（市科技局牵头）',
  '(1) 加强用地保障。对重大项目用地予以优先保障。（牵头单位：省自然资源厅；配合单位：各市人民政府）',
  '① 完善价格政策。建立中医医疗服务价格动态调整机制。（省医保局牵头，省卫生健康委按职责分工负责）',
  '——产业规模持续壮大，全市人工智能核心产业规模突破800亿元，带动相关产业规模超过3000亿元。',
  '——产业生态更加完善，综合竞争力稳居全国第一方阵。',
  '到2028年，主要目标如下：',
  '到2030年，基本建成具有全国影响力的人工智能创新应用先导区。',
  '力争到2027年培育营业收入超10亿元的企业10家，建成2-3个开源开放平台，覆盖率达到80%。',
  '中药工业营业收入较2025年翻一番，社区卫生服务中心中医馆实现全覆盖，打造千亿级产业集群。',
  '一是建立联席会议制度；二是纳入目标责任考核；三是强化部门协同。',
  '9. 加快引进优质项目。市投资促进局要会同各区政府建立重点项目招引清单。',
  '由省委宣传部牵头会同省卫生健康委组织实施。(责任单位:省科技厅,省财政厅)',
  '康基础研究的机制。(责任单位:省科技厅、省财政厅,有关设区市政府)',
  '| 序号 | 任务 | 责任单位 |',
  '| --- | --- | --- |',
  '| 1 | 建设智能算力中心 | 市发展改革委、市数据局 |',
  '| 2 | 推进算力普惠应用 |',
  '關於印發(fā)《山東省生物醫(yī)藥產業(yè)科技創(chuàng)新行動計劃》的通知',
  '到2025年，5G基站达到1.2万个，十四五期间建成三甲医院2家。',
  '<!-- policy-draft-disable-next-line missing-responsible-unit -->',
  '// policy-draft-disable-next-line',
  '<!-- policy-draft-enable -->',
];
const glue = [
  '（',
  '）',
  '(',
  ')',
  '：',
  ':',
  '、',
  '；',
  '。',
  '——',
  '|',
  '#',
  '\0',
  '\r',
  '\n',
  '\t',
  '\u3000',
  '一、',
  '（一）',
  '1.',
  '①',
  '到2025年',
  '力争',
  '责任单位：',
  '牵头',
  '%',
  '个',
];

const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    taskKeywords: fc.constantFrom<string[]>([], ['专项']),
    exclusionKeywords: fc.constantFrom<string[]>([], ['附则']),
    collective: fc.constantFrom<string[]>([], ['各镇街']),
    severity: fc.constantFrom('warning' as const, 'error' as const),
  })
  .map((s) => ({
    ...defaultSettings,
    'checks.taskKeywords': s.taskKeywords,
    'checks.exclusionKeywords': s.exclusionKeywords,
    'checks.collectiveBodies': s.collective,
    'checks.missingResponsibleUnit.severity': s.severity,
  }));

const lineArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...clauses) },
  { weight: 2, arbitrary: fc.constantFrom(...headings) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...glue), maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...clauses), fc.integer({ min: 20, max: 120 })).map(([c, n]) => c.repeat(n)) },
);
const eolArb = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r', '\n\n', '');
const draftArb = fc.array(fc.tuple(lineArb, eolArb), { maxLength: 60 }).map((lines) => lines.map(([l, e]) => l + e).join(''));

type Mutation = { kind: 'cut' | 'dup' | 'insert'; at: number; length: number; glue: string };
const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('cut' as const, 'dup' as const, 'insert' as const),
  at: fc.nat(),
  length: fc.integer({ min: 0, max: 200 }),
  glue: fc.constantFrom(...glue),
});

function mutate(text: string, mutations: Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    if (m.kind === 'cut') out = out.slice(0, at) + out.slice(at + m.length);
    else if (m.kind === 'dup') out = out.slice(0, at + m.length) + out.slice(at, at + m.length) + out.slice(at + m.length);
    else out = out.slice(0, at) + m.glue + out.slice(at);
  }
  return out;
}

const seedDrafts = ['findings.md', 'clean.md', 'crlf.txt'].map((f) => readFileSync(join(__dirname, '../fixtures/lint', f), 'utf8'));

/** Generous: a healthy run takes a few milliseconds; this only catches hangs and blow-ups. */
const maxMsPerDraft = 1500;

function checkOne(text: string, settings: Settings): void {
  const started = performance.now();
  const plan = parsePlan(text);
  assert.ok(Array.isArray(plan.clauses));
  const findings = checkDraft(text, settings);
  // VS Code also ends a line at a lone CR; whichever way the parser counts, positions stay in the text.
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const f of findings) {
    assert.ok(f.range.start.line >= 0 && f.range.start.line < lines, `finding on line ${f.range.start.line} of ${lines}`);
    assert.ok(isCheckCode(f.code));
    assert.ok(f.message.length > 0);
  }
  lintDraft(text, settings);
  const elapsed = performance.now() - started;
  assert.ok(elapsed < maxMsPerDraft, `took ${elapsed.toFixed(0)} ms on a draft of ${text.length} characters`);
}

describe('parser and checks on random and mutated drafts (property)', function () {
  this.timeout(240_000);

  it('never throw nor stall on drafts assembled from plan fragments', () => {
    fc.assert(
      fc.property(draftArb, settingsArb, (text, settings) => checkOne(text, settings)),
      { numRuns: 1500, seed: 20261122 },
    );
  });

  it('never throw nor stall on mutated real drafts', () => {
    const arb = fc.tuple(fc.constantFrom(...seedDrafts), fc.array(mutationArb, { minLength: 1, maxLength: 12 }), settingsArb);
    fc.assert(
      fc.property(arb, ([draft, mutations, settings]) => checkOne(mutate(draft, mutations), settings)),
      { numRuns: 1000 },
    );
  });

  const long = 200_000;
  const pathological: [string, string][] = [
    ['an unclosed bracket repeated', '（'.repeat(long)],
    ['numbers glued together', '1.'.repeat(long / 2)],
    ['part numbers glued together', '一、'.repeat(long / 2)],
    ['dashes', '——'.repeat(long / 2)],
    ['deadlines without an outcome', `${'到2025年，'.repeat(long / 8)}力争`],
    ['table pipes', '|'.repeat(long)],
    ['20,000 task items', `## 三、重点任务\n${'1. 建设算力中心。\n'.repeat(20_000)}`],
    ['one huge number', `${'123456789'.repeat(long / 9)}个`],
    ['enumeration commas', '、'.repeat(long)],
    ['unclosed annotations repeated', '(责任单位:'.repeat(long / 6)],
  ];
  for (const [name, text] of pathological) {
    it(`stays fast on a pathological line: ${name}`, () => {
      const started = performance.now();
      checkDraft(text, defaultSettings);
      const elapsed = performance.now() - started;
      assert.ok(elapsed < 20_000, `took ${elapsed.toFixed(0)} ms`);
    });
  }
});

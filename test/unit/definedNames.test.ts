import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { corpusDefinedNames, definedNames } from '../../src/core/search/definedNames';
import { defaultTuning, SearchEngine } from '../../src/core/search/searchEngine';
import type { SearchClause, SearchCorpus } from '../../src/core/search/types';

/**
 * Short names a corpus defines for itself (issue 12): an own folder's plans write
 * `规划环境影响评价（以下简称规划环评）` once and `规划环评` after, and the hover should know both.
 */

describe('defined names', () => {
  const cases: { sentence: string; expected: [string, string][] }[] = [
    {
      sentence: '近年来，产业园区规划环境影响评价（以下简称规划环评）工作取得积极进展。',
      expected: [['规划环境影响评价', '规划环评']],
    },
    {
      sentence: '范式变革，国家自然科学基金委员会（以下简称“自然科学基金委”）联合有关部门组织实施。',
      expected: [['自然科学基金委员会', '自然科学基金委']],
    },
    {
      // The short form's characters in order give where the full form starts.
      sentence: '将省融资担保股份有限公司（以下简称省融资担保公司）纳入省级政府性融资担保体系。',
      expected: [['省融资担保股份有限公司', '省融资担保公司']],
    },
    {
      sentence: '大力培育新药研发合同外包服务（CRO）、定制研发生产（CDMO）等新业态。',
      expected: [
        ['新药研发合同外包服务', 'CRO'],
        ['定制研发生产', 'CDMO'],
      ],
    },
    {
      sentence: '支持企业通过美国食品药品监督管理局（FDA）、欧洲药品管理局（EMA）认证。',
      expected: [
        ['美国食品药品监督管理局', 'FDA'],
        ['欧洲药品管理局', 'EMA'],
      ],
    },
    {
      // The sentence's verb and figures before the name are not part of it.
      sentence: '我国数字经济核心产业增加值占国内生产总值（GDP）比重达到10%。',
      expected: [['国内生产总值', 'GDP']],
    },
    {
      sentence: '开展挥发性有机物（VOCs）综合治理，推进重点行业深度治理。',
      expected: [['挥发性有机物', 'VOCs']],
    },
    {
      // A short form that is the full form's own ending names a kind, not this body.
      sentence: '推进上海市科技专家库（以下简称专家库）建设。',
      expected: [],
    },
    {
      // 两高 is no abbreviation of the characters before it: where the name starts is unknown.
      sentence: '坚决遏制高耗能、高排放（以下简称“两高”）项目盲目发展。',
      expected: [],
    },
    {
      // A document's short title is a reference, not a name of a thing.
      sentence: '特制定《中小企业数字化转型指南》（以下简称《指南》）。',
      expected: [],
    },
    {
      sentence: '各设区市（含济南、青岛）要结合实际制定实施方案（2024年）。',
      expected: [],
    },
    {
      // A code of one capital letter, or a word of lower-case letters, is no abbreviation.
      sentence: '中方申请人须选择管理科学部代码（G04），并上传附件（pdf）。',
      expected: [],
    },
  ];
  for (const { sentence, expected } of cases) {
    it(`${sentence.slice(0, 18)}… → ${expected.map(([full, short]) => `${short}=${full}`).join('、') || 'nothing'}`, () => {
      assert.deepEqual(
        definedNames(sentence).map((name) => [name.full, name.short]),
        expected,
      );
    });
  }

  it('reads half-width parentheses and 以下称 as well', () => {
    assert.deepEqual(definedNames('规范推进政府和社会资本合作(PPP)项目。'), [{ full: '政府和社会资本合作', short: 'PPP' }]);
    assert.deepEqual(definedNames('设立上海市科学技术委员会(以下称市科委)专项。'), [{ full: '市科学技术委员会', short: '市科委' }]);
  });

  it('lists a corpus’s names once each', () => {
    const texts = ['培育合同研究组织（CRO）。', '支持合同研究组织（CRO）做大做强。', '推进规划环境影响评价（以下简称规划环评）。'];
    assert.deepEqual(corpusDefinedNames(texts), [
      { full: '合同研究组织', short: 'CRO' },
      { full: '规划环境影响评价', short: '规划环评' },
    ]);
  });

  it('keeps the name, not the words before it, when two texts define it', () => {
    const texts = [
      '为消费者提供人工智能（AI）产品。',
      '加快人工智能（AI）与实体经济融合。',
      '开发制造执行系统（MES）。',
      '推广制造执行系统（MES）。',
      '智能车间制造执行系统（MES）。',
    ];
    assert.deepEqual(corpusDefinedNames(texts), [
      { full: '人工智能', short: 'AI' },
      { full: '制造执行系统', short: 'MES' },
    ]);
  });

  // The rule as first written: each definition compared with every other of its short name.
  const compareEach = (texts: string[]): { full: string; short: string }[] => {
    const counts = new Map<string, { name: { full: string; short: string }; count: number }>();
    for (const name of texts.flatMap(definedNames)) {
      const known = counts.get(`${name.full}\u0000${name.short}`);
      if (known) known.count++;
      else counts.set(`${name.full}\u0000${name.short}`, { name, count: 1 });
    }
    const all = [...counts.values()];
    return all
      .filter(
        ({ name, count }) =>
          !all.some(
            (other) =>
              other.name !== name &&
              other.name.short === name.short &&
              (other.name.full.endsWith(name.full) || name.full.endsWith(other.name.full)) &&
              (other.count > count || (other.count === count && other.name.full.length < name.full.length)),
          ),
      )
      .map(({ name }) => name);
  };

  it('keeps what comparing each definition with each kept, on any mix of nested full forms', () => {
    const sentences = fc.constantFrom(
      '人工智能（AI）。',
      '提供人工智能（AI）。',
      '为消费者提供人工智能（AI）。',
      '通用人工智能（AI）。',
      '消费者通用人工智能（AI）。',
      '制造执行系统（MES）。',
      '执行系统（MES）。',
      '智能制造执行系统（MES）。',
      '规划环境影响评价（以下简称规划环评）。',
    );
    fc.assert(
      fc.property(fc.array(sentences, { maxLength: 40 }), (texts) => {
        assert.deepEqual(corpusDefinedNames(texts), compareEach(texts));
      }),
      { numRuns: 500 },
    );
  });

  it('weighs 100,000 full forms of one short name without comparing each with each', () => {
    // `规…划（以下简称“规划”）` with 100,000 different middles: none ends with another, so all are kept.
    // Compared each with each, this is 10^10 comparisons: minutes.
    const alphabet = [...'甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土山川江河湖海风云雷电春夏秋冬东南西北中天'];
    const texts: string[] = [];
    for (let i = 0; texts.length < 100_000; i++) {
      const middle = [i % 47, Math.floor(i / 47) % 47, Math.floor(i / 47 / 47) % 47].map((k) => alphabet[k]).join('');
      texts.push(`，规${middle}划（以下简称“规划”）`);
    }
    const names = corpusDefinedNames(texts);
    assert.equal(names.length, 100_000);
    assert.deepEqual(names[0], { full: '规甲甲甲划', short: '规划' });
  });

  it('names only what the text holds, whatever runs of parentheses, quotes and letters it has', () => {
    const pieces = fc.constantFrom(
      '（',
      '）',
      '(',
      ')',
      '以下简称',
      '简称',
      '“',
      '”',
      '《',
      '》',
      'CRO',
      'AI',
      '合同研究组织',
      '规划环评',
      '规划环境影响评价',
      '的',
      '推进',
      '，',
      '。',
      'a',
      '1',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        for (const { full, short } of definedNames(text)) {
          assert.ok(full.length >= 2 && short.length >= 2 && full !== short, `${full} / ${short}`);
          assert.ok(text.includes(full) && text.includes(short), `${full} / ${short} in ${text}`);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('scans long runs of odd characters in linear time', () => {
    const runs = ['（'.repeat(200_000), '（以下简称'.repeat(50_000), `${'药'.repeat(100_000)}（CRO`, '(A'.repeat(100_000), `${'研发合同外包（CRO）'.repeat(20_000)}`];
    for (const run of runs) {
      const started = process.cpuUsage();
      definedNames(run);
      const used = process.cpuUsage(started);
      // Generous: a quadratic scan of 200,000 units takes minutes.
      assert.ok(used.user + used.system < 5_000_000, `${run.slice(0, 8)}…: ${used.user} µs`);
    }
  });
});

describe('defined names on the hostile inputs (../shared/hostile-inputs)', () => {
  const hostile = join(process.cwd(), '..', 'shared', 'hostile-inputs');
  const texts = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return texts(path);
      return /\.(md|txt)$/u.test(name) ? [path] : [];
    });

  it('reads every text file in linear time', function () {
    if (!existsSync(hostile)) {
      console.log(`      (skipped: ${hostile} is absent)`);
      this.skip();
    }
    for (const path of texts(hostile)) {
      const started = process.cpuUsage();
      definedNames(readFileSync(path, 'utf8'));
      const used = process.cpuUsage(started);
      assert.ok(used.user + used.system < 2_000_000, `${path}: ${used.user} µs`);
    }
  });
});

describe('defined names in the hover', () => {
  const texts = [
    '推进产业园区规划环境影响评价（以下简称规划环评）与项目环评联动，简化入园项目环评内容。',
    '规划环评结论作为园区产业准入的重要依据，对符合要求的入园项目简化审批。',
    '建设园区污水集中处理设施，推进工业废水分类收集、分质处理。',
    '对入园项目实行产业准入清单管理，严格控制高耗能项目。',
  ];
  const corpus: SearchCorpus = {
    documents: texts.map((_, i) => ({ id: `d${i}`, title: `文件${i}`, shortName: `文件${i}` })),
    clauses: texts.map((text, i) => ({ doc: i, text, path: [], line: 0, targets: [], units: [] }) as unknown as SearchClause),
  };
  const draft = '以规划环境影响评价结果作为园区项目准入依据。';

  it('lifts the clause that writes only the short name', () => {
    const score = (corpusNames: boolean): number =>
      SearchEngine.build(corpus, { ...defaultTuning, corpusNames })
        .hover(draft, { limit: 4 })
        .find((hit) => hit.clause === 1)?.score ?? 0;
    assert.deepEqual(SearchEngine.build(corpus).names, [{ full: '规划环境影响评价', short: '规划环评' }]);
    assert.ok(score(true) > score(false), `with names ${score(true)}, without ${score(false)}`);
  });
});

import * as assert from 'node:assert/strict';
import { checkDraft } from '../../src/core/analysis/checkDraft';
import type { CheckCode } from '../../src/core/checks/finding';
import { wrapWidth } from '../../src/core/structure/hardWrap';
import { readLines } from '../../src/core/structure/lines';
import { coreSettings } from './coreSettings';

const M: CheckCode = 'missing-responsible-unit';
const U: CheckCode = 'unquantified-target';

/** Findings as `line code`, 1-based lines as `cat -n` counts them. */
function lint(lines: readonly string[]): string[] {
  return checkDraft(lines.join('\n'), coreSettings).map((f) => `${f.range.start.line + 1} ${f.code}`);
}

/** Cuts every paragraph at `width` characters, as a PDF export does; returns the lines and where each paragraph starts (1-based). */
function hardWrap(paragraphs: readonly string[], width = 26): { lines: string[]; starts: number[] } {
  const lines: string[] = [];
  const starts: number[] = [];
  for (const paragraph of paragraphs) {
    starts.push(lines.length + 1);
    for (let at = 0; at < paragraph.length; at += width) lines.push(paragraph.slice(at, at + width));
  }
  return { lines, starts };
}

const plan = [
  '某市低空经济高质量发展行动方案',
  '一、总体要求',
  '坚持需求牵引、创新驱动、安全发展，统筹推进低空基础设施建设、产业培育和场景应用，加快形成低空经济发展新优势。',
  '二、发展目标',
  '到2027年，全市低空经济产业体系基本建立，通用航空器研发制造能力明显增强，低空飞行服务保障水平显著提升，应用场景不断丰富。',
  '——产业规模持续壮大。培育低空经济领域企业50家以上，打造一批特色产业园区，形成较为完整的产业链条。',
  '——创新能力明显增强。建成一批研发平台，突破一批关键核心技术，形成具有自主知识产权的系列产品。',
  '三、重点任务',
  '（一）完善基础设施',
  '1.建设起降场网络。统筹布局通用机场和直升机起降点，完善配套设施，提升飞行保障能力和应急救援水平。（责任单位：市交通局）',
  '2.搭建飞行服务平台。整合空域、气象和通信资源，构建统一的低空飞行服务平台，为各类用户提供一站式服务。',
];

describe('structure: hard-wrapped text (a PDF export cut at a fixed width)', () => {
  it('reads each wrapped paragraph as one clause: findings only where a clause starts', () => {
    const { lines, starts } = hardWrap(plan);
    assert.equal(wrapWidth(readLines(lines.join('\n'))), 52);
    // The 到2027年 paragraph and the second lead dash are unquantified; task 2 names no unit.
    assert.deepEqual(lint(lines), [`${starts[4]} ${U}`, `${starts[6]} ${U}`, `${starts[10]} ${M}`]);
    // The same findings, clause for clause, as the plan written one paragraph a line.
    assert.deepEqual(lint(plan), [`5 ${U}`, `7 ${U}`, `11 ${M}`]);
  });

  it('leaves a document whose lines do not cluster at one width as it is', () => {
    assert.equal(wrapWidth(readLines(plan.join('\n'))), undefined);
    assert.equal(wrapWidth(readLines('')), undefined);
  });

  const filler = hardWrap([
    '坚持需求牵引、创新驱动、安全发展，统筹推进低空基础设施建设、产业培育和场景应用，加快形成低空经济发展新优势，推动产业集聚发展，持续优化营商环境，不断提升城市综合竞争力和辐射带动能力。',
    '近年来，我市通用航空产业加快发展，无人机研发制造、飞行培训和航空运营服务等领域涌现出一批骨干企业，低空物流、应急救援和文化旅游等应用场景不断拓展，但仍存在基础设施薄弱、空域资源紧张、产业链条不完整等问题。',
  ]).lines;
  const cases: { name: string; lines: string[]; expected: string[] }[] = [
    {
      name: 'a line cut mid-sentence goes on at the next line',
      lines: ['二、发展目标', '到2027年，全市低空经济产业体系基本建立，通用航空', '器研发制造企业达到30家以上，产业规模超过百亿元。'],
      expected: [],
    },
    {
      name: 'a line ending a sentence does not',
      lines: ['二、发展目标', '培育低空经济领域企业50家以上，打造特色园区。', '全市低空飞行服务保障水平显著提升，应用场景丰富。'],
      expected: [`${filler.length + 3} ${U}`],
    },
    {
      name: 'a line opening with a marker starts a clause of its own',
      lines: ['二、发展目标', '——创新能力明显增强。建成一批研发平台和创新中心，突破', '——产业规模持续壮大。培育低空经济领域企业50家以'],
      expected: [`${filler.length + 2} ${U}`],
    },
    {
      name: 'a page number between two wrapped lines is skipped',
      lines: ['二、发展目标', '到2027年，全市低空经济产业体系基本建立，通用航空', '3', '器研发制造企业达到30家以上，产业规模超过百亿元。'],
      expected: [],
    },
    {
      name: 'a short line is a paragraph end, whatever its last character',
      lines: ['二、发展目标', '到2027年，产业体系基本建立', '企业达到30家以上，产业规模超过百亿元，创新能力显'],
      expected: [`${filler.length + 2} ${U}`],
    },
  ];
  for (const { name, lines, expected } of cases) {
    it(name, () => {
      // Each case sits after wrapped background text, so the document reads as hard-wrapped.
      assert.deepEqual(lint([...filler, ...lines]), expected);
    });
  }
});

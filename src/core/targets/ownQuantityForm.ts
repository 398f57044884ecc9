import type { Quantity } from '../model';

/** What a target's quantity form needs: its kind and measure word, never a number. */
export type QuantityForm = Pick<Quantity, 'kind' | 'unit' | 'qualifier'>;

/**
 * Words that make a phrase a rate or a scale, whatever it counts. A rate is read before what it is a
 * rate of (`企业上云率` is a percent, not a count of firms); so is a degree a survey or a share measures
 * (`群众满意度显著提高`, `集团化办学覆盖面进一步扩大`: plans state them as 满意度达到90% and 覆盖率).
 */
const measures: [pattern: RegExp, form: QuantityForm][] = [
  [/比重|占比|比例|(?<![效频概])率|增速|增幅|满意度|覆盖面|普及程度/u, { kind: 'percent', unit: '%' }],
  [/规模|产值|营业收入|营收|收入|总量|增加值|投资|交易额|销售额|总额|融资/u, { kind: 'scale', unit: '亿元' }],
];

/**
 * Count nouns and the measure word plans count them in: the one the 465 real plans of
 * `../shared/realworld/docs` write most with a number before or after the noun (企业 1,713 家 to 44 个,
 * 学校 157 所, 成果 88 项, 政策 79 条, 人才 名 before the noun, 园区 140 个 to 33 家). A noun not listed
 * is counted in 个, the most common measure word; the listed 个 nouns are there to be a phrase's head
 * (`企业技术中心` is counted in 个, not 家).
 */
const countNouns: [unit: string, nouns: readonly string[]][] = [
  ['家', ['企业', '公司', '机构', '医院', '工厂', '银行', '实验室', '孵化器']],
  ['所', ['学校', '高校', '院校']],
  ['项', ['标准', '成果', '技术', '专利']],
  ['条', ['政策', '措施']],
  ['名', ['人才', '人员', '专家', '工匠', '企业家']],
  ['个', ['项目', '平台', '基地', '园区', '中心', '集群', '场景', '品牌', '车间', '示范区', '社区', '团队', '产品', '案例', '试点', '领域']],
];

/** What may follow a phrase's head noun: `…企业等`, `…园区和` before the next vague amount. */
const trailingJoins = ['以及', '等', '和', '及', '与', '、'];

/** The words without the joins they end with (a loop, not a regular expression a run of 等 would make quadratic). */
export function withoutTrailingJoins(words: string): string {
  let end = words.length;
  for (;;) {
    const join = trailingJoins.find((j) => j.length <= end && words.startsWith(j, end - j.length));
    if (join === undefined) return words.slice(0, end);
    end -= join.length;
  }
}

/**
 * The quantity form a target statement's own last phrase asks for, where no precedent lends one:
 * the form is inserted after that phrase, so it must fit it. `…产业规模显著提升。` takes `，达到N亿元`,
 * `…企业上云率明显提高。` `，达到N%`, `培育一批…零部件企业。` `，达到N家`; anything else `，达到N个`.
 */
export function ownQuantityForm(statement: string): QuantityForm {
  return phraseQuantityForm(statement) ?? { kind: 'count', unit: '个' };
}

/** The form the last phrase names by its words (a scale, a rate, what it counts), or none: then 个 is only a guess. */
export function phraseQuantityForm(statement: string): QuantityForm | undefined {
  const phrase = lastPhrase(statement);
  const measured = measures.find(([pattern]) => pattern.test(phrase))?.[1];
  if (measured) return measured;
  const unit = headNounUnit(phrase);
  return unit === undefined ? undefined : { kind: 'count', unit };
}

/**
 * The form of the number that replaces a vague amount, from the words it counts (what follows it in
 * its phrase): the measure word of their head noun (`一批…软件和信息服务企业` N家), else of the last
 * count noun in them (`一批企业实现上云` N家), else 个. Undefined when the words measure a scale or a
 * rate (`一批重点产业链产值显著提升`): a count does not fit there.
 *
 * @example countedForm('具有全国影响力的产业集群') // { kind: 'count', unit: '个' }
 */
export function countedForm(counted: string): QuantityForm | undefined {
  let unit = headNounUnit(counted);
  if (unit === undefined) {
    if (measures.some(([pattern]) => pattern.test(counted))) return undefined;
    unit = lastNounUnit(counted) ?? '个';
  }
  return { kind: 'count', unit };
}

/** The measure word of the longest count noun the words end with (after `等`, `和`), if any. */
function headNounUnit(words: string): string | undefined {
  const phrase = withoutTrailingJoins(words);
  let best: { unit: string; length: number } | undefined;
  for (const [unit, nouns] of countNouns) for (const noun of nouns) if (phrase.endsWith(noun) && noun.length > (best?.length ?? 0)) best = { unit, length: noun.length };
  return best?.unit;
}

/** The measure word of the count noun that ends last in the words (the longer one where two end together). */
function lastNounUnit(words: string): string | undefined {
  let best: { unit: string; end: number; length: number } | undefined;
  for (const [unit, nouns] of countNouns)
    for (const noun of nouns) {
      const at = words.lastIndexOf(noun);
      const end = at + noun.length;
      if (at >= 0 && (best === undefined || end > best.end || (end === best.end && noun.length > best.length))) best = { unit, end, length: noun.length };
    }
  return best?.unit;
}

/** The statement's last phrase, without its closing punctuation: where the form will stand. */
function lastPhrase(statement: string): string {
  let end = statement.length;
  while (end > 0 && /[\s。；;！!？?”"）)]/u.test(statement[end - 1]!)) end--;
  let start = end;
  while (start > 0 && !/[，,；;。：:—\n]/u.test(statement[start - 1]!)) start--;
  return statement.slice(start, end);
}

import type { Quantity } from '../model';

/** What a target's quantity form needs: its kind and measure word, never a number. */
export type QuantityForm = Pick<Quantity, 'kind' | 'unit' | 'qualifier'>;

/**
 * The quantity form a target statement's own last phrase asks for, where no precedent lends one:
 * the form is inserted after that phrase, so it must fit it. `…产业规模显著提升。` takes `，达到N亿元`,
 * `…企业上云率明显提高。` `，达到N%`, `培育一批…零部件企业。` `，达到N家`; anything else `，达到N个`.
 * A rate is read before what it is a rate of (`企业上云率` is a percent, not a count of firms).
 */
const forms: [pattern: RegExp, form: QuantityForm][] = [
  [/比重|占比|比例|(?<![效频概])率|增速|增幅/u, { kind: 'percent', unit: '%' }],
  [/规模|产值|营业收入|营收|收入|总量|增加值|投资|交易额|销售额|总额|融资/u, { kind: 'scale', unit: '亿元' }],
  [/(?:企业|公司|机构|医院|工厂|园区|学校|银行)(?:等)?$/u, { kind: 'count', unit: '家' }],
];

export function ownQuantityForm(statement: string): QuantityForm {
  return phraseQuantityForm(statement) ?? { kind: 'count', unit: '个' };
}

/** The form the last phrase names by its words (a scale, a rate, firms), or none: then 个 is only a guess. */
export function phraseQuantityForm(statement: string): QuantityForm | undefined {
  const phrase = lastPhrase(statement);
  return forms.find(([pattern]) => pattern.test(phrase))?.[1];
}

/** The statement's last phrase, without its closing punctuation: where the form will stand. */
function lastPhrase(statement: string): string {
  let end = statement.length;
  while (end > 0 && /[\s。；;！!？?”"）)]/u.test(statement[end - 1]!)) end--;
  let start = end;
  while (start > 0 && !/[，,；;。：:—\n]/u.test(statement[start - 1]!)) start--;
  return statement.slice(start, end);
}

import type { FoundQuantity } from './quantities';

/**
 * The phrase a quantity measures, for hovers that compare a draft's target with precedents:
 * `全市人工智能核心产业规模突破800亿元` → `全市人工智能核心产业规模`;
 * `建成1所二级甲等以上公立中医医院` → `建成二级甲等以上公立中医医院`;
 * `力争5个学科进入国际一流` → `学科进入国际一流`.
 */

const delimiters = new Set(['，', ',', '；', ';', '。', '：', ':', '!', '?', '！', '？', '、', '\n']);
/** Verbs and qualifiers between a metric and its amount. */
const linkers = [
  '不少于',
  '不低于',
  '不超过',
  '提高到',
  '提升到',
  '提高至',
  '提升至',
  '增长到',
  '增加到',
  '降低到',
  '降低至',
  '控制在',
  '达到',
  '突破',
  '超过',
  '累计',
  '增至',
  '降至',
  '达',
  '超',
  '为',
  '约',
  '近',
  '逾',
];
const openers = ['力争', '其中', '基本', '全面'];

function stripDeadline(text: string): string {
  let out = text.trim();
  for (const opener of openers) if (out.startsWith(opener)) out = out.slice(opener.length);
  const match = /^(到|至)?20[0-9]{2}年(底|末)?(前)?/.exec(out);
  if (match) out = out.slice(match[0].length);
  return out.replace(/^[，,\s]+/, '');
}

function stripLinkers(text: string): string {
  let out = text.trimEnd();
  let changed = true;
  while (changed) {
    changed = false;
    for (const linker of linkers) {
      if (out.endsWith(linker)) {
        out = out.slice(0, -linker.length).trimEnd();
        changed = true;
      }
    }
  }
  return out;
}

export function metricPhrase(statement: string, quantity: FoundQuantity): string | undefined {
  let start = quantity.start;
  while (start > 0 && !delimiters.has(statement.charAt(start - 1))) start--;
  let end = quantity.end;
  while (end < statement.length && !delimiters.has(statement.charAt(end))) end++;
  const before = stripLinkers(stripDeadline(statement.slice(start, quantity.start)));
  // What follows the amount names what is counted (`建成1所…医院`, `获批上市10个…新药`).
  const after = statement
    .slice(quantity.end, end)
    .replace(/^(以上|左右|以下|以内)/, '')
    .trim();
  const metric = after.length >= 2 ? `${before}${after}` : before;
  return metric.length > 0 ? metric : undefined;
}

import { z } from 'zod';
import { FrontMatterError, readFrontMatter } from '../corpus/frontMatter';
import { chineseNumeralValue } from '../structure/chineseNumerals';

/**
 * What the front matter of a draft says about the 版头 and 版记-side parts GB/T 9704 places around
 * the body: 主送机关 above it, 发文机关署名 and 成文日期 below it. Keys may be written in Chinese as the
 * standard names them or in English as the corpus front matter does.
 *
 * ```
 * ---
 * 主送机关: 各区人民政府，市政府各部门
 * 发文机关署名: 某市人民政府办公厅
 * 成文日期: 2025-06-18
 * ---
 * ```
 */
export interface OfficialFields {
  addressee?: string;
  issuer?: string;
  /** 成文日期 in Arabic numerals: `2025年6月18日`. */
  date?: string;
}

export interface DraftFrontMatter {
  fields: OfficialFields;
  /** 0-based line where the draft's text starts (0 when there is no front matter). */
  bodyLine: number;
  /** Why a block that opens like front matter was not read, to tell the drafter. */
  problem?: string;
}

const keys: Record<keyof OfficialFields, readonly string[]> = {
  addressee: ['主送机关', '主送', 'addressee'],
  issuer: ['发文机关署名', '发文机关', '署名', 'issuer'],
  date: ['成文日期', '日期', 'date'],
};

const Text = z.union([z.string(), z.number()]).transform((value) => String(value).trim());

/**
 * The dates drafters write: `2025-06-18`, `2025/6/18`, `2025.6.18`, `2025年6月18日` and
 * `二〇二五年六月十八日`; 成文日期 is written with Arabic numerals (GB/T 9704 7.3.5.1).
 */
export function arabicDate(written: string): string | undefined {
  const text = written.trim();
  const numeric = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (numeric) return formatDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const chinese = /^([〇○零一二三四五六七八九]{4})年([〇○零一二三四五六七八九十]{1,3})月([〇○零一二三四五六七八九十]{1,3})日$/.exec(text);
  if (!chinese) return undefined;
  // The three groups are not optional: a match holds them all.
  const [, yearDigits = '', monthText = '', dayText = ''] = chinese;
  const year = Number([...yearDigits].map((digit) => chineseNumeralValue(digit === '〇' || digit === '○' ? '零' : digit)).join(''));
  const month = chineseNumeralValue(monthText);
  const day = chineseNumeralValue(dayText);
  return month === undefined || day === undefined ? undefined : formatDate(year, month, day);
}

function formatDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}年${month}月${day}日`;
}

/** Reads the front matter at the top of a draft's lines; a draft without one has empty fields. */
export function readDraftFrontMatter(lines: readonly string[]): DraftFrontMatter {
  if (lines[0]?.trim() !== '---') return { fields: {}, bodyLine: 0 };
  let split;
  try {
    split = readFrontMatter(lines, () => undefined);
  } catch (error) {
    // A draft may open with a horizontal rule and no front matter at all: then the text starts at 0.
    const reason = error instanceof FrontMatterError ? error.message : String(error);
    return { fields: {}, bodyLine: 0, problem: `front matter not read (${reason})` };
  }
  const fields: OfficialFields = {};
  for (const [field, names] of Object.entries(keys) as [keyof OfficialFields, readonly string[]][]) {
    const name = names.find((key) => key in split.fields);
    if (name === undefined) continue;
    const value = Text.safeParse(split.fields[name]);
    if (!value.success || value.data === '') continue;
    if (field === 'date') {
      const date = arabicDate(value.data);
      fields.date = date ?? value.data;
    } else fields[field] = value.data;
  }
  return { fields, bodyLine: split.bodyLine };
}

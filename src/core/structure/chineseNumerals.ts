import { trimEndWhile, trimStartWhile } from '../text/runs';

/**
 * Chinese numerals as plans write them: 一 … 十, 十一, 二十三, 两, 〇/零, 百, 千, 万, 亿.
 * Used for part and section numbers (`十二、`), quantities (`两家`, `三百个`) and for matching a
 * task's number against a 任务分解表 row.
 */

const digits: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const smallUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const bigUnits: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/**
 * The numeral characters by code unit: these two are asked of nearly every character of a
 * document (quantities, markers), and an `in` on the tables above had 0.5 s self time per reader
 * thread in a cold own-corpus profile.
 */
const digitUnits = new Set(Object.keys(digits).map((char) => char.charCodeAt(0)));
const numeralUnits = new Set([...digitUnits, ...[...Object.keys(smallUnits), ...Object.keys(bigUnits)].map((char) => char.charCodeAt(0))]);

export function isChineseDigit(char: string | undefined): boolean {
  return char?.length === 1 && digitUnits.has(char.charCodeAt(0));
}

export function isChineseNumeralChar(char: string | undefined): boolean {
  return char?.length === 1 && numeralUnits.has(char.charCodeAt(0));
}

/** Value of a run of numeral characters, or undefined when it is not a well-formed number. */
export function chineseNumeralValue(run: string): number | undefined {
  if (run.length === 0) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const char of run) {
    const value = digits[char];
    const small = smallUnits[char];
    const big = bigUnits[char];
    if (value !== undefined) {
      // 十四五: two digits in a row is a name, not a number (一千零五 keeps its 零 placeholder).
      if (digit !== undefined && !(digit === 0 && total + section > 0)) return undefined;
      digit = value;
    } else if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = undefined;
    } else if (big !== undefined) {
      section += digit ?? 0;
      if (section === 0) section = 1;
      total = (total + section) * big;
      section = 0;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/** Punctuation around a written number: `（三）`, `3.`, `十二、`, `[4]`. */
const isOpening = (char: string) => '(（[【'.includes(char) || /\s/.test(char);
const isClosing = (char: string) => ')）]】.．、,，:：'.includes(char) || /\s/.test(char);

/** Past this a cell holds no single number, however it is punctuated: the scan stays short. */
const maxWrittenLength = 40;

/**
 * A number as written in a heading, an item or a table cell: `12`, `十二`, `（三）`, `③`, `１２`.
 * Anything else (`1-1`, `1.2`, `第3项`) is not one number and gives undefined.
 */
export function numberValue(written: string): number | undefined {
  if (written.length > maxWrittenLength) return undefined;
  const core = trimEndWhile(trimStartWhile(written, isOpening), isClosing).replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (core.length === 1) {
    const code = core.charCodeAt(0);
    if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1;
  }
  if (/^[0-9]{1,4}$/.test(core)) return Number(core);
  if (core.length > 0 && core.length <= 6 && [...core].every(isChineseNumeralChar)) return chineseNumeralValue(core);
  return undefined;
}

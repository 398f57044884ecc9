import { isHan, isHanCode } from './charClass';
import { genres } from './titleLine';

/**
 * Re-breaks text whose line breaks were lost (a dataset that stripped whitespace, or an HTML
 * paragraph holding a whole part): the head of an official document (title, 文号, addressees,
 * signature and date) and the plan's own numbering each start a new line again. A marker starts a
 * line only where a line could have ended: after a sentence (`。；：！？`), or right after a short
 * heading (`一、总体要求（一）指导思想` → two lines). Inline references (`统一、`, `第一条规定`,
 * `2.5亿元`) stay. One scan with bounded look-ahead, so the step is linear in the line.
 */

/** Shorter lines are paragraphs as written; only a long line can hold a run-on document. */
const minRunOnLength = 80;
/** A heading that runs into the next marker is at most this long. */
const maxHeadingLength = 40;
/** The document head (title, 文号, addressees) sits in the first characters of the text. */
const headLength = 500;

const numerals = '一二三四五六七八九十';
const dateDigits = '〇○零一二三四五六七八九十0123456789';
const sentenceEnds = '。；！？：;:!?';
const pauses = '，,';

type MarkerKind = 'part' | 'section' | 'chapter' | 'item' | 'paren-item';

/** Code-unit table of a set of characters. */
function unitTable(chars: string): Uint8Array {
  const table = new Uint8Array(65536);
  for (const char of chars) table[char.charCodeAt(0)] = 1;
  return table;
}

/**
 * The characters the scan acts on: sentence ends and pauses (tracked), marker starts, the `〔` or
 * `[` of a 文号 and the `各` of the addressees. Any other character does something only right after
 * a sentence end (a signature may start there); the rest are skipped by a table lookup, since the
 * scan visits every character of a page (1 s self time per reader thread over the 465 real
 * documents before).
 */
const actedOn = unitTable(`${sentenceEnds}${pauses}${numerals}（(第0123456789〔[各`);
const endsAt = unitTable(sentenceEnds);
const dateDigitUnits = unitTable(dateDigits);

/** The numbering marker starting at `i`, with its length; bounded look-ahead. */
function markerAt(line: string, i: number): { kind: MarkerKind; length: number } | undefined {
  const char = line[i]!;
  if (numerals.includes(char) && !numerals.includes(line[i - 1] ?? '')) {
    let j = i;
    while (j < i + 3 && numerals.includes(line[j] ?? '')) j++;
    return line[j] === '、' ? { kind: 'part', length: j + 1 - i } : undefined;
  }
  if (char === '（' || char === '(') {
    let j = i + 1;
    const chinese = numerals.includes(line[j] ?? '');
    const digits = chinese ? numerals : '0123456789';
    while (j < i + 4 && digits.includes(line[j] ?? '')) j++;
    if (j === i + 1 || (line[j] !== '）' && line[j] !== ')')) return undefined;
    return { kind: chinese ? 'section' : 'paren-item', length: j + 1 - i };
  }
  if (char === '第') {
    let j = i + 1;
    while (j < i + 5 && (numerals + '百零').includes(line[j] ?? '')) j++;
    return j > i + 1 && '章节条'.includes(line[j] ?? 'x') ? { kind: 'chapter', length: j + 1 - i } : undefined;
  }
  if (char >= '0' && char <= '9' && !/[0-9A-Za-z.．]/.test(line[i - 1] ?? '')) {
    let j = i;
    while (j < i + 2 && line[j]! >= '0' && line[j]! <= '9') j++;
    const mark = line[j];
    return (mark === '.' || mark === '．' || mark === '、') && !/[0-9]/.test(line[j + 1] ?? '') ? { kind: 'item', length: j + 1 - i } : undefined;
  }
  return undefined;
}

/** End of a Chinese date (`二○○一年十一月三日`, `2024年3月8日`) starting at `i`, or -1. */
function dateEnd(line: string, i: number): number {
  let j = i;
  while (j < i + 4 && dateDigits.includes(line[j] ?? '')) j++;
  if (j !== i + 4 || line[j] !== '年') return -1;
  j++;
  const month = j;
  while (j < month + 2 && dateDigits.includes(line[j] ?? '')) j++;
  if (j === month || line[j] !== '月') return -1;
  j++;
  const day = j;
  while (j < day + 3 && dateDigits.includes(line[j] ?? '')) j++;
  return j > day && line[j] === '日' ? j + 1 : -1;
}

/** `国办发〔2001〕85号` ending at or after `i` (which points at `〔`): its end, or -1. */
function docNumberEnd(line: string, i: number): number {
  let j = i + 1;
  while (j < i + 5 && line[j]! >= '0' && line[j]! <= '9') j++;
  if (j !== i + 5 || (line[j] !== '〕' && line[j] !== ']' && line[j] !== '］')) return -1;
  j++;
  // Some exports space the parts out: `国发 〔2011〕 12 号`.
  if (line[j] === ' ') j++;
  const number = j;
  while (j < number + 5 && line[j]! >= '0' && line[j]! <= '9') j++;
  if (j > number && line[j] === ' ') j++;
  return j > number && line[j] === '号' ? j + 1 : -1;
}

export function splitRunOn(line: string): string[] {
  if (line.length < minRunOnLength) return [line];
  const cuts = new Set<number>();
  let segmentStart = 0;
  let segmentIsHeading = false;
  let segmentIsAddressees = false;
  let lastEnd = -1;
  let lastPause = -1;
  const cut = (at: number, heading: boolean): void => {
    if (at <= segmentStart || at >= line.length) return;
    cuts.add(at);
    segmentStart = at;
    segmentIsHeading = heading;
    segmentIsAddressees = false;
  };
  for (let i = 0; i < line.length; i++) {
    if (actedOn[line.charCodeAt(i)] === 0 && (i === 0 || endsAt[line.charCodeAt(i - 1)] === 0)) continue;
    const char = line[i]!;
    if (sentenceEnds.includes(char)) {
      lastEnd = i;
      // The addressees end at their colon; the notice's text follows on a line of its own.
      if (segmentIsAddressees && (char === '：' || char === ':')) cut(i + 1, false);
      continue;
    }
    if (pauses.includes(char)) lastPause = i;
    // Still in a title-like stretch: no punctuation since the line began or was last cut.
    const plain = lastEnd < segmentStart && lastPause < segmentStart;
    const before = line[i - 1];
    const afterSentence = before !== undefined && sentenceEnds.includes(before);
    const afterHeading = segmentIsHeading && lastEnd < segmentStart && i - segmentStart <= maxHeadingLength;
    const marker = markerAt(line, i);
    if (marker) {
      const allowed = afterSentence || (afterHeading && marker.kind !== 'item' && marker.kind !== 'part');
      if (allowed) cut(i, true);
      i += marker.length - 1;
      continue;
    }
    if (i < headLength && plain && (char === '〔' || char === '[')) {
      const end = docNumberEnd(line, i);
      if (end > 0 && !'（(['.includes(line[from0(line, i, segmentStart)] ?? '') && !'）)]'.includes(line[end] ?? '')) {
        // The 文号 is a line of its own: from the issuer's short form before it to its 号.
        let from = i;
        if (line[from - 1] === ' ') from--;
        while (from > segmentStart && from > i - 8 && isHan(line[from - 1]) && !genres.some((genre) => line.endsWith(genre, from))) from--;
        cut(from, false);
        cut(end, false);
        i = end - 1;
        continue;
      }
    }
    // A title may hold a comma (`…“放管服”改革，推动经济高质量发展的指导意见`) and end in `（试行）`.
    const titleLike = lastEnd < segmentStart;
    if (i < headLength && char === '各' && titleLike && (before === '号' || endsWithGenre(line, i))) {
      // The addressees (`各省、自治区、直辖市人民政府…：`) follow the title or the 文号.
      cut(i, false);
      segmentIsAddressees = true;
      continue;
    }
    if (afterSentence && dateDigits.includes(char) === false && isHan(char)) {
      // A signature and its date after the notice's last sentence: `执行。国务院办公厅二○○一年十一月三日关于…`.
      const signed = signatureDate(line, i);
      if (signed) {
        cut(i, false);
        cut(signed.dateStart, false);
        cut(signed.end, false);
        i = signed.end - 1;
      }
    }
  }
  if (cuts.size === 0) return [line];
  const positions = [...cuts].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const at of positions) {
    pieces.push(line.slice(from, at));
    from = at;
  }
  pieces.push(line.slice(from));
  return pieces;
}

/** Whether a genre (`意见`, `方案` …), perhaps with `（试行）` or `（暂行）` after it, ends right before `i`. */
function endsWithGenre(line: string, i: number): boolean {
  const end = line.endsWith('（试行）', i) || line.endsWith('（暂行）', i) ? i - 4 : i;
  return genres.some((genre) => line.endsWith(genre, end));
}

/** The character before the issuer's short form that precedes the `〔` at `i` (a `（` means a citation). */
function from0(line: string, i: number, segmentStart: number): number {
  let from = i;
  while (from > segmentStart && from > i - 8 && isHan(line[from - 1])) from--;
  return from - 1;
}

/** The last characters of an issuing body's name, as it signs a notice. */
const bodyEnds = ['办公厅', '办公室', '政府', '委员会', '部', '局', '厅', '委', '院', '办', '署', '行', '会'];

/** Whether a body's last characters end right before `at`; a loop, as a closure over the scan's index made a context per character. */
function endsWithBody(line: string, at: number): boolean {
  for (const end of bodyEnds) if (line.endsWith(end, at)) return true;
  return false;
}

/**
 * A body's name (up to 20 Han characters) followed by a date, starting at `i`. Read by code: it is
 * tried after every sentence, and a string per character read made most of the scan's garbage.
 */
function signatureDate(line: string, i: number): { dateStart: number; end: number } | undefined {
  for (let j = i; j < i + 20 && j < line.length; j++) {
    const code = line.charCodeAt(j);
    const digit = dateDigitUnits[code] === 1;
    if (!digit && !isHanCode(code)) break;
    if (j > i && digit && endsWithBody(line, j)) {
      const end = dateEnd(line, j);
      if (end > 0) return { dateStart: j, end };
    }
  }
  return undefined;
}

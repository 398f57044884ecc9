import { startsWithNumbering } from './numbering';

/**
 * Recognises a document title on a line of its own: `浙江省人民政府办公厅关于加快生命健康科技
 * 创新发展的实施意见`, `关于印发《…行动计划（2025—2027年）》的通知`, optionally followed by the
 * period in brackets. A title names a genre at its end and holds no sentence punctuation.
 */

/** Genres in the order they are tried: longer names first, so `实施意见` wins over `意见`. */
export const genres = [
  '实施意见',
  '指导意见',
  '行动计划',
  '行动方案',
  '实施方案',
  '若干措施',
  '规划纲要',
  '工作报告',
  '工作要点',
  '规划',
  '方案',
  '计划',
  '意见',
  '措施',
  '办法',
  '通知',
  '纲要',
  '决定',
  '报告',
  '指南',
  '细则',
  '条例',
  '规定',
] as const;

const maxTitleLength = 90;

export function isTitleLine(line: string): boolean {
  if (line.length < 6 || line.length > maxTitleLength || startsWithNumbering(line)) return false;
  if (/[。；，,;：:！？]/.test(withoutBrackets(line)) || !balanced(line)) return false;
  const core = stripPeriodSuffix(line);
  return genres.some((genre) => core.endsWith(genre));
}

/** `…行动计划（2025—2027年）` → `…行动计划`; anything else unchanged. */
export function stripPeriodSuffix(line: string): string {
  const close = line.at(-1);
  if (close !== ')' && close !== '）') return line;
  const open = Math.max(line.lastIndexOf('('), line.lastIndexOf('（'));
  return open > 0 && /^[（(]\s*\d{4}\s*[-—–－~～至]+\s*\d{4}\s*年?\s*[)）]$/.test(line.slice(open)) ? line.slice(0, open) : line;
}

/** A line holding only a period in brackets, as a title's second line: `（2025—2027年）`. */
export function isPeriodLine(line: string): boolean {
  return line.length <= 20 && stripPeriodSuffix(`题${line}`) === '题';
}

/** Every 《 and bracket closed: `组织编制了《…指南` is a sentence cut short, not a title. */
function balanced(line: string): boolean {
  let depth = 0;
  for (const char of line) {
    if (char === '《' || char === '(' || char === '（') depth++;
    else if (char === '》' || char === ')' || char === '）') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** Text outside 《》 and brackets, where a title may quote punctuation of another document. */
function withoutBrackets(line: string): string {
  let depth = 0;
  let out = '';
  for (const char of line) {
    if (char === '《' || char === '(' || char === '（') depth++;
    else if (char === '》' || char === ')' || char === '）') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += char;
  }
  return out;
}

/** How many lines a title may have been broken into (a page's `<br>` or centred heading lines). */
const maxTitleParts = 3;
/** Only the top of a page can hold the title. */
const titleSearchLines = 30;

/**
 * Joins a title a page broke over lines (`国务院办公厅关于加强` / `三级公立医院绩效考核工作的意见`):
 * near the top, short lines without sentence punctuation whose concatenation is a title line while
 * the first alone is not.
 */
export function joinSplitTitle(lines: readonly string[]): string[] {
  const limit = Math.min(lines.length, titleSearchLines);
  for (let i = 0; i < limit; i++) {
    if (isTitleLine(lines[i]!) || !isTitlePart(lines[i]!)) continue;
    let joined = lines[i]!;
    for (let n = 1; n < maxTitleParts && i + n < lines.length && isTitlePart(lines[i + n]!) && (opensTitle(joined) || !isTitleLine(lines[i + n]!)); n++) {
      joined += lines[i + n]!;
      if (isTitleLine(joined)) return [...lines.slice(0, i), joined, ...lines.slice(i + n + 1)];
    }
  }
  return [...lines];
}

/** `…关于加快`: the start of a `关于…的意见` title, which a title line on its own would not be. */
function opensTitle(line: string): boolean {
  return line.includes('关于') && !line.includes('的');
}

function isTitlePart(line: string): boolean {
  return line.length >= 2 && line.length <= maxTitleLength && !startsWithNumbering(line) && !/[。；，,;：:！？]/.test(withoutBrackets(line));
}

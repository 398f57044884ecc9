import { splitLines } from '../text/lines';

/** Characters Windows, macOS or Linux refuse in a file name, and control characters. */
const unsafe = /[\\/:*?"<>|\u0000-\u001f]/gu;
/** Longer than this, a first line is a sentence of the body, not a title. */
const longestTitle = 80;

/**
 * The name an export proposes for a draft never saved (VS Code calls it `Untitled-1`): the draft's
 * title, its first line with Markdown's heading and bold markers taken off and the characters no
 * file system takes removed. None when the first line reads as a sentence (ends in 。 or ：, or is long).
 *
 * @example draftFileName('# 某市低空经济高质量发展行动方案（2025—2027年）\n\n根据…') // '某市低空经济高质量发展行动方案（2025—2027年）'
 */
export function draftFileName(text: string): string | undefined {
  const lines = splitLines(text, 200);
  let at = 0;
  // Front matter (`---` … `---`) is not the title.
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
    at = end < 0 ? lines.length : end + 1;
  }
  const first = lines.slice(at).find((line) => line.trim() !== '');
  if (first === undefined) return undefined;
  const title = first
    .trim()
    .replace(/^#{1,6}\s*/u, '')
    .replace(/\*\*|__/gu, '')
    .replace(unsafe, '')
    .trim();
  if (title.length < 2 || title.length > longestTitle || /[。：:；;]$/u.test(title)) return undefined;
  return title;
}

import type { OfficialDocument } from './officialDocument';

/** Characters Windows, macOS or Linux refuse in a file name, and control characters. */
const unsafe = /[\\/:*?"<>|\u0000-\u001f]/gu;
/**
 * Longer than this, a title gives no file name: 80 Chinese characters are 240 bytes of UTF-8, and
 * with `.docx` that is about the most ext4 and APFS take in one name (255 bytes).
 */
const longestName = 80;

/**
 * The name an export proposes for a draft never saved (VS Code calls it `Untitled-1`): the title the
 * exported document carries — its 标题 with the `（2025—2027年）` or `（征求意见稿）` lines under it, as
 * the official-document model read them — so the file and the title inside it always agree; the
 * characters no file system takes removed. None when the model found no title (the draft opens
 * with a sentence or a numbered part) or the title is too long for a file name.
 *
 * @example exportFileName(draftToOfficialDocument('# 山东省生物医药产业科技创新行动计划\n\n（2025—2027年）\n', 'markdown')) // '山东省生物医药产业科技创新行动计划（2025—2027年）'
 */
export function exportFileName(document: OfficialDocument): string | undefined {
  const name = document.title?.replace(unsafe, '').trim();
  if (name === undefined || name.length < 2 || name.length > longestName) return undefined;
  return name;
}

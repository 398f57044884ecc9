/**
 * The name an own-corpus document goes by in hovers and rows when its title names no place or
 * subject: a city's 政府工作报告 saved without its heading is titled `政府工作报告`, and ten of them in a
 * folder were one name (the walkthrough). The drafter named the file: `2024年宜宾市政府工作报告.docx`
 * stands alone, and a file name that says something else follows the title (`政府工作报告（宜宾2024）`).
 * A title that names a place or runs longer than a genre word stays as it is.
 */

/** A title this short names its genre at most (`政府工作报告`, `实施意见`, `行动方案（2024—2026年）` is longer). */
const genericTitleMax = 8;
const leadingPlace = /^[\u4e00-\u9fff]{2,6}?(?:自治区|自治州|新区|省|市|区|县)/u;

export function ownDocumentName(title: string, file: string): string {
  if (title.length > genericTitleMax || leadingPlace.test(title)) return title;
  const base = (file.split('/').pop() ?? file).replace(/\.[^.]+$/u, '');
  if (base === '' || base === title) return title;
  return base.includes(title) ? base : `${title}（${base}）`;
}

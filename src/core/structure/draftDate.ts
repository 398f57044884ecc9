import type { SourceLine } from './lines';

/**
 * The year a document was issued or dated, when it says so: front matter `date:`, a portal's
 * `发布日期`/`成文日期` line, the year of its document number (`沪府办发〔2025〕17号`), or a date line
 * of its own (`2017年3月1日`, the 成文日期 under a notice or a plan). A real plan from 2017 that names
 * the 卫生计生委 is right for its date; the outdated-name check asks this.
 */
export function findDraftYear(lines: readonly SourceLine[]): number | undefined {
  const year = (text: string | undefined) => (text === undefined ? undefined : Number(text));
  let docNumber: number | undefined;
  let dateLine: number | undefined;
  for (const line of lines) {
    const text = line.text.trim();
    if (text.length === 0) continue;
    const labelled = /^(?:\*\*)?(?:date|发布日期|成文日期|印发日期|发文日期|发布时间)(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*((?:19|20)\d\d)/i.exec(text);
    if (labelled) return year(labelled[1]);
    docNumber ??= year(/[〔［[（(]((?:19|20)\d\d)[〕］\]）)]\s*\d{1,4}\s*号/.exec(text)?.[1]);
    if (text.length <= 24) dateLine ??= year(/^((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.exec(text.replace(/[（(）)]/g, ''))?.[1]);
  }
  return docNumber ?? dateLine ?? closingDate(lines);
}

/**
 * A page without line breaks carries its 成文日期 inside the text, near its end
 * (`…生态环境部2018年7月30日（此件社会公开）`): the last full date there.
 */
function closingDate(lines: readonly SourceLine[]): number | undefined {
  let tail = '';
  for (let i = lines.length - 1; i >= 0 && tail.length < 400; i--) tail = `${lines[i]!.text}\n${tail}`;
  // A date that closes the text, or a notice's (…日（此件公开发布）), not one in a sentence (…日以来).
  const dates = [...tail.slice(-400).matchAll(/((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?=\s*(?:$|[（(]|印发|发布))/g)];
  const last = dates.at(-1);
  return last ? Number(last[1]) : undefined;
}

import type { SourceLine } from './lines';

/** The date a document was issued or dated, as far as it says: the year always, the month when written. */
export interface DraftDate {
  year: number;
  month?: number;
}

const fullDate = /((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日/;
// Built once: every line of every document is tried against them (rebuilt per line, `findDraftDate`
// had 0.45-0.8 s self time per reader thread over the 465 real documents, loaded machine). None is
// global, so none keeps state between lines.
/** A date line of its own (`2017年3月1日`). */
const ownDate = new RegExp(`^${fullDate.source}$`);
/** `…日印发`, not `…日印发的《…》` (a cited document's date). */
const printDate = new RegExp(`${fullDate.source}\\s*(?:印发|发布)(?!的)`);
/** An issuer's signature run into the text: `…生态环境部2018年7月30日附件：…`. */
const signatureDate = new RegExp(
  `(?:部|委|局|厅|院|政府|办公室|中心|委员会)\\s*${fullDate.source}(?=\\s*(?:$|[（(]|附件|\\p{Script=Han}{2,12}?(?:部|委|局|厅|院|政府|办公室)))`,
  'u',
);

/**
 * The year a document was issued or dated, when it says so (see `findDraftDate`). A real plan from
 * 2017 that names the 卫生计生委 is right for its date; the outdated-name check asks this.
 */
export function findDraftYear(lines: readonly SourceLine[]): number | undefined {
  return findDraftDate(lines)?.year;
}

/**
 * The date a document gives itself, strongest first: front matter `date:` or a portal's
 * `发布日期`/`成文日期`/`发布时间` line; the year of its document number (`沪府办发〔2025〕17号`); a
 * date line of its own (`2017年3月1日`, the 成文日期 under a notice or a plan); a 印发 date
 * (`…办公厅 2019年１月３日印发`) or a signature's date (`…水利部2018年3月22日`) inside a page whose
 * line breaks were lost; the last full date that closes the text. Digits may be full-width.
 */
export function findDraftDate(lines: readonly SourceLine[]): DraftDate | undefined {
  let docNumber: DraftDate | undefined;
  let dateLine: DraftDate | undefined;
  let issued: DraftDate | undefined;
  let signed: DraftDate | undefined;
  for (const line of lines) {
    const text = line.folded.trim();
    if (text.length === 0) continue;
    const labelled = /^(?:\*\*)?(?:date|发布日期|成文日期|印发日期|发文日期|发布时间)(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*((?:19|20)\d\d)(?:\s*[-/.年]\s*(\d{1,2}))?/i.exec(text);
    if (labelled) return dateOf(labelled[1]!, labelled[2]);
    const number = /[〔［[（(]((?:19|20)\d\d)[〕］\]）)]\s*\d{1,4}\s*号/.exec(text);
    if (number) docNumber ??= dateOf(number[1]!);
    if (text.length <= 24) {
      const own = ownDate.exec(text.replace(/[（(）)]/g, ''));
      if (own) dateLine ??= dateOf(own[1]!, own[2]);
    }
    if (text.length > 24 || !dateLine) {
      const print = printDate.exec(text);
      if (print) issued ??= dateOf(print[1]!, print[2]);
      const signature = signatureDate.exec(text);
      if (signature) signed ??= dateOf(signature[1]!, signature[2]);
    }
  }
  return docNumber ?? dateLine ?? issued ?? signed ?? closingDate(lines);
}

function dateOf(year: string, month?: string): DraftDate {
  return month === undefined ? { year: Number(year) } : { year: Number(year), month: Number(month) };
}

/**
 * A page without line breaks carries its 成文日期 inside the text, near its end
 * (`…生态环境部2018年7月30日（此件社会公开）`): the last full date there.
 */
function closingDate(lines: readonly SourceLine[]): DraftDate | undefined {
  let tail = '';
  for (let i = lines.length - 1; i >= 0 && tail.length < 400; i--) tail = `${lines[i]!.folded}\n${tail}`;
  // A date that closes the text, or a notice's (…日（此件公开发布）), not one in a sentence (…日以来).
  const dates = [...tail.slice(-400).matchAll(new RegExp(`${fullDate.source}(?=\\s*(?:$|[（(]|(?:印发|发布)(?!的)))`, 'g'))];
  const last = dates.at(-1);
  return last ? dateOf(last[1]!, last[2]) : undefined;
}

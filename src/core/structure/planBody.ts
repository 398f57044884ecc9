import { wordsStart, type SourceLine } from './lines';
import type { Outline, OutlineNode } from './outline';

/** A plan's own title names its kind and ends in no sentence mark. */
const titleLike = /(?:规划|计划|方案|意见|纲要|要点|措施|办法)[）)》]?\s*(?:[（(][^）)]*[）)])?\s*[*#]*\s*$/;

/**
 * The line where the plan itself begins: its title when an issuing notice (关于印发…的通知, the 文号,
 * the addressees, the date) stands above it, else the first line. The reviewer's numbering checks
 * read the plan, not the notice.
 */
export function planBodyLine(outline: Outline): number {
  const end = firstPartLine(outline) ?? outline.lines.length;
  let body = 0;
  for (let index = 0; index < end; index++) if (readsAsPlanTitle(outline.lines[index]!)) body = index;
  return body;
}

/** A line `planBodyLine` takes for the plan's own title: a short heading or line naming a plan's kind. */
export function readsAsPlanTitle(line: SourceLine): boolean {
  if (line.kind !== 'heading' && line.kind !== 'text') return false;
  const text = line.text.slice(line.contentStart).trim();
  return text.length <= 80 && !/[。；]/.test(text) && !text.startsWith('关于') && titleLike.test(text);
}

/** The plan's first part (一、, 第一章): a notice may number a line or two of its own before it. */
export function firstPartLine(outline: Outline): number | undefined {
  return outline.nodes.find(isFirstPart)?.startLine;
}

/** `一、…`, `第一章…`: a node that can be the plan's first part. */
export function isFirstPart(node: OutlineNode): boolean {
  return node.rank <= 1 && node.clause.number !== undefined && /^(?:一|1)$/.test(node.clause.number);
}

/** Whether a line begins with 附件, bold or not: it may open the attachments, or a block of its own. */
export function opensWithAttachment(line: SourceLine): boolean {
  return line.folded.startsWith('附件', wordsStart(line));
}

/** `附件`, `附件5`, `附件：1.…`, `附件:典型场景`: a line that opens the attachments (or lists them). */
const attachmentOpening = /^附件\s*[0-9０-９一二三四五六七八九十]*\s*(?:[:：]|$|\s)/;

/**
 * The line where the plan's attachments begin (`附件：1.…`, `附件5`), after its body has begun
 * numbering: an attachment is a document of its own (a list of attachments, a form, a catalogue of
 * scenarios), numbered for itself and often scraped without its headings. A 附件 line in the
 * issuing notice, above the plan's first part, does not end the plan.
 */
export function attachmentLine(outline: Outline, bodyLine: number): number {
  const firstNumbered = outline.nodes.find((node) => node.startLine >= bodyLine && node.clause.number !== undefined);
  if (!firstNumbered) return outline.lines.length;
  for (let index = firstNumbered.startLine + 1; index < outline.lines.length; index++) {
    const line = outline.lines[index]!;
    if (line.kind === 'blank' || line.kind === 'ignored' || line.kind === 'table') continue;
    // Most lines do not start with 附件: no copy of them is made to find that out.
    if (opensWithAttachment(line) && attachmentOpening.test(line.folded.slice(wordsStart(line)))) return index;
  }
  return outline.lines.length;
}

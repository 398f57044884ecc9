import { wordEndAtOrBefore, wordSpans } from './wordSpans';

/**
 * A heading as a "where" line names it: real documents give some clauses a heading that is a
 * whole sentence (a work report's section `坚持…，加快建设…`, a regulation's `总则　　第一条 为规范…`,
 * a title whose line break was lost, `加强组织领导各有关部门要根据…`), and a path of those filled the
 * hover's place line and a search row. Past `max` characters it is cut after its last phrase
 * that fits (at `，；：` past half of `max`), else between words (a number whole with its unit), `…`
 * after; the heading itself stays as parsed.
 */
export const headingShownMax = 30;

export function headingShown(heading: string, max = headingShownMax): string {
  if (heading.length <= max) return heading;
  const head = heading.slice(0, max + 1);
  const phrase = Math.max(...[...'，,；;：:'].map((mark) => head.lastIndexOf(mark)));
  if (phrase >= max / 2) return `${heading.slice(0, phrase)}…`;
  const word = wordEndAtOrBefore(wordSpans(head), max);
  return `${heading.slice(0, word >= max / 2 ? word : max).trimEnd()}…`;
}

/**
 * Whether a heading holds a keyword as a word of its own. A keyword is a run of characters, but a
 * heading is words: `工程` is the programme in `实施制造业提升工程` and in `重点工程`, and engineering
 * in `工程机械产业链` (construction machinery) or `工程技术研究中心`; `行动` is the action in `三年行动`
 * and half of two other words in `进行动态调整` (进行 + 动态), `目标` half of two in `项目标准`.
 *
 * A keyword inside a cited title (`《行动计划》`) is not the heading's own. Beyond that, two tests, both needed:
 * - the keyword must not be cut by a word boundary it does not have on its own (`Intl.Segmenter`:
 *   `进行/动态` cuts `行动`, `项目/标准` cuts `目标`; `指导/思想` is `指导思想`'s own cut);
 * - it must not be part of a compound noun the segmenter keeps apart (`工程/机械`): the compounds
 *   are listed in `keywordCompounds` (structure/vocabulary).
 */

import type { OutlineNode } from './outline';
import { wordBoundariesNear } from '../text/wordBoundariesNear';
import { keywordCompounds } from './vocabulary';

const ownCuts = new Map<string, Set<number>>();

/** The keyword's own cuts (`指导思想` → 2), computed once per keyword. */
function cutsOf(word: string): Set<number> {
  let cuts = ownCuts.get(word);
  if (!cuts) {
    cuts = wordBoundariesNear(word, 0, word.length);
    ownCuts.set(word, cuts);
  }
  return cuts;
}

/** Whether a word boundary of the heading falls inside the keyword where the keyword has none. */
function isCut(heading: string, at: number, word: string): boolean {
  if (word.length < 2) return false;
  const own = cutsOf(word);
  for (const cut of wordBoundariesNear(heading, at, at + word.length)) {
    const inside = cut - at;
    if (inside > 0 && inside < word.length && !own.has(inside)) return true;
  }
  return false;
}

/** Whether the match is the head or tail of a listed compound (`工程机械`, `软件工程`). */
function inCompound(heading: string, at: number, word: string): boolean {
  const compounds = keywordCompounds[word];
  if (!compounds) return false;
  const end = at + word.length;
  return compounds.after.some((tail) => heading.startsWith(tail, end)) || compounds.before.some((head) => at >= head.length && heading.startsWith(head, at - head.length));
}

/**
 * The cited titles of a heading, outermost `《…》` pairs as [start, end) spans in order: a word
 * inside one (`六、组织方式及时间安排《行动计划》3年完成…`, a heading run into its text) names another
 * document's kind, not this heading's role. One scan, however many matches are then placed.
 */
function citedTitles(heading: string): [number, number][] {
  const spans: [number, number][] = [];
  let depth = 0;
  let start = 0;
  for (let at = heading.indexOf('《'); at >= 0 && at < heading.length; at++) {
    const char = heading[at];
    if (char === '《' && depth++ === 0) start = at;
    else if (char === '》' && depth > 0 && --depth === 0) spans.push([start, at + 1]);
  }
  return spans;
}

function findWord(heading: string, word: string): boolean {
  const cited = heading.includes('《') ? citedTitles(heading) : [];
  let span = 0;
  for (let at = heading.indexOf(word); at >= 0; at = heading.indexOf(word, at + 1)) {
    while (span < cited.length && cited[span]![1] <= at) span++;
    const inTitle = span < cited.length && cited[span]![0] < at && at + word.length < cited[span]![1];
    if (!inTitle && !inCompound(heading, at, word) && !isCut(heading, at, word)) return true;
  }
  return false;
}

/**
 * Answers by keyword and heading. Every clause asks about all its enclosing headings, so a part
 * title is asked once per clause under it; a run-on paragraph read as a title would otherwise be
 * segmented again for each. Bounded: cleared when it holds too many headings.
 */
const answers = new Map<string, Map<string, boolean>>();
let remembered = 0;
const mostRemembered = 4096;

/**
 * Whether `heading` holds `word` as a word: some occurrence that no word boundary cuts and that is
 * not part of a listed compound.
 * @example headingHasWord('（九）工程机械产业链', '工程') // false
 * @example headingHasWord('（三）实施制造业提升工程', '工程') // true
 */
export function headingHasWord(heading: string, word: string): boolean {
  if (word === '' || !heading.includes(word)) return false;
  let byHeading = answers.get(word);
  const known = byHeading?.get(heading);
  if (known !== undefined) return known;
  if (remembered >= mostRemembered) {
    answers.clear();
    remembered = 0;
    byHeading = undefined;
  }
  if (!byHeading) {
    byHeading = new Map();
    answers.set(word, byHeading);
  }
  const found = findWord(heading, word);
  byHeading.set(heading, found);
  remembered++;
  return found;
}

/** Whether `heading` holds any of `words` as a word. */
export function headingHasAny(heading: string, words: readonly string[]): boolean {
  return words.some((word) => headingHasWord(heading, word));
}

/** Whether a clause's enclosing heading holds one of `words` as a word (`工程机械` holds no `工程`). */
export function enclosingHeadingHas(node: OutlineNode, words: readonly string[]): boolean {
  return node.headings.some((heading) => headingHasAny(heading, words));
}

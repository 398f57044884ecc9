import type { Fix } from './fix';
import { TextOffsets } from './textOffsets';

export interface FixResult {
  text: string;
  /** How many fixes were applied; a fix whose edits overlap one applied before it is left out. */
  applied: number;
}

/**
 * Applies fixes to a text as one change: every edit of a fix, or none of them when any would
 * overlap an edit already taken (the next run of the checks offers it again).
 */
export function applyFixes(text: string, fixes: readonly Fix[]): FixResult {
  const offsets = TextOffsets.of(text);
  const taken: { start: number; end: number; newText: string }[] = [];
  let applied = 0;
  for (const fix of fixes) {
    const spans = fix.edits.map((edit) => ({ start: offsets.offsetAt(edit.range.start), end: offsets.offsetAt(edit.range.end), newText: edit.newText }));
    const clashes = spans.some((s) => taken.some((t) => (s.start < t.end && t.start < s.end) || s.start === t.start));
    if (clashes) continue;
    taken.push(...spans);
    applied++;
  }
  taken.sort((a, b) => b.start - a.start);
  let out = text;
  for (const span of taken) out = out.slice(0, span.start) + span.newText + out.slice(span.end);
  return { text: out, applied };
}

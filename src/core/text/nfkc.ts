/**
 * Unicode NFKC in bounded time. Normalisation puts each run of combining marks in canonical order,
 * and V8 does that by insertion: a run of n marks of mixed classes costs n² (80,000 marks after one
 * letter took 50 s in the own corpus). Unicode's stream-safe format (UAX #15) bounds a run at 30
 * marks; here the text is normalised in pieces cut after every 30 marks in a row, so no run reordered
 * is longer. Text with no such run (every real plan) is normalised whole, as before.
 */

const longMarkRun = /\p{M}{31}/u;
const thirtyMarks = /\p{M}{30}/gu;

export function nfkc(text: string): string {
  if (!longMarkRun.test(text)) return text.normalize('NFKC');
  let out = '';
  let from = 0;
  for (const match of text.matchAll(thirtyMarks)) {
    const end = match.index + match[0].length;
    out += text.slice(from, end).normalize('NFKC');
    from = end;
  }
  return out + text.slice(from).normalize('NFKC');
}

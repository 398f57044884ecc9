import { isHan } from './charClass';

/**
 * Removes pinyin glosses some sites add after a character: `發(fā)展` → `發展`. A gloss is a
 * parenthesised run of at most seven lower-case letters with at least one tone-marked vowel,
 * directly after a Han character; that keeps `(AI)`, `(FDA)`, `(R&D)` and `(一)`, which are
 * upper case, longer, or carry no tone mark.
 */

const toneMarked = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const letters = `abcdefghijklmnopqrstuvwxyzü${toneMarked}`;

/**
 * Copies the text between glosses in slices: copying it a character at a time made a string per
 * character of every page, though nearly no page has a gloss.
 */
export function removePinyinAnnotations(text: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const open = text.charCodeAt(i);
    if ((open !== 0x28 && open !== 0xff08) || !isHan(text[i - 1])) continue;
    const end = glossEnd(text, i + 1);
    if (end < 0) continue;
    out += text.slice(copied, i);
    copied = end;
    i = end - 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Index after the closing parenthesis when `text[from…]` is a gloss body, else -1. */
function glossEnd(text: string, from: number): number {
  let tone = false;
  let i = from;
  while (i < text.length && i - from <= 7 && letters.includes(text[i]!)) {
    if (toneMarked.includes(text[i]!)) tone = true;
    i++;
  }
  const close = text[i];
  return tone && i > from && (close === ')' || close === '）') ? i + 1 : -1;
}

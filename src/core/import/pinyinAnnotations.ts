import { isHan } from './charClass';

/**
 * Removes pinyin glosses some sites add after a character: `發(fā)展` → `發展`. A gloss is a
 * parenthesised run of at most seven lower-case letters with at least one tone-marked vowel,
 * directly after a Han character; that keeps `(AI)`, `(FDA)`, `(R&D)` and `(一)`, which are
 * upper case, longer, or carry no tone mark.
 */

const toneMarked = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const letters = `abcdefghijklmnopqrstuvwxyzü${toneMarked}`;

export function removePinyinAnnotations(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text[i];
    if ((open === '(' || open === '（') && isHan(text[i - 1])) {
      const end = glossEnd(text, i + 1);
      if (end > 0) {
        i = end;
        continue;
      }
    }
    out += text[i];
    i++;
  }
  return out;
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

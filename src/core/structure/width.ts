/**
 * Drafts mix full-width and half-width punctuation (`（责任单位：…）` next to `(责任单位:…)`, `１．`
 * next to `1.`). The scanners read a folded copy of each line in which full-width ASCII forms and the
 * ideographic space become their half-width equivalents. Folding maps one UTF-16 unit to one, so an
 * index into the folded line is the same column in the original line.
 */
const wideForm = /[\uff01-\uff5e\u3000\u00a0\u2000-\u200b\u202f\u205f\ufeff\ufe50-\ufe5a]/;
const wideForms = /[\uff01-\uff5e\u3000\u00a0\u2000-\u200b\u202f\u205f\ufeff\ufe50-\ufe5a]/g;
/** Small form variants as legal databases export item numbers (`1﹒`), from U+FE50 on. */
const smallForms = [',', '、', '.', undefined, ';', ':', '?', '!', undefined, '(', ')'];

/**
 * `（责任单位：A）` → `(责任单位:A)`; `１．` and `1﹒` → `1.`; the ideographic space, em and en spaces, the
 * no-break and zero-width spaces (pages indent with any of them) → space.
 */
export function foldWidth(text: string): string {
  if (!wideForm.test(text)) return text;
  return text.replace(wideForms, (char) => {
    const code = char.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
    if (code >= 0xfe50 && code <= 0xfe5a) return smallForms[code - 0xfe50] ?? char;
    return ' ';
  });
}

const blank = /^[\u3000\u00a0\u2000-\u200b\u202f\u205f\ufeff]$/;

/**
 * Whitespace as drafts write it: ASCII blanks and every space `foldWidth` folds, the byte-order
 * mark among them: it is zero-width wherever it sits (two files joined leave one mid-file, in
 * front of a heading that must still read as one).
 */
export function isBlank(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || (char !== undefined && blank.test(char));
}

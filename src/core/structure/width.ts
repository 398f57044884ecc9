/**
 * Drafts mix full-width and half-width punctuation (`（责任单位：…）` next to `(责任单位:…)`, `１．`
 * next to `1.`). The scanners read a folded copy of each line in which full-width ASCII forms and the
 * ideographic space become their half-width equivalents. Folding maps one UTF-16 unit to one, so an
 * index into the folded line is the same column in the original line.
 */
const wideForm = /[\uff01-\uff5e\u3000]/;
const wideForms = /[\uff01-\uff5e\u3000]/g;

/** `（责任单位：A）` → `(责任单位:A)`; `１．` → `1.`; ideographic space → space. */
export function foldWidth(text: string): string {
  if (!wideForm.test(text)) return text;
  return text.replace(wideForms, (char) => (char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0)));
}

/** Whitespace as drafts write it: ASCII blanks, the ideographic space, no-break space. */
export function isBlank(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\u3000' || char === '\u00a0';
}

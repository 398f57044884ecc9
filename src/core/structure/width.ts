/**
 * Drafts mix full-width and half-width punctuation (`（责任单位：…）` next to `(责任单位:…)`, `１．`
 * next to `1.`). The scanners read a folded copy of each line in which full-width ASCII forms and the
 * ideographic space become their half-width equivalents. Folding maps one UTF-16 unit to one, so an
 * index into the folded line is the same column in the original line.
 */
export function foldWidth(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) {
      out += String.fromCharCode(code - 0xfee0);
      changed = true;
    } else if (code === 0x3000) {
      out += ' ';
      changed = true;
    } else {
      out += text[i];
    }
  }
  return changed ? out : text;
}

/** Whitespace as drafts write it: ASCII blanks, the ideographic space, no-break space. */
export function isBlank(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\u3000' || char === '\u00a0';
}

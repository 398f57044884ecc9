/**
 * Makes any text inert in a Markdown hover: every ASCII punctuation character is
 * backslash-escaped (CommonMark allows that for all of them), so no `[`, `(`, `<`, `!`, `*`,
 * `` ` ``, `|` or `&` from the corpus can open a link, an image, a command URI, raw HTML, an
 * entity or a table cell; `:` and `.` are escaped too, so a bare `https://…` or `www.…` is not
 * auto-linked. Line breaks become spaces so the text cannot start a heading or a list.
 */
export function escapeMarkdown(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '\r' || char === '\n' || char === '\u2028' || char === '\u2029') out += ' ';
    else if (isAsciiPunctuation(code)) out += `\\${char}`;
    else if (code < 0x20 || code === 0x7f) out += ' ';
    else out += char;
  }
  return out;
}

function isAsciiPunctuation(code: number): boolean {
  return (code >= 0x21 && code <= 0x2f) || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e);
}

/**
 * A `command:` URI for a Markdown link. `encodeURIComponent` leaves `(` `)` `!` `'` `*` as they
 * are, and a `)` from a file name (`附件1)说明.md`) would end the link's destination early; they are
 * percent-encoded too, so the arguments arrive whole.
 */
export function commandUri(command: string, args: unknown): string {
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${command}?${encoded}`;
}

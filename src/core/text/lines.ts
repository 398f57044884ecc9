/**
 * Splits on LF, CRLF and lone CR, as editors count lines: the one line splitter of the core, so
 * the parser, suppression comments, the outline, corpus files and exports agree on line numbers
 * whatever the line endings (mixed included). `limit` stops after that many lines.
 */
export function splitLines(text: string, limit?: number): string[] {
  return text.split(/\r\n|\r|\n/, limit);
}

/** A file's text without the byte-order mark some editors write at its start. */
export function withoutBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

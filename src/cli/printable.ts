/**
 * Text from the user's files (names, clause text, titles) as a terminal may show it. A file can
 * hold anything: an escape sequence would recolour, clear or retitle the terminal (`ESC ] 0 ; … BEL`),
 * a direction override would reorder what is shown, and a line break inside a name would forge a
 * line of output that tools reading `file:line:col` trust. Each becomes a space; nothing else
 * changes, so Chinese text and emoji print as written. Every command prints file text through here.
 */

// C0 and C1 controls, DEL, bidirectional marks, embeddings, overrides and isolates, Unicode line and paragraph separators.
const unsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const unsafeButLineFeed = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** One line of output: every control character, line breaks included, becomes a space. */
export function printableLine(text: string): string {
  return text.replace(unsafe, ' ');
}

/** Text that may run over lines (a usage message, a clause shown under its heading): `\n` stays. */
export function printable(text: string): string {
  return text.replace(unsafeButLineFeed, ' ');
}

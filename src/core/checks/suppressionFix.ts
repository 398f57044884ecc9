import { escapeSnippet, type TextEdit } from './fix';
import type { CheckCode } from './finding';
import { insertion } from './fixes';
import { suppressionComment, type CommentStyle } from './suppression';
import { TextOffsets } from './textOffsets';

/**
 * Inserts a suppression comment on its own line above the finding's line, indented like it, in
 * the file's line-ending style.
 */
export function insertSuppression(text: string, line: number, code: CheckCode, style: CommentStyle): TextEdit {
  const offsets = TextOffsets.of(text);
  const indent = /^[ \t]*/.exec(offsets.line(line))?.[0] ?? '';
  const comment = `${indent}${suppressionComment(code, style)}${offsets.eol}`;
  return insertion(offsets, offsets.offsetAt({ line, column: 0 }), `${escapeSnippet(comment)}$0`);
}

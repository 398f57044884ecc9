import type { Range as LspRange } from 'vscode-languageserver';
import type { Range } from '../core/model';

/** The core counts columns, the protocol characters: both in UTF-16 units from 0. */
export function toLspRange(range: Range): LspRange {
  return { start: { line: range.start.line, character: range.start.column }, end: { line: range.end.line, character: range.end.column } };
}

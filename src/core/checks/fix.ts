import type { Range } from '../model';

/**
 * Quick fixes as plain data: text edits any caller can apply (the editor's code actions, the
 * language server, `policy-draft lint --fix`). The adapters title a fix from its `kind` and `label`.
 */
export interface TextEdit {
  /** The text replaced (start = end for an insertion). */
  range: Range;
  newText: string;
  /** `newText` with tab stops (`$0`, `${1:默认}`), for `SnippetString`. */
  snippet: string;
  /**
   * Offset into `newText` of the first tab stop: where the cursor goes when the edit is applied as
   * plain text and the selection set afterwards.
   */
  cursor: number;
}

export type FixKind =
  /** Insert `（责任单位：…）`; `label` names the units, empty for the bare annotation. */
  | 'insert-unit'
  /** Insert a quantity form with a placeholder number; `label` is the text inserted (`，达到N个以上`). */
  | 'insert-quantity'
  /**
   * Write a placeholder amount for a vague one; `label` is the vague word (一批, 若干), the edit what
   * replaces it (`N家`), `context` the words it counts where the statement holds several.
   */
  | 'replace-vague-amount'
  /** Renumber a run of siblings; `label` is the corrected marker. */
  | 'renumber'
  /** Write a marker in the national standard's form; `label` is that form. */
  | 'standard-form'
  /** Replace an outdated body name; `label` is the current name. */
  | 'rename';

export interface Fix {
  kind: FixKind;
  label: string;
  /** Non-overlapping edits, applied together (undone in one step). */
  edits: TextEdit[];
  /**
   * Safe to apply unattended: `policy-draft lint --fix` applies it. A finding offering two
   * alternatives (two current names) has none safe.
   */
  safe: boolean;
  preferred?: boolean;
  /**
   * The words after the edit, where one finding offers several fixes of a kind (`龙头企业` after
   * 一批, `创新平台` after 若干): the title names them, so the fixes can be told apart.
   */
  context?: string;
  /** The same fix of every finding of this code can be applied together ("fix all in this file"). */
  combinable?: boolean;
}

export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** Replaces a range with plain text (the cursor ends after it). */
export function replacement(range: Range, newText: string): TextEdit {
  return { range, newText, snippet: escapeSnippet(newText), cursor: newText.length };
}

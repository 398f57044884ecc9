import type { Range } from '../model';

/** The rule ids of the drafting checks; also the diagnostic `code` in the editor. */
export type CheckCode = 'missing-responsible-unit' | 'unquantified-target';

/** One problem a check found in a draft; the adapters add severity and presentation. */
export interface Finding {
  code: CheckCode;
  /** Chinese message naming what is missing; the CLI and the editor print the same text. */
  message: string;
  /** The first line of the clause or target statement the finding is about. */
  range: Range;
  /** The clause or statement text, for quick fixes that look up precedents. */
  subject: string;
  /**
   * The whole clause or statement the finding is about (all its lines), e.g. for inserting
   * `（责任单位：）` at the clause's end.
   */
  clauseRange?: Range;
}

import type { Range } from '../model';
import type { Fix } from './fix';
import type { MessageText } from './messages';
import type { CheckCode } from './registry';

export type { CheckCode } from './registry';

/** One problem a rule found in a draft; the registry stamps the rule's code on it. */
export interface RuleFinding {
  /** Chinese message naming what is wrong; the CLI prints it, an editor in Chinese shows it. */
  message: string;
  /** The message as data, for an editor that shows it in its own language (see `messages.ts`). */
  text?: MessageText;
  /** Where the problem is: the clause's first line, the marker, the name, the year. */
  range: Range;
  /** The clause or statement text, for quick fixes that look up precedents. */
  subject: string;
  /**
   * The whole clause or statement the finding is about (all its lines), e.g. for inserting
   * `（责任单位：）` at the clause's end.
   */
  clauseRange?: Range;
  /** Fixes the rule computed with the finding (plain text edits); more may come from `Rule.fixes`. */
  fixes?: Fix[];
}

/** One problem a check found in a draft; the adapters add severity and presentation. */
export interface Finding extends RuleFinding {
  code: CheckCode;
}

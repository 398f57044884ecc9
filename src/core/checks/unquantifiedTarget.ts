import type { Finding } from './finding';
import { unquantifiedTargetMessage } from './messages';
import type { Rule } from './rule';

/**
 * `unquantified-target`: a target statement with no measurable quantity. One finding per
 * statement, on the line where it starts (the range covers the statement on that line).
 */
export const unquantifiedTarget: Rule = {
  code: 'unquantified-target',
  check(analysis) {
    return analysis.targets
      .filter(({ target }) => target.quantities.length === 0)
      .map(({ target }): Finding => ({
        code: 'unquantified-target',
        message: unquantifiedTargetMessage(target.text),
        range: target.range,
        subject: target.text,
        clauseRange: target.range,
      }));
  },
};

import type { RuleFinding } from './finding';
import { findingExtent, insertTargetPlaceholder, replaceVagueAmount } from './fixes';
import { quote, said } from './messages';
import { defineRule } from './rule';

/**
 * `unquantified-target`: a target statement with no measurable quantity. One finding per
 * statement, on the line where it starts (the range covers the statement on that line).
 */
export const unquantifiedTarget = defineRule({
  code: 'unquantified-target',
  setting: 'checks.unquantifiedTarget',
  defaultSeverity: 'warning',
  check(analysis) {
    return analysis.targets
      .filter(({ target }) => target.quantities.length === 0)
      .map(({ target }): RuleFinding => ({
        ...said('unquantifiedTarget', quote(target.text)),
        range: target.range,
        subject: target.text,
        clauseRange: target.range,
      }));
  },
  fixes(text, finding) {
    const extent = findingExtent(text, finding);
    const vague = replaceVagueAmount(text, extent);
    if (vague) return [{ kind: 'replace-vague-amount', label: vague.word, edits: [vague.edit], safe: false, preferred: true }];
    const edit = insertTargetPlaceholder(text, extent);
    return [{ kind: 'insert-quantity', label: edit.newText, edits: [edit], safe: false, preferred: true }];
  },
});

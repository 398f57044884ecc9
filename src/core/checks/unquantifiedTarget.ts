import type { Fix } from './fix';
import type { RuleFinding } from './finding';
import { findingExtent, insertTargetPlaceholder, replaceVagueAmounts } from './fixes';
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
    // A vague amount is where the number belongs. With several, each is a fix, none the one answer,
    // and each title names the words its amount counts.
    const vague = replaceVagueAmounts(text, extent);
    if (vague.length > 0)
      return vague.map(({ word, edit, counted }): Fix => {
        const fix: Fix = { kind: 'replace-vague-amount', label: word, edits: [edit], safe: false, preferred: vague.length === 1 };
        if (vague.length > 1) fix.context = shortened(counted);
        return fix;
      });
    const edit = insertTargetPlaceholder(text, extent);
    return [{ kind: 'insert-quantity', label: edit.newText, edits: [edit], safe: false, preferred: true }];
  },
});

/** Enough of the words a vague amount counts to tell it from another in a menu title. */
function shortened(counted: string): string {
  const chars = [...counted];
  return chars.length <= 8 ? counted : `${chars.slice(0, 7).join('')}…`;
}

import type { Fix } from '../core/checks/fix';
import { format, type Messages } from './messages';

/**
 * The title of a core fix: in the editor's language for a quick fix, in English for
 * `policy-draft lint --json`. A fix that inserts text names exactly what it inserts.
 */
export function fixTitle(messages: Messages, fix: Fix): string {
  switch (fix.kind) {
    case 'insert-unit':
      return fix.label === '' ? messages.fixUnit : format(messages.fixOwnUnit, fix.label);
    case 'insert-quantity':
      return format(messages.fixTargetPlaceholder, fix.label);
    case 'replace-vague-amount':
      return format(fix.context === undefined ? messages.fixVagueAmount : messages.fixVagueAmountIn, fix.edits[0]?.newText ?? '', fix.label, fix.context ?? '');
    case 'renumber':
      return format(messages.fixRenumber, fix.label);
    case 'standard-form':
      return format(messages.fixStandardForm, fix.label);
    case 'rename':
      return format(messages.fixRename, fix.label);
  }
}

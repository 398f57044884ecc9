import * as vscode from 'vscode';
import type { CheckCode, Finding } from '../core/checks/finding';
import { findingExtent, insertSuppression, insertTargetPlaceholder, insertUnitAnnotation, type TextEdit } from '../core/checks/fixes';
import { lintDraft } from '../core/checks/lintDraft';
import { quantitySuggestions, unitSuggestions, type Precedent } from '../core/checks/precedentSuggestions';
import { diagnosticSource, publishedFindings } from './diagnostics';
import type { Feature } from './feature';
import { readSettings } from './settings';

/** The closest corpus precedents of a clause, best first; absent while the corpus is not loaded. */
export type PrecedentLookup = (text: string, limit: number) => Precedent[];

const ourCodes = new Set<string>(['missing-responsible-unit', 'unquantified-target']);

/**
 * Between an edit and its re-check the published findings are outdated; a draft this short (tens of
 * milliseconds) is checked on the spot, a longer one offers only the suppression fix until then.
 */
const inlineLimit = 100_000;

/** How many precedents are consulted for one fix. */
const precedentPool = 5;

function toRange(edit: TextEdit): vscode.Range {
  const { start, end } = edit.range;
  return new vscode.Range(start.line, start.column, end.line, end.column);
}

/** A quick fix applying one core edit; as a snippet edit, so the cursor lands where the drafter types. */
function fix(title: string, document: vscode.TextDocument, edit: TextEdit, diagnostic: vscode.Diagnostic, preferred = false): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = preferred;
  action.edit = new vscode.WorkspaceEdit();
  action.edit.set(document.uri, [vscode.SnippetTextEdit.replace(toRange(edit), new vscode.SnippetString(edit.snippet))]);
  return action;
}

function codeOf(diagnostic: vscode.Diagnostic): CheckCode | undefined {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return diagnostic.source === diagnosticSource && typeof code === 'string' && ourCodes.has(code) ? (code as CheckCode) : undefined;
}

/**
 * Quick fixes found through the diagnostic's code (the rule id): for a task clause, insert
 * `（责任单位：）` with the cursor inside (preferred) or the units the closest precedents assign;
 * for a target, a quantity placeholder modelled on a precedent; for both, a suppression comment.
 */
export class DraftCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly precedents: () => PrecedentLookup | undefined) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const diagnostics = context.diagnostics.filter((d) => codeOf(d) !== undefined);
    if (diagnostics.length === 0) return [];
    const text = document.getText();
    const findings = publishedFindings(document) ?? (text.length <= inlineLimit ? lintDraft(text, readSettings(document.uri)).findings : []);
    const style = document.languageId === 'markdown' ? 'markdown' : 'plaintext';
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of diagnostics) {
      const code = codeOf(diagnostic)!;
      const line = diagnostic.range.start.line;
      const finding = findings.find((f) => f.code === code && f.range.start.line === line);
      if (finding) actions.push(...this.fixesFor(document, text, finding, diagnostic));
      actions.push(
        fix(
          vscode.l10n.t('Accept this finding here (insert a suppression comment)'),
          document,
          insertSuppression(text, line, code, style),
          diagnostic,
        ),
      );
    }
    return actions;
  }

  private fixesFor(document: vscode.TextDocument, text: string, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    const extent = findingExtent(text, finding);
    const precedents = this.precedents()?.(finding.subject, precedentPool) ?? [];
    if (finding.code === 'missing-responsible-unit') {
      return [
        fix(vscode.l10n.t('Insert （责任单位：） to name the responsible unit'), document, insertUnitAnnotation(text, extent), diagnostic, true),
        ...unitSuggestions(precedents).map((s) =>
          fix(
            vscode.l10n.t('Insert the units a precedent assigns: {0} (as in {1})', s.units.join('、'), s.source),
            document,
            insertUnitAnnotation(text, extent, s.units),
            diagnostic,
          ),
        ),
      ];
    }
    const suggestions = quantitySuggestions(precedents);
    if (suggestions.length === 0) {
      return [fix(vscode.l10n.t('Insert a quantity placeholder to complete'), document, insertTargetPlaceholder(text, extent), diagnostic, true)];
    }
    return suggestions.map((s, i) =>
      fix(
        vscode.l10n.t('Quantify as a precedent did: {0} (as in {1})', s.quantity.raw, s.source),
        document,
        insertTargetPlaceholder(text, extent, s),
        diagnostic,
        i === 0,
      ),
    );
  }
}

/**
 * Registers the quick fixes for every editable document: the provider answers only for our own
 * diagnostics, which exist only in the languages the settings name (a setting changed later then
 * needs no re-registration). `precedents` may be filled in once the corpus has loaded.
 */
export function codeActionsFeature(precedents: () => PrecedentLookup | undefined): Feature {
  return (context) => {
    context.subscriptions.push(
      vscode.languages.registerCodeActionsProvider(
        [{ scheme: 'file' }, { scheme: 'untitled' }],
        new DraftCodeActions(precedents),
        DraftCodeActions.metadata,
      ),
    );
  };
}

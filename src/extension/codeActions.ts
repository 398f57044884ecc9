import * as vscode from 'vscode';
import type { Fix, TextEdit } from '../core/checks/fix';
import type { CheckCode, Finding } from '../core/checks/finding';
import { findingExtent, insertTargetPlaceholder, insertUnitAnnotation } from '../core/checks/fixes';
import { lintDraft } from '../core/checks/lintDraft';
import { quantitySuggestions, unitSuggestions, type Precedent } from '../core/checks/precedentSuggestions';
import { fixesOf, isCheckCode } from '../core/checks/registry';
import { insertSuppression } from '../core/checks/suppressionFix';
import { diagnosticSource, publishedFindings } from './diagnostics';
import type { Feature } from './feature';
import { readSettings } from './settings';

/** The closest corpus precedents of a clause, best first; absent while the corpus is not loaded. */
export type PrecedentLookup = (text: string, limit: number) => Precedent[];

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

/**
 * A quick fix applying core edits in one workspace edit (undone in one step). A single edit goes in
 * as a snippet, so the cursor lands where the drafter types; several go in as plain text.
 */
function action(title: string, document: vscode.TextDocument, edits: readonly TextEdit[], diagnostics: vscode.Diagnostic[], preferred = false): vscode.CodeAction {
  const result = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  result.diagnostics = diagnostics;
  result.isPreferred = preferred;
  result.edit = new vscode.WorkspaceEdit();
  const [only] = edits;
  if (edits.length === 1 && only) result.edit.set(document.uri, [vscode.SnippetTextEdit.replace(toRange(only), new vscode.SnippetString(only.snippet))]);
  else result.edit.set(document.uri, edits.map((edit) => vscode.TextEdit.replace(toRange(edit), edit.newText)));
  return result;
}

/** The title of a core fix, in the editor's language. */
function titleOf(fix: Fix): string {
  switch (fix.kind) {
    case 'insert-unit':
      return vscode.l10n.t('Insert （责任单位：） to name the responsible unit');
    case 'insert-quantity':
      return vscode.l10n.t('Insert a quantity placeholder to complete');
    case 'renumber':
      return vscode.l10n.t('Renumber from here: {0}', fix.label);
    case 'standard-form':
      return vscode.l10n.t('Write the standard marker {0}', fix.label);
    case 'rename':
      return vscode.l10n.t('Replace with the current name {0}', fix.label);
  }
}

/** The title of a fix applied to every finding of its code in the file. */
function allTitleOf(fix: Fix): string {
  return fix.kind === 'standard-form' ? vscode.l10n.t('Write every marker in this file in the standard form') : vscode.l10n.t('Fix every finding like this one in this file');
}

function codeOf(diagnostic: vscode.Diagnostic): CheckCode | undefined {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return diagnostic.source === diagnosticSource && typeof code === 'string' && isCheckCode(code) ? code : undefined;
}

/**
 * Quick fixes found through the diagnostic's code (the rule id): the fixes the check's registry entry
 * gives as data, with precedent-based alternatives for the two core checks (the units the closest
 * precedents assign, a quantity modelled on a precedent), "fix all in this file" where a fix can be
 * combined, and a suppression comment for every finding.
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
      const start = diagnostic.range.start;
      // Several findings of one code may share a line (two markers, two names): the column tells them apart.
      const onLine = findings.filter((f) => f.code === code && f.range.start.line === start.line);
      const finding = onLine.find((f) => f.range.start.column === start.character) ?? onLine[0];
      if (finding) actions.push(...this.fixesFor(document, text, finding, findings, diagnostic));
      actions.push(
        action(
          vscode.l10n.t('Accept this finding here (insert a suppression comment)'),
          document,
          [insertSuppression(text, start.line, code, style)],
          [diagnostic],
        ),
      );
    }
    return actions;
  }

  private fixesFor(document: vscode.TextDocument, text: string, finding: Finding, all: readonly Finding[], diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    const fixes = fixesOf(text, finding);
    if (finding.code === 'missing-responsible-unit') {
      const extent = findingExtent(text, finding);
      const precedents = this.precedents()?.(finding.subject, precedentPool) ?? [];
      return [
        ...fixes.map((f) => action(titleOf(f), document, f.edits, [diagnostic], f.preferred)),
        ...unitSuggestions(precedents).map((s) =>
          action(
            vscode.l10n.t('Insert the units a precedent assigns: {0} (as in {1})', s.units.join('、'), s.source),
            document,
            [insertUnitAnnotation(text, extent, s.units)],
            [diagnostic],
          ),
        ),
      ];
    }
    if (finding.code === 'unquantified-target') {
      const extent = findingExtent(text, finding);
      const suggestions = quantitySuggestions(this.precedents()?.(finding.subject, precedentPool) ?? []);
      // A precedent's quantity replaces the bare placeholder: it is the same edit, better filled.
      if (suggestions.length > 0) {
        return suggestions.map((s, i) =>
          action(vscode.l10n.t('Quantify as a precedent did: {0} (as in {1})', s.quantity.raw, s.source), document, [insertTargetPlaceholder(text, extent, s)], [diagnostic], i === 0),
        );
      }
    }
    const actions = fixes.map((f) => action(titleOf(f), document, f.edits, [diagnostic], f.preferred));
    const combinable = fixes.find((f) => f.combinable);
    if (combinable) {
      const same = all.flatMap((f) => (f.code === finding.code ? (f.fixes ?? []).filter((g) => g.combinable && g.kind === combinable.kind).slice(0, 1) : []));
      if (same.length > 1) actions.push(action(allTitleOf(combinable), document, same.flatMap((f) => f.edits), [diagnostic]));
    }
    return actions;
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

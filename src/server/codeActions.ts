import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Fix, TextEdit } from '../core/checks/fix';
import type { Finding } from '../core/checks/finding';
import { findingExtent, insertTargetPlaceholder, insertUnitAnnotation } from '../core/checks/fixes';
import { quantitySuggestions, unitSuggestions } from '../core/checks/precedentSuggestions';
import { defaultFloor } from '../core/precedents/confidence';
import { fixesOf, isCheckCode, type CheckCode } from '../core/checks/registry';
import { phraseQuantityForm } from '../core/targets/ownQuantityForm';
import { draftUnitContext, unitsForDraft } from '../core/units/draftPlace';
import { insertSuppression } from '../core/checks/suppressionFix';
import { isWebPage } from '../core/text/webPage';
import { fixTitle as titleOf } from './fixTitles';
import { format, type Messages } from './messages';
import { toLspRange } from './ranges';
import { diagnosticSource, isDraft, type ServerContext } from './serverContext';

/** How many precedents are consulted for one fix. */
const precedentPool = 5;

/**
 * What the extension needs to apply a one-edit fix as a snippet (the cursor lands where the
 * drafter types); other editors apply the plain edit.
 */
export interface SnippetData {
  snippet: { range: ReturnType<typeof toLspRange>; snippet: string };
}

function codeOf(diagnostic: Diagnostic): CheckCode | undefined {
  const { code } = diagnostic;
  return diagnostic.source === diagnosticSource && typeof code === 'string' && isCheckCode(code) ? code : undefined;
}

/** A quick fix applying core edits in one workspace edit (undone in one step). */
function action(title: string, document: TextDocument, edits: readonly TextEdit[], diagnostic: Diagnostic, preferred = false): CodeAction {
  const result: CodeAction = {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: preferred,
    edit: { changes: { [document.uri]: edits.map((edit) => ({ range: toLspRange(edit.range), newText: edit.newText })) } },
  };
  const [only] = edits;
  if (edits.length === 1 && only) result.data = { snippet: { range: toLspRange(only.range), snippet: only.snippet } } satisfies SnippetData;
  return result;
}

/** The title of a fix applied to every finding of its code in the file. */
function allTitleOf(messages: Messages, fix: Fix): string {
  return fix.kind === 'standard-form' ? messages.fixAllMarkers : messages.fixAll;
}

/**
 * Quick fixes found through the diagnostic's code (the rule id): the fixes the check's registry
 * entry gives as data, with precedent-based alternatives for the two core checks (the units the
 * closest precedents assign, a quantity modelled on a precedent), "fix all in this file" where a fix
 * can be combined, and a suppression comment for every finding. The finding is looked up in the
 * version's analysis, never re-checked here.
 */
export function codeActions(context: ServerContext): void {
  const { connection, documents, analyses, corpus, messages } = context;

  const fixesFor = async (document: TextDocument, text: string, finding: Finding, all: readonly Finding[], diagnostic: Diagnostic): Promise<CodeAction[]> => {
    const fixes = fixesOf(text, finding);
    if (finding.code === 'missing-responsible-unit') {
      const extent = findingExtent(text, finding);
      const precedents = await corpus.precedents(finding.subject, precedentPool);
      // A precedent's units in the draft's terms: its level's prefix, no other place's own bodies.
      const { place } = draftUnitContext(text);
      const offered = new Set(fixes.map((f) => f.label));
      const adapted = unitSuggestions(precedents, finding.subject, defaultFloor)
        .map((s) => ({ ...s, units: unitsForDraft([], s.units, place) }))
        .filter((s) => s.units.length > 0 && !offered.has(s.units.join('、')));
      return [
        ...fixes.map((f) => action(titleOf(messages, f), document, f.edits, diagnostic, f.preferred)),
        ...adapted.map((s) => action(format(messages.fixPrecedentUnits, s.units.join('、'), s.source), document, [insertUnitAnnotation(text, extent, s.units)], diagnostic)),
      ];
    }
    if (finding.code === 'unquantified-target') {
      const extent = findingExtent(text, finding);
      // Only the form of a precedent's quantity (its measure word, 以上): each distinct form once.
      // Where the statement states its amount as 一批 (`培育N家…企业`), or its last phrase names its
      // own form by its words (`，达到N亿元` after 产业规模…), that fix comes first and is preferred,
      // named after a precedent that used it where one did: a precedent's 个以上 must not be the
      // default for a scale. Several vague amounts come first too, each its own fix, and then no fix
      // is preferred: none is the one answer. The title shows exactly what is inserted.
      const vague = fixes.filter((f) => f.kind === 'replace-vague-amount');
      const own = vague.length === 1 ? vague[0] : vague.length === 0 && phraseQuantityForm(finding.subject) ? fixes.find((f) => f.kind === 'insert-quantity') : undefined;
      const ownText = own?.edits[0]?.newText;
      const forms = new Map<string, { edit: TextEdit; source: string }>();
      for (const s of quantitySuggestions(await corpus.precedents(finding.subject, precedentPool), 3)) {
        const edit = insertTargetPlaceholder(text, extent, s);
        if (!forms.has(edit.newText)) forms.set(edit.newText, { edit, source: s.source });
      }
      if (forms.size > 0) {
        const lent = ownText === undefined ? undefined : forms.get(ownText);
        const first = lent
          ? action(format(messages.fixPrecedentQuantity, lent.edit.newText, lent.source), document, [lent.edit], diagnostic, true)
          : own && action(titleOf(messages, own), document, own.edits, diagnostic, true);
        const several = vague.length > 1 ? vague.map((f) => action(titleOf(messages, f), document, f.edits, diagnostic)) : [];
        const others = [...forms.values()]
          .filter((f) => f !== lent)
          .map((f, i) => action(format(messages.fixPrecedentQuantity, f.edit.newText, f.source), document, [f.edit], diagnostic, !first && vague.length === 0 && i === 0));
        return [...(first ? [first] : []), ...several, ...others];
      }
    }
    const actions = fixes.map((f) => action(titleOf(messages, f), document, f.edits, diagnostic, f.preferred));
    const combinable = fixes.find((f) => f.combinable);
    if (combinable) {
      const same = all.flatMap((f) => (f.code === finding.code ? (f.fixes ?? []).filter((g) => g.combinable && g.kind === combinable.kind).slice(0, 1) : []));
      if (same.length > 1)
        actions.push(
          action(
            allTitleOf(messages, combinable),
            document,
            same.flatMap((f) => f.edits),
            diagnostic,
          ),
        );
    }
    return actions;
  };

  connection.onCodeAction(async ({ textDocument, context: { diagnostics } }) => {
    const document = documents.get(textDocument.uri);
    const ours = diagnostics.filter((d) => codeOf(d) !== undefined);
    if (!document || ours.length === 0) return [];
    const text = document.getText();
    const state = await analyses.of(document);
    if (!isDraft(document, state.settings)) return [];
    const current = state.version === document.version && document.getText() === text ? state.analysis : undefined;
    // A web page is checked on its text, but every edit would land in its markup: no quick fixes.
    // The analysis of this version knows; only without one is the text looked at again.
    if (current ? current.webPage : isWebPage(text)) return [];
    // Between an edit and its re-check the diagnostics may be a version behind: fixes only for this one.
    const findings = current?.findings ?? [];
    const style = document.languageId === 'markdown' ? 'markdown' : 'plaintext';
    const actions: CodeAction[] = [];
    for (const diagnostic of ours) {
      const code = codeOf(diagnostic)!;
      const start = diagnostic.range.start;
      // Several findings of one code may share a line (two markers, two names): the column tells them apart.
      const onLine = findings.filter((f) => f.code === code && f.range.start.line === start.line);
      const finding = onLine.find((f) => f.range.start.column === start.character) ?? onLine[0];
      if (finding) actions.push(...(await fixesFor(document, text, finding, findings, diagnostic)));
      // Named by its code: two findings on one line would otherwise offer two fixes of one title.
      actions.push(action(format(messages.fixSuppress, code), document, [insertSuppression(text, start.line, code, style)], diagnostic));
    }
    return actions;
  });
}

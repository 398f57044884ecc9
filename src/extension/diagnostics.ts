import * as vscode from 'vscode';
import { classifyDraftText } from '../core/checks/draftInput';
import type { Finding } from '../core/checks/finding';
import { ruleOf, severityKey, type Severity } from '../core/checks/registry';
import type { SuppressionProblem } from '../core/checks/suppression';
import type { Settings } from '../core/settings';
import { sharedAnalysisClient } from './analysisClient';
import type { Feature } from './feature';
import { readSettings } from './settings';
import { SkippedNotice } from './skippedNotice';

/** Shown as the origin of every diagnostic in the Problems panel. */
export const diagnosticSource = '政策起草助手';
/** The code of a diagnostic on a suppression comment (not a check of its own: it has no fixes). */
export const suppressionProblemCode = 'suppression-comment';

/** Typing pauses shorter than this do not start a check. */
const debounceMs = 300;

/** Schemes of documents a drafter edits; output panes, diffs of git objects and the like are not drafts. */
const draftSchemes = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);

const severities: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The findings behind the diagnostics last published, per document; code actions read them. */
const published = new Map<string, { version: number; findings: Finding[] }>();

/** The findings of the document's current version, if its diagnostics are up to date. */
export function publishedFindings(document: vscode.TextDocument): Finding[] | undefined {
  const entry = published.get(document.uri.toString());
  return entry?.version === document.version ? entry.findings : undefined;
}

export function toDiagnostic(finding: Finding, severity: vscode.DiagnosticSeverity): vscode.Diagnostic {
  const { start, end } = finding.range;
  const diagnostic = new vscode.Diagnostic(new vscode.Range(start.line, start.column, end.line, end.column), finding.message, severity);
  diagnostic.code = finding.code;
  diagnostic.source = diagnosticSource;
  return diagnostic;
}

/** A slip in a suppression comment, on its line: a misspelt code would otherwise silence nothing, unseen. */
function suppressionDiagnostic(document: vscode.TextDocument, problem: SuppressionProblem): vscode.Diagnostic {
  const message =
    problem.kind === 'unknown-code'
      ? vscode.l10n.t("Unknown check code '{0}' in this suppression comment: it silences nothing", problem.code)
      : vscode.l10n.t('policy-draft-enable without a policy-draft-disable before it');
  const diagnostic = new vscode.Diagnostic(document.lineAt(problem.line).range, message, vscode.DiagnosticSeverity.Warning);
  diagnostic.code = suppressionProblemCode;
  diagnostic.source = diagnosticSource;
  return diagnostic;
}

/** Whether a document is one our settings ask us to check. */
export function isDraft(document: vscode.TextDocument, settings: Settings): boolean {
  return draftSchemes.has(document.uri.scheme) && settings.languages.includes(document.languageId);
}

/**
 * The drafting checks as diagnostics: each document is checked after a pause in typing (never on
 * the keystroke itself) in a worker thread (a long draft never stalls the extension host), a newer
 * edit cancels a pending check, a result for an outdated version is dropped, and a closed
 * document's diagnostics go with it.
 */
export const diagnostics: Feature = (context) => {
  const collection = vscode.languages.createDiagnosticCollection('policyDraft');
  const notice = new SkippedNotice();
  const client = sharedAnalysisClient(context.subscriptions);
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const failed = new Set<string>();

  const forget = (uri: vscode.Uri): void => {
    collection.delete(uri);
    published.delete(uri.toString());
  };

  const cancel = (uri: vscode.Uri): void => {
    const key = uri.toString();
    clearTimeout(pending.get(key));
    pending.delete(key);
  };

  const check = async (document: vscode.TextDocument, version: number): Promise<void> => {
    if (document.isClosed || document.version !== version) return;
    const settings = readSettings(document.uri);
    if (!isDraft(document, settings)) {
      forget(document.uri);
      notice.clear(document.uri);
      return;
    }
    const input = classifyDraftText(document.getText(), settings.maxFileSizeKB);
    if (input.kind === 'oversized' || input.kind === 'binary') {
      forget(document.uri);
      notice.skip(document, input);
      return;
    }
    notice.clear(document.uri);
    if (input.kind === 'empty') {
      forget(document.uri);
      return;
    }
    try {
      const { findings, problems } = await client.run('lint', { text: input.text, settings });
      if (document.isClosed || document.version !== version) return;
      published.set(document.uri.toString(), { version, findings });
      collection.set(document.uri, [
        ...findings.map((f) => toDiagnostic(f, severities[settings[severityKey(ruleOf(f.code).setting)]])),
        ...problems.map((problem) => suppressionDiagnostic(document, problem)),
      ]);
    } catch (error) {
      // A checker bug must not take the editor down; say it once per document, keep the old result out.
      forget(document.uri);
      const key = document.uri.toString();
      if (failed.has(key)) return;
      failed.add(key);
      const message = error instanceof Error ? error.message : String(error);
      void vscode.window.showWarningMessage(vscode.l10n.t('Drafting checks failed on {0}: {1}', vscode.workspace.asRelativePath(document.uri), message));
    }
  };

  const schedule = (document: vscode.TextDocument, delay: number): void => {
    cancel(document.uri);
    const version = document.version;
    pending.set(
      document.uri.toString(),
      setTimeout(() => {
        pending.delete(document.uri.toString());
        void check(document, version);
      }, delay),
    );
  };

  const recheckAll = (): void => {
    for (const document of vscode.workspace.textDocuments) schedule(document, 0);
  };

  context.subscriptions.push(
    collection,
    notice,
    vscode.workspace.onDidOpenTextDocument((document) => schedule(document, 0)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) schedule(event.document, debounceMs);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      cancel(document.uri);
      forget(document.uri);
      notice.clear(document.uri, true);
      failed.delete(document.uri.toString());
      // An untitled name is reused at once: a new document may already be open under this URI.
      const successor = vscode.workspace.textDocuments.find((d) => d !== document && !d.isClosed && d.uri.toString() === document.uri.toString());
      if (successor) schedule(successor, 0);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('policyDraft')) recheckAll();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => notice.refresh()),
    { dispose: () => pending.forEach((timer) => clearTimeout(timer)) },
  );
  recheckAll();
};

import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PartialCheck } from '../core/analysis/analysisBudget';
import type { DraftAnalysis } from '../core/analysis/draftAnalysis';
import type { Finding } from '../core/checks/finding';
import { checkTemplates, formatMessage, type MessageId } from '../core/checks/messages';
import { ruleOf, severityKey, type Severity } from '../core/checks/registry';
import type { SuppressionProblem } from '../core/checks/suppression';
import type { Settings } from '../core/config/settings';
import { format } from './messages';
import { skippedNotification, type SkippedParams } from './protocol';
import { toLspRange } from './ranges';
import { diagnosticSource, fileNameOf, isDraft, partlyCheckedCode, suppressionProblemCode, type ServerContext } from './serverContext';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * An edit after a pause is checked at once; edits that follow each other closer than this (typing
 * a word) are checked once the burst stops, so a fast typist does not pay an analysis per key.
 */
export const burstMs = 150;

/**
 * A finding as a diagnostic, its message in the editor's language where the editor sent the checks'
 * templates (`checkMessages`), else the core's Chinese.
 */
export function toDiagnostic(finding: Finding, severity: Severity, templates?: Partial<Record<MessageId, string>>): Diagnostic {
  const message = finding.text && templates ? formatMessage(finding.text, (id) => templates[id] ?? checkTemplates[id].zh) : finding.message;
  return { range: toLspRange(finding.range), message, severity: severities[severity], code: finding.code, source: diagnosticSource };
}

/** A slip in a suppression comment, on its line: a misspelt code would otherwise silence nothing, unseen. */
function suppressionDiagnostic(context: ServerContext, analysis: DraftAnalysis, problem: SuppressionProblem): Diagnostic {
  const message = problem.kind === 'unknown-code' ? format(context.messages.suppressionUnknownCode, problem.code) : context.messages.suppressionUnmatchedEnable;
  const length = analysis.lines[problem.line]?.length ?? 0;
  return {
    range: { start: { line: problem.line, character: 0 }, end: { line: problem.line, character: length } },
    message,
    severity: DiagnosticSeverity.Warning,
    code: suppressionProblemCode,
    source: diagnosticSource,
  };
}

/**
 * The checks stopped at their time budget: said once, on the first line, so the drafter knows that
 * the findings shown are not all there are.
 */
function partlyCheckedDiagnostic(context: ServerContext, analysis: DraftAnalysis, partial: PartialCheck): Diagnostic {
  const seconds = Math.round(partial.budgetMs / 100) / 10;
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: analysis.lines[0]?.length ?? 0 } },
    message: format(context.messages.partlyChecked, seconds, partial.skipped.join(', ')),
    severity: DiagnosticSeverity.Information,
    code: partlyCheckedCode,
    source: diagnosticSource,
  };
}

/** The diagnostics of one analysed draft, as published. */
export function diagnosticsOf(context: ServerContext, analysis: DraftAnalysis, settings: Settings): Diagnostic[] {
  return [
    ...(analysis.partial ? [partlyCheckedDiagnostic(context, analysis, analysis.partial)] : []),
    ...analysis.findings.map((finding) => toDiagnostic(finding, settings[severityKey(ruleOf(finding.code).setting)], context.options.checkMessages)),
    ...analysis.problems.map((problem) => suppressionDiagnostic(context, analysis, problem)),
  ];
}

/**
 * The drafting checks as published diagnostics: each document is checked when opened and after a
 * short pause in typing, a newer edit replaces a pending check, a result for an outdated version
 * is dropped, and a closed document's diagnostics go with it. A document that is not checked (too
 * large, not text) is named to the editor, which tells the drafter.
 */
export function diagnostics(context: ServerContext): { recheckAll(): void } {
  const { connection, documents, analyses, settings } = context;
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const failed = new Set<string>();
  const skipped = new Map<string, string>();

  const tellSkipped = (uri: string, value: SkippedParams['skipped']): void => {
    const key = JSON.stringify(value);
    if ((skipped.get(uri) ?? 'null') === key) return;
    if (value === null) skipped.delete(uri);
    else skipped.set(uri, key);
    void connection.sendNotification(skippedNotification, { uri, skipped: value } satisfies SkippedParams);
  };

  const publish = async (uri: string): Promise<void> => {
    const document = documents.get(uri);
    if (!document) return;
    try {
      const documentSettings = await settings.of(uri);
      if (!isDraft(document, documentSettings)) {
        tellSkipped(uri, null);
        await connection.sendDiagnostics({ uri, diagnostics: [] });
        return;
      }
      const state = await analyses.of(document);
      // A newer version is on its way: its own check publishes.
      if (documents.get(uri)?.version !== state.version) return;
      const { input, analysis } = state;
      tellSkipped(uri, input.kind === 'oversized' || input.kind === 'binary' ? input : null);
      await connection.sendDiagnostics({ uri, version: state.version, diagnostics: analysis ? diagnosticsOf(context, analysis, state.settings) : [] });
    } catch (error) {
      // A checker bug must not take the server down; say it once per document, keep the old result out.
      await connection.sendDiagnostics({ uri, diagnostics: [] });
      if (failed.has(uri)) return;
      failed.add(uri);
      void connection.window.showWarningMessage(format(context.messages.checksFailed, fileNameOf(uri), error instanceof Error ? error.message : String(error)));
    }
  };

  /** When each document last changed, to tell an edit after a pause from one inside a burst. */
  const lastChange = new Map<string, number>();

  const schedule = (document: TextDocument, delay: number): void => {
    clearTimeout(pending.get(document.uri));
    pending.set(
      document.uri,
      setTimeout(() => {
        pending.delete(document.uri);
        void publish(document.uri);
      }, delay),
    );
  };

  // Opening fires onDidOpen, then onDidChangeContent: an opened draft is checked at once.
  const opened = new Set<string>();
  documents.onDidOpen(({ document }) => opened.add(document.uri));
  documents.onDidChangeContent(({ document }) => {
    const now = performance.now();
    const previous = lastChange.get(document.uri);
    lastChange.set(document.uri, now);
    const inBurst = !opened.delete(document.uri) && previous !== undefined && now - previous < burstMs;
    schedule(document, inBurst ? burstMs : 0);
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(pending.get(document.uri));
    pending.delete(document.uri);
    failed.delete(document.uri);
    skipped.delete(document.uri);
    lastChange.delete(document.uri);
    analyses.forget(document.uri);
    settings.forget(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  return {
    recheckAll: () => {
      for (const document of documents.all()) schedule(document, 0);
    },
  };
}

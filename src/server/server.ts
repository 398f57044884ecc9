import { CodeActionKind, TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnyCheck } from '../core/checks/registry';
import { codeActions } from './codeActions';
import { completion, completionTriggers } from './completion';
import { corpusRequests } from './corpusRequests';
import { renumber } from './renumber';
import { insertPrecedent } from './insertPrecedent';
import { diagnostics } from './diagnostics';
import { draftOutputs } from './draftOutputs';
import { DraftAnalyses } from './draftAnalyses';
import { hover } from './hover';
import { messagesForLocale } from './localeMessages';
import { format, messagesFrom } from './messages';
import { outline } from './outline';
import {
  corpusProblemNotification,
  corpusProgressNotification,
  corpusScannedNotification,
  type CorpusProgressParams,
  type CorpusScannedParams,
  type InitializationOptions,
} from './protocol';
import { ServerCorpus } from './serverCorpus';
import type { ServerContext } from './serverContext';
import { ServerSettings } from './serverSettings';

export interface ServerOptions {
  /** Folder of the running bundle, holding corpus-index.json. */
  bundleDir: string;
  /** The checks to run; the registry's by default (a test passes a deliberately slow one). */
  rules?: readonly AnyCheck[];
}

/**
 * The language server of the drafting assistant, on any connection (IPC from the extension, stdio
 * for other editors): one store of open drafts, synced incrementally; one analysis per document
 * version, read by diagnostics, hover, quick fixes, completion, symbols and folding; the corpus
 * loaded once, here.
 */
export function startServer(connection: Connection, { bundleDir, rules }: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  let pushedSettings: unknown;
  let pullSettings = false;
  let recheckAll = (): void => {};

  connection.onInitialize((params): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    const messages = messagesFrom(options.messages, messagesForLocale(params.locale));
    pullSettings = params.capabilities.workspace?.configuration === true;
    const settings = new ServerSettings(
      async (uri) => (pullSettings ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'policyDraft' }) : pushedSettings),
      (problem) => void connection.window.showWarningMessage(format(messages.invalidSetting, problem)),
    );
    let toldUnavailable = false;
    const corpus = new ServerCorpus({
      bundleDir,
      ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
      ...(options.version ? { version: options.version } : {}),
      onUnavailable: (message) => {
        if (toldUnavailable) return;
        toldUnavailable = true;
        void connection.window.showErrorMessage(format(messages.corpusUnavailable, message));
      },
      onProblem: (problem) => void connection.sendNotification(corpusProblemNotification, problem),
      onProgress: (progress) => void connection.sendNotification(corpusProgressNotification, progress satisfies CorpusProgressParams),
      onScanned: (changed) => void connection.sendNotification(corpusScannedNotification, { changed } satisfies CorpusScannedParams),
    });
    const budgetMs = Number(options.analysisBudgetMs);
    const analyses = new DraftAnalyses(settings, { ...(budgetMs > 0 ? { budgetMs } : {}), ...(rules ? { rules } : {}) });
    const context: ServerContext = { connection, documents, settings, analyses, corpus, messages, options };
    recheckAll = diagnostics(context).recheckAll;
    hover(context);
    codeActions(context);
    completion(context);
    outline(context);
    corpusRequests(context);
    renumber(context);
    insertPrecedent(context);
    // A .policy-draft.json was created, changed or deleted (editors that watch files say so).
    connection.onDidChangeWatchedFiles(() => {
      context.settings.clear();
      context.analyses.invalidate();
      recheckAll();
    });
    draftOutputs(context);
    connection.onDidChangeConfiguration(({ settings: pushed }) => {
      // Editors without `workspace/configuration` send the settings here.
      pushedSettings = (pushed as Record<string, unknown> | null)?.policyDraft ?? pushedSettings;
      context.settings.clear();
      context.analyses.invalidate();
      recheckAll();
    });
    // The corpus loads while the drafter reads: the first hover should not wait for it.
    connection.onInitialized(() => void corpus.get());
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        completionProvider: { triggerCharacters: completionTriggers },
        documentSymbolProvider: { label: messages.outlineLabel },
        foldingRangeProvider: true,
      },
      serverInfo: { name: 'policy-draft' },
    };
  });

  documents.listen(connection);
  connection.listen();
}

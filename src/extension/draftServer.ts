import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  State,
  TransportKind,
  type CloseHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { projectConfigName } from '../core/config/projectConfig';
import { englishMessages, type Messages } from '../server/messages';
import { checkTemplates, type MessageId } from '../core/checks/messages';
import type { SnippetData } from '../server/codeActions';
import { corpusScheme, insertPrecedentCommand, openPrecedentCommand, type InitializationOptions } from '../server/protocol';
import { editorLanguages, explicitSettings } from './settings';

/** Schemes of documents a drafter edits; the server checks only these. */
const draftSchemes = ['file', 'untitled', 'vscode-remote', 'vscode-vfs'];

/** More crashes than this within `crashWindowMs` and the server is left stopped. */
const maxCrashes = 4;
const crashWindowMs = 3 * 60_000;

/** The server's messages in the editor's language (the Chinese bundle holds these same strings). */
function localisedMessages(): Messages {
  const messages = {} as Messages;
  for (const [key, english] of Object.entries(englishMessages) as [keyof Messages, string][]) messages[key] = vscode.l10n.t(english, '{0}', '{1}');
  return messages;
}

/** The checks' message templates in the editor's language (the Chinese bundle maps their English back). */
function localisedCheckMessages(): Record<MessageId, string> {
  const templates = {} as Record<MessageId, string>;
  for (const [id, { en }] of Object.entries(checkTemplates) as [MessageId, { en: string }][]) templates[id] = vscode.l10n.t(en, '{0}', '{1}', '{2}', '{3}');
  return templates;
}

/** A quick fix the server marked as a snippet: applied so the cursor lands where the drafter types. */
function asSnippetEdit(document: vscode.TextDocument, action: vscode.CodeAction): void {
  const data = (action as { data?: Partial<SnippetData> }).data?.snippet;
  if (!data) return;
  const { start, end } = data.range;
  action.edit = new vscode.WorkspaceEdit();
  action.edit.set(document.uri, [vscode.SnippetTextEdit.replace(new vscode.Range(start.line, start.character, end.line, end.character), new vscode.SnippetString(data.snippet))]);
}

/**
 * The language server (dist/server.js) as the extension runs it: started over IPC, fed the
 * documents of the languages the settings name, and restarted when that list changes. Every
 * analysis and the corpus live there; the extension only shows what it answers. A crash restarts
 * it, and the drafter is told once.
 */
export class DraftServer implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<LanguageClient> | undefined;
  /** Handlers by method; the client takes one per method, so one dispatcher each is registered. */
  private readonly notificationHandlers = new Map<string, ((params: unknown) => void)[]>();
  private readonly started = new vscode.EventEmitter<void>();
  private crashes: number[] = [];
  private toldCrash = false;
  private readonly output: vscode.OutputChannel;

  /** Fires each time the server is (re)started, so state it holds (own folders) can be sent again. */
  readonly onDidStart = this.started.event;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.output = vscode.window.createOutputChannel(vscode.l10n.t('Policy Draft: Language Server'));
  }

  /** The running client, started on first use. */
  ready(): Promise<LanguageClient> {
    this.starting ??= this.start();
    return this.starting;
  }

  async request<R>(method: string, params: unknown): Promise<R> {
    return (await this.ready()).sendRequest<R>(method, params);
  }

  notify(method: string, params: unknown): void {
    void this.ready().then((client) => client.sendNotification(method, params));
  }

  /** Handles a notification from the server, across restarts. */
  onNotification<P>(method: string, handler: (params: P) => void): void {
    const handlers = this.notificationHandlers.get(method);
    if (handlers) handlers.push(handler as (params: unknown) => void);
    else {
      this.notificationHandlers.set(method, [handler as (params: unknown) => void]);
      this.client?.onNotification(method, (params: unknown) => this.dispatch(method, params));
    }
  }

  private dispatch(method: string, params: unknown): void {
    for (const handler of this.notificationHandlers.get(method) ?? []) handler(params);
  }

  /** Starts afresh with the current settings (the list of languages fixes which documents it sees). */
  async restart(): Promise<void> {
    const previous = this.starting;
    this.starting = undefined;
    this.client = undefined;
    const client = await previous?.catch(() => undefined);
    await client?.stop().catch(() => undefined);
    await this.ready();
  }

  async dispose(): Promise<void> {
    const client = await this.starting?.catch(() => undefined);
    this.starting = undefined;
    this.client = undefined;
    this.started.dispose();
    await client?.stop().catch(() => undefined);
    this.output.dispose();
  }

  private async start(): Promise<LanguageClient> {
    const module = vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'server.js').fsPath;
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
    };
    const languages = editorLanguages();
    const initializationOptions: InitializationOptions = {
      messages: localisedMessages(),
      checkMessages: localisedCheckMessages(),
      commandLinks: true,
      cacheDir: vscode.Uri.joinPath(this.context.globalStorageUri, 'user-corpus-cache').fsPath,
      version: String(this.context.extension.packageJSON.version),
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [...languages.flatMap((language) => draftSchemes.map((scheme) => ({ language, scheme }))), { scheme: corpusScheme }],
      initializationOptions,
      // A committed .policy-draft.json changes the settings of the drafts below it.
      synchronize: { configurationSection: 'policyDraft', fileEvents: vscode.workspace.createFileSystemWatcher(`**/${projectConfigName}`) },
      outputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      // Corpus text in a hover is escaped by the server; only the two precedent commands may run.
      markdown: { isTrusted: { enabledCommands: [openPrecedentCommand, insertPrecedentCommand] }, supportHtml: false },
      errorHandler: {
        error: () => ({ action: ErrorAction.Continue }),
        closed: () => this.closed(),
      },
      middleware: {
        workspace: {
          // Only what the user set: the server layers it over a committed .policy-draft.json and the defaults.
          configuration: (params) =>
            params.items.map((item) => (item.section === 'policyDraft' ? explicitSettings(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined) : null)),
        },
        // An untitled name is reused at once: the editor may close the old document after opening
        // a new one under its URI, and the server must not drop the new one.
        didClose: async (document, next) => {
          const key = document.uri.toString();
          if (vscode.workspace.textDocuments.some((d) => d !== document && !d.isClosed && d.uri.toString() === key)) return;
          await next(document);
        },
        provideCodeActions: async (document, range, context, token, next) => {
          const actions = await next(document, range, context, token);
          for (const action of actions ?? []) if (action instanceof vscode.CodeAction) asSnippetEdit(document, action);
          return actions;
        },
      },
    };
    const client = new LanguageClient('policyDraft', vscode.l10n.t('Policy Drafting Assistant'), serverOptions, clientOptions);
    for (const method of this.notificationHandlers.keys()) client.onNotification(method, (params: unknown) => this.dispatch(method, params));
    client.onDidChangeState(({ newState }) => {
      if (newState === State.Running && this.client === client) this.started.fire();
    });
    this.client = client;
    await client.start();
    return client;
  }

  /** The server process ended without being asked: restart it, say so once, give up if it keeps crashing. */
  private closed(): CloseHandlerResult {
    const now = Date.now();
    this.crashes = [...this.crashes.filter((t) => now - t < crashWindowMs), now];
    if (this.crashes.length > maxCrashes) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t('The drafting assistant’s analysis stopped {0} times in a few minutes and is not restarted; reload the window to try again.', this.crashes.length),
      );
      return { action: CloseAction.DoNotRestart, handled: true };
    }
    if (!this.toldCrash) {
      this.toldCrash = true;
      void vscode.window.showWarningMessage(vscode.l10n.t('The drafting assistant’s analysis stopped unexpectedly and was restarted.'));
    }
    return { action: CloseAction.Restart, handled: true };
  }
}

import * as vscode from 'vscode';
import { resolveCorpusFolders, type ResolvedFolders } from '../../core/userCorpus/corpusFolders';
import { fileKind } from '../../core/userCorpus/folderSource';
import { UserCorpus, type UserCorpusProblem } from '../../core/userCorpus/userCorpus';
import type { UserDocument } from '../../core/userCorpus/userDocument';
import { readProjectUserFile } from '../../core/userCorpus/projectReader';
import { sharedAnalysisClient } from '../analysisClient';
import { storageCacheStore } from './storageCacheStore';
import { workspaceFolderSource } from './workspaceFolderSource';

/** A folder with at least this many plan files gets a progress notification while it is indexed. */
const notifyFromFiles = 50;
/** Watcher events for one file within this time are read once (editors save in several steps). */
const watchDebounceMs = 250;

/**
 * The user's corpus folders in the editor: resolves `policyDraft.corpus.folders` (workspace scopes
 * only in a trusted workspace), indexes them off the typing path (the core yields between files),
 * follows changes through file watchers, and tells listeners when the documents changed.
 */
export class UserCorpusService implements vscode.Disposable {
  private readonly corpus: UserCorpus;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly output: vscode.OutputChannel;
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly pendingFiles = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly skippedThisRun: UserCorpusProblem[] = [];
  private toldUntrusted = false;
  private running: Promise<void> = Promise.resolve();
  private lastGeneration = -1;

  /** Fires after the documents changed (a scan finished, a file was added, edited or removed). */
  readonly onDidChange = this.changed.event;

  constructor(context: vscode.ExtensionContext) {
    const analysis = sharedAnalysisClient(context.subscriptions);
    this.output = vscode.window.createOutputChannel(vscode.l10n.t('Policy Draft: Own Corpus'));
    const version = String(context.extension.packageJSON.version);
    this.corpus = new UserCorpus({
      store: storageCacheStore(vscode.Uri.joinPath(context.globalStorageUri, 'user-corpus-cache')),
      // Word files are read in the analysis worker: mammoth holds a thread for up to a second.
      read: (bytes, kind) => readProjectUserFile(bytes, kind, (docx) => analysis.run('docx', { bytes: docx })),
      salt: version,
      onProblem: (problem) => this.problem(problem),
    });
  }

  /** The folders in effect now (workspace ones only when trusted), absolute paths. */
  configuredFolders(): string[] {
    return this.resolveFolders().folders;
  }

  documents(): readonly UserDocument[] {
    return this.corpus.documents();
  }

  /** Resolves when the scan or update under way (if any) has finished: for tests and commands. */
  whenIdle(): Promise<void> {
    return this.running;
  }

  /** Re-reads the setting and brings the folders in line: new ones scanned, dropped ones forgotten. */
  refresh(): Promise<void> {
    this.running = this.running.then(() => this.sync()).catch((error: unknown) => this.output.appendLine(String(error)));
    return this.running;
  }

  dispose(): void {
    for (const watcher of this.watchers.values()) watcher.dispose();
    for (const timer of this.pendingFiles.values()) clearTimeout(timer);
    this.changed.dispose();
    this.output.dispose();
  }

  private resolveFolders(): ResolvedFolders {
    const inspected = vscode.workspace.getConfiguration('policyDraft').inspect<string[]>('corpus.folders');
    const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
    const roots = vscode.workspace.workspaceFolders ?? [];
    return resolveCorpusFolders(
      {
        user: strings(inspected?.globalValue),
        workspace: strings(inspected?.workspaceValue),
        workspaceFolders: roots.map((root) => ({
          root: root.uri.fsPath,
          folders: strings(vscode.workspace.getConfiguration('policyDraft', root.uri).inspect<string[]>('corpus.folders')?.workspaceFolderValue),
        })),
      },
      { trusted: vscode.workspace.isTrusted, home: process.env.HOME ?? process.env.USERPROFILE ?? '/', ...(roots[0] ? { workspaceRoot: roots[0].uri.fsPath } : {}) },
    );
  }

  private async sync(): Promise<void> {
    const { folders, ignoredUntrusted } = this.resolveFolders();
    if (ignoredUntrusted.length > 0 && !this.toldUntrusted) {
      this.toldUntrusted = true;
      this.output.appendLine(vscode.l10n.t('Workspace corpus folders ignored until the workspace is trusted: {0}', ignoredUntrusted.join(', ')));
    }
    for (const folder of this.corpus.folderPaths()) {
      if (folders.includes(folder)) continue;
      this.corpus.removeFolder(folder);
      this.watchers.get(folder)?.dispose();
      this.watchers.delete(folder);
    }
    this.skippedThisRun.length = 0;
    for (const folder of folders) await this.scan(folder);
    this.tellSkipped();
    this.fireIfChanged();
    void this.corpus.pruneCache();
  }

  private async scan(folder: string): Promise<void> {
    const uri = vscode.Uri.file(folder);
    const source = workspaceFolderSource(uri);
    let notification: { report: (done: number, total: number) => void; end: () => void } | undefined;
    await this.corpus.addFolder(folder, source, ({ done, total }) => {
      if (!notification && total >= notifyFromFiles && done < total) notification = this.progressNotification(folder);
      notification?.report(done, total);
    });
    notification?.end();
    if (!this.watchers.has(folder)) this.watch(folder, uri);
  }

  private progressNotification(folder: string): { report: (done: number, total: number) => void; end: () => void } {
    let end!: () => void;
    let progress: vscode.Progress<{ message?: string; increment?: number }> | undefined;
    let reported = 0;
    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Indexing corpus folder {0}', folder) },
      (p) => {
        progress = p;
        return new Promise<void>((resolve) => (end = resolve));
      },
    );
    return {
      report: (done, total) => {
        const percent = Math.floor((done / total) * 100);
        progress?.report({ message: vscode.l10n.t('{0} of {1} files', done, total), increment: percent - reported });
        reported = percent;
      },
      end: () => end?.(),
    };
  }

  private watch(folder: string, uri: vscode.Uri): void {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(uri, '**/*.{md,markdown,txt,docx,MD,TXT,DOCX}'));
    const onEvent = (file: vscode.Uri) => {
      const relative = file.path.startsWith(`${uri.path}/`) ? file.path.slice(uri.path.length + 1) : undefined;
      if (relative === undefined || !fileKind(relative)) return;
      const key = `${folder}\u0000${relative}`;
      clearTimeout(this.pendingFiles.get(key));
      this.pendingFiles.set(
        key,
        setTimeout(() => {
          this.pendingFiles.delete(key);
          this.running = this.running
            .then(async () => {
              await this.corpus.updateFile(folder, relative);
              this.tellSkipped();
              this.fireIfChanged();
            })
            .catch((error: unknown) => this.output.appendLine(String(error)));
        }, watchDebounceMs),
      );
    };
    this.watchers.set(folder, vscode.Disposable.from(watcher, watcher.onDidCreate(onEvent), watcher.onDidChange(onEvent), watcher.onDidDelete(onEvent)));
  }

  private fireIfChanged(): void {
    if (this.corpus.generation === this.lastGeneration) return;
    this.lastGeneration = this.corpus.generation;
    this.changed.fire();
  }

  private problem(problem: UserCorpusProblem): void {
    const where = problem.file ? `${problem.folder}/${problem.file}` : problem.folder;
    const label = problem.severity === 'skipped' ? vscode.l10n.t('skipped') : vscode.l10n.t('note');
    this.output.appendLine(`[${label}] ${where}: ${problem.message}`);
    if (problem.severity === 'skipped') this.skippedThisRun.push(problem);
  }

  /** One message per scan or update naming how many files were left out; details in the output. */
  private tellSkipped(): void {
    if (this.skippedThisRun.length === 0) return;
    const first = this.skippedThisRun[0]!;
    const message =
      this.skippedThisRun.length === 1
        ? vscode.l10n.t('Corpus file not indexed: {0} ({1})', first.file ?? first.folder, first.message)
        : vscode.l10n.t('{0} corpus files were not indexed; see the output for why.', this.skippedThisRun.length);
    this.skippedThisRun.length = 0;
    const show = vscode.l10n.t('Show details');
    void vscode.window.showWarningMessage(message, show).then((choice) => {
      if (choice === show) this.output.show(true);
    });
  }
}

import * as vscode from 'vscode';
import { resolveCorpusFolders, type ResolvedFolders } from '../../core/userCorpus/corpusFolders';
import { fileKind } from '../../core/userCorpus/folderSource';
import type { UserCorpusProblem } from '../../core/userCorpus/userCorpus';
import {
  corpusFileNotification,
  corpusFoldersNotification,
  corpusProblemNotification,
  corpusProgressNotification,
  corpusScannedNotification,
  type CorpusFileParams,
  type CorpusFoldersParams,
  type CorpusProgressParams,
} from '../../server/protocol';
import type { DraftServer } from '../draftServer';

/** A folder with at least this many plan files gets a progress notification while it is indexed. */
const notifyFromFiles = 50;
/** Watcher events for one file within this time are read once (editors save in several steps). */
const watchDebounceMs = 250;

interface Progress {
  report(done: number, total: number): void;
  end(): void;
}

/**
 * The user's corpus folders in the editor: resolves `policyDraft.corpus.folders` (workspace scopes
 * only in a trusted workspace) and hands them to the language server, which reads them; follows
 * changes through the editor's file watchers; shows the server's progress and what it skipped.
 */
export class UserCorpusFolders implements vscode.Disposable {
  private readonly output: vscode.OutputChannel;
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly pendingFiles = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly progress = new Map<string, Progress>();
  private readonly skippedThisRun: UserCorpusProblem[] = [];
  private toldUntrusted = false;

  constructor(private readonly server: DraftServer) {
    this.output = vscode.window.createOutputChannel(vscode.l10n.t('Policy Draft: Own Corpus'));
    server.onNotification<UserCorpusProblem>(corpusProblemNotification, (problem) => this.problem(problem));
    server.onNotification<CorpusProgressParams>(corpusProgressNotification, ({ folder, done, total }) => this.report(folder, done, total));
    server.onNotification(corpusScannedNotification, () => {
      for (const progress of this.progress.values()) progress.end();
      this.progress.clear();
      this.tellSkipped();
    });
    // A restarted server knows no folders: tell it again.
    server.onDidStart(() => this.refresh());
  }

  /** The folders in effect now (workspace ones only when trusted), absolute paths. */
  configuredFolders(): string[] {
    return this.resolveFolders().folders;
  }

  /** Re-reads the setting and brings the server's folders and the watchers in line. */
  refresh(): void {
    const { folders, ignoredUntrusted } = this.resolveFolders();
    if (ignoredUntrusted.length > 0 && !this.toldUntrusted) {
      this.toldUntrusted = true;
      this.output.appendLine(vscode.l10n.t('Workspace corpus folders ignored until the workspace is trusted: {0}', ignoredUntrusted.join(', ')));
    }
    for (const [folder, watcher] of this.watchers) {
      if (folders.includes(folder)) continue;
      watcher.dispose();
      this.watchers.delete(folder);
    }
    for (const folder of folders) if (!this.watchers.has(folder)) this.watch(folder);
    this.skippedThisRun.length = 0;
    this.server.notify(corpusFoldersNotification, { folders } satisfies CorpusFoldersParams);
  }

  dispose(): void {
    for (const watcher of this.watchers.values()) watcher.dispose();
    for (const timer of this.pendingFiles.values()) clearTimeout(timer);
    for (const progress of this.progress.values()) progress.end();
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

  private watch(folder: string): void {
    const uri = vscode.Uri.file(folder);
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
          this.server.notify(corpusFileNotification, { folder, file: relative } satisfies CorpusFileParams);
        }, watchDebounceMs),
      );
    };
    this.watchers.set(folder, vscode.Disposable.from(watcher, watcher.onDidCreate(onEvent), watcher.onDidChange(onEvent), watcher.onDidDelete(onEvent)));
  }

  private report(folder: string, done: number, total: number): void {
    let progress = this.progress.get(folder);
    if (!progress && total >= notifyFromFiles && done < total) {
      progress = this.progressNotification(folder);
      this.progress.set(folder, progress);
    }
    progress?.report(done, total);
  }

  private progressNotification(folder: string): Progress {
    let end!: () => void;
    let progress: vscode.Progress<{ message?: string; increment?: number }> | undefined;
    let reported = 0;
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Indexing corpus folder {0}', folder) }, (p) => {
      progress = p;
      return new Promise<void>((resolve) => (end = resolve));
    });
    return {
      report: (done, total) => {
        const percent = Math.floor((done / total) * 100);
        progress?.report({ message: vscode.l10n.t('{0} of {1} files', done, total), increment: percent - reported });
        reported = percent;
      },
      end: () => end?.(),
    };
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

// Shared by the in-host tests. Not a test file itself: only `*.test.ts` files are run.
import * as vscode from 'vscode';
import type { PolicyDraftApi } from '../../../src/extension/main';
import manifest from '../../../package.json';

export const extensionId = `${manifest.publisher}.${manifest.name}`;

/** The extension under test, as VS Code loaded it; fails the test when VS Code did not load it. */
export function extensionUnderTest(): vscode.Extension<PolicyDraftApi> {
  const extension = vscode.extensions.getExtension<PolicyDraftApi>(extensionId);
  if (!extension) throw new Error(`${extensionId} is not loaded in this extension host`);
  return extension;
}

export interface WaitOptions {
  /** Give up after this long; the default stays well inside mocha's 30 s test timeout. */
  readonly timeoutMs?: number;
  /** Said in the error when the deadline passes. */
  readonly what: string;
}

/** Polls `probe` until it returns something other than undefined/false, or fails at the deadline. */
export async function waitFor<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, options: WaitOptions): Promise<T> {
  // `what` is read when the wait fails, so a getter can report the last thing seen.
  const { timeoutMs = 20_000 } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${options.what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The fixture workspace's copy for this run (test/e2e/fixtures/workspace). */
export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open: the harness opens the fixture workspace');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Opens a fixture file in an editor, as a drafter would. */
export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(name));
  return vscode.window.showTextDocument(document);
}

/**
 * The quick fixes offered for `range`, once `ready` holds. The workbench computes the code-action
 * context from its own copy of the markers, which reaches it from the extension host a moment after
 * `languages.getDiagnostics` already shows them: asking once can see no diagnostics and no fixes.
 */
export async function quickFixesWhen(uri: vscode.Uri, range: vscode.Range, ready: (actions: vscode.CodeAction[]) => boolean, what: string): Promise<vscode.CodeAction[]> {
  let last: vscode.CodeAction[] = [];
  return waitFor(
    async () => {
      try {
        last = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
      } catch (error) {
        // The workbench cancels a code-action request when the document or its diagnostics change under
        // it (seen once in CI as a bare "Canceled"); the light bulb simply asks again, and so does the test.
        if (error instanceof Error && error.name === 'Canceled') return undefined;
        throw error;
      }
      return ready(last) ? last : undefined;
    },
    {
      get what() {
        return `${what} (offered now: ${last.map((a) => a.title).join(' | ') || 'nothing'})`;
      },
    },
  );
}

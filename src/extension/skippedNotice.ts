import * as vscode from 'vscode';
import type { DraftInput } from '../core/checks/draftInput';

type Skipped = Extract<DraftInput, { kind: 'oversized' | 'binary' }>;

/**
 * Tells the drafter when a document is not checked (too large, not text), so it is never skipped
 * silently: a message once per document per session, and a status bar item while it is active.
 */
export class SkippedNotice implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('policyDraft.skipped', vscode.StatusBarAlignment.Right, 100);
  private readonly skipped = new Map<string, string>();
  private readonly told = new Set<string>();

  constructor() {
    this.item.name = vscode.l10n.t('Policy drafting checks');
  }

  /** Records that a document was not checked, tells the user once, and updates the status bar. */
  skip(uri: vscode.Uri, input: Skipped): void {
    const name = vscode.workspace.asRelativePath(uri);
    const reason =
      input.kind === 'oversized'
        ? vscode.l10n.t('{0} is {1} KB, over the {2} KB limit (policyDraft.maxFileSizeKB): drafting checks are not run on it.', name, input.sizeKB, input.limitKB)
        : vscode.l10n.t('{0} does not look like a text draft: drafting checks are not run on it.', name);
    const key = uri.toString();
    this.skipped.set(key, reason);
    this.refresh();
    if (this.told.has(key)) return;
    this.told.add(key);
    if (input.kind === 'oversized') {
      const open = vscode.l10n.t('Change the limit');
      void vscode.window.showInformationMessage(reason, open).then((choice) => {
        if (choice === open) void vscode.commands.executeCommand('workbench.action.openSettings', 'policyDraft.maxFileSizeKB');
      });
    } else void vscode.window.showInformationMessage(reason);
  }

  /** The document is checked again (or closed): drop its status. */
  clear(uri: vscode.Uri, forget = false): void {
    const key = uri.toString();
    this.skipped.delete(key);
    if (forget) this.told.delete(key);
    this.refresh();
  }

  refresh(): void {
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    const reason = active === undefined ? undefined : this.skipped.get(active);
    if (reason === undefined) {
      this.item.hide();
      return;
    }
    this.item.text = `$(circle-slash) ${vscode.l10n.t('Not checked')}`;
    this.item.tooltip = reason;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}

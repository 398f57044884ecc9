import * as vscode from 'vscode';
import { renumberRequest, type RenumberParams, type RenumberResult } from '../server/protocol';
import type { Feature } from './feature';

export const renumberCommand = 'policyDraft.renumber';

/**
 * 政策起草：重新编号 — renumbers every run of siblings in the active draft from its first slip on,
 * as one edit (one undo step). The language server, which holds the draft, computes the edits.
 */
export const renumberFeature: Feature = (context, { server }) => {
  context.subscriptions.push(
    vscode.commands.registerCommand(renumberCommand, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a draft to renumber.'));
        return;
      }
      const params: RenumberParams = { uri: editor.document.uri.toString() };
      const edits = await server.request<RenumberResult>(renumberRequest, params);
      if (edits.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('The numbering of this draft has no gaps or repeats.'));
        return;
      }
      await editor.edit((builder) => {
        for (const { range, newText } of edits) {
          builder.replace(new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character), newText);
        }
      });
    }),
  );
};

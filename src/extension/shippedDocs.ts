import * as vscode from 'vscode';
import type { Feature } from './feature';

export const openMeasurementsCommand = 'policyDraft.openMeasurements';

/**
 * `政策起草：打开测量记录` / `Policy Draft: Open Measurements`: the measurements the README links to,
 * as shipped in the extension. VS Code's extension page follows only web links, and the extension
 * has no public repository for vsce to turn the README's relative links into web links, so the
 * file opens from here instead: as a Markdown preview, or as text where there is no preview.
 */
export const shippedDocs: Feature = (context) => {
  context.subscriptions.push(
    vscode.commands.registerCommand(openMeasurementsCommand, async () => {
      const uri = vscode.Uri.joinPath(context.extensionUri, 'docs', 'measurements.md');
      await vscode.commands.executeCommand('markdown.showPreview', uri).then(undefined, () => vscode.window.showTextDocument(uri));
    }),
  );
};

import * as vscode from 'vscode';
import { skippedNotification, type SkippedParams } from '../server/protocol';
import type { Feature } from './feature';
import { SkippedNotice } from './skippedNotice';

/**
 * The drafting checks run in the language server, which publishes the diagnostics itself; what
 * stays here is telling the drafter when a document is not checked (too large, not text).
 */
export const skippedDrafts: Feature = (context, { server }) => {
  const notice = new SkippedNotice();
  server.onNotification<SkippedParams>(skippedNotification, ({ uri, skipped }) => {
    const parsed = vscode.Uri.parse(uri);
    if (skipped) notice.skip(parsed, skipped);
    else notice.clear(parsed);
  });
  context.subscriptions.push(
    notice,
    vscode.workspace.onDidCloseTextDocument((document) => notice.clear(document.uri, true)),
    vscode.window.onDidChangeActiveTextEditor(() => notice.refresh()),
  );
};

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionUnderTest } from './support';

interface ContributedCommand {
  readonly command: string;
}

describe('contributed commands', () => {
  before(async () => {
    await extensionUnderTest().activate();
  });

  it('registers every command contributed in package.json', async () => {
    const contributed: ContributedCommand[] = extensionUnderTest().packageJSON.contributes?.commands ?? [];
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], 'contributed but not registered');
  });

  it('contributes every policyDraft command it registers', async () => {
    const contributed = new Set(((extensionUnderTest().packageJSON.contributes?.commands ?? []) as ContributedCommand[]).map((c) => c.command));
    const registered = (await vscode.commands.getCommands(true)).filter((id) => id.startsWith('policyDraft.'));
    const hidden = registered.filter((id) => !contributed.has(id));
    assert.deepEqual(hidden, [], 'registered but missing from package.json');
  });
});

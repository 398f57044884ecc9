import type * as vscode from 'vscode';
import type { CorpusClient } from './corpusClient';
import type { DraftServer } from './draftServer';
import type { UserCorpusFolders } from './userCorpus/userCorpusFolders';

/** What `activate` builds once and hands to every feature (no module singletons between features). */
export interface Services {
  server: DraftServer;
  corpus: CorpusClient;
  folders: UserCorpusFolders;
}

/** One capability of the extension (search, commands, notices …), registered at activation. */
export type Feature = (context: vscode.ExtensionContext, services: Services) => void | Promise<void>;

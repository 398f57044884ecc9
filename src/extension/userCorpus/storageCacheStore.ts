import * as vscode from 'vscode';
import { isCacheKey, type CacheStore } from '../../core/userCorpus/cacheStore';

/** The user-corpus cache in the extension's global storage, one `<key>.json` per file read. */
export function storageCacheStore(dir: vscode.Uri): CacheStore {
  const uriOf = (key: string) => {
    if (!isCacheKey(key)) throw new Error(`not a cache key: ${key}`);
    return vscode.Uri.joinPath(dir, `${key}.json`);
  };
  return {
    async get(key) {
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(uriOf(key)));
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      await vscode.workspace.fs.createDirectory(dir);
      await vscode.workspace.fs.writeFile(uriOf(key), new TextEncoder().encode(value));
    },
    async delete(key) {
      await vscode.workspace.fs.delete(uriOf(key), { useTrash: false });
    },
    async keys() {
      try {
        // A stat first: reading a folder that does not exist yet makes VS Code log a warning.
        await vscode.workspace.fs.stat(dir);
        const entries = await vscode.workspace.fs.readDirectory(dir);
        return entries.map(([name]) => name).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length)).filter(isCacheKey);
      } catch {
        return [];
      }
    },
  };
}

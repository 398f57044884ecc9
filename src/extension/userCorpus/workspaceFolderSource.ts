import * as vscode from 'vscode';
import { fileKind, skippedFolder, type FileEntry, type FolderSource } from '../../core/userCorpus/folderSource';

/** A corpus folder read through `workspace.fs`, so folders on a remote host work as local ones. */
export function workspaceFolderSource(root: vscode.Uri): FolderSource {
  const uriOf = (path: string) => vscode.Uri.joinPath(root, ...path.split('/'));
  return {
    async list() {
      const entries: FileEntry[] = [];
      const walk = async (relative: string): Promise<void> => {
        const dir = relative ? uriOf(relative) : root;
        for (const [name, type] of await vscode.workspace.fs.readDirectory(dir)) {
          const path = relative ? `${relative}/${name}` : name;
          // Symbolic links are not followed, so a link to a parent cannot make the walk endless.
          if (type & vscode.FileType.SymbolicLink) continue;
          if (type === vscode.FileType.Directory) {
            if (!skippedFolder(name)) await walk(path);
          } else if (type === vscode.FileType.File && fileKind(name)) {
            const stat = await vscode.workspace.fs.stat(uriOf(path));
            entries.push({ path, size: stat.size, mtime: stat.mtime });
          }
        }
      };
      await walk('');
      return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
    read: async (path) => vscode.workspace.fs.readFile(uriOf(path)),
  };
}

import * as vscode from 'vscode';
import { listFolder, type FolderSource } from '../../core/userCorpus/folderSource';

/** A corpus folder read through `workspace.fs`, so folders on a remote host work as local ones. */
export function workspaceFolderSource(root: vscode.Uri): FolderSource {
  const uriOf = (path: string) => vscode.Uri.joinPath(root, ...path.split('/').filter((part) => part !== ''));
  return {
    list: () =>
      listFolder({
        entries: async (path) =>
          (await vscode.workspace.fs.readDirectory(uriOf(path))).map(([name, type]) => ({
            name,
            // A symbolic link is not followed, so a link to a parent cannot make the walk endless.
            // A link to a file is read as the file; a link to a folder is not followed (no way to tell a loop here).
            kind: type & vscode.FileType.SymbolicLink ? (type & vscode.FileType.File ? 'file' : 'other') : type === vscode.FileType.Directory ? 'directory' : type === vscode.FileType.File ? 'file' : 'other',
          })),
        stat: async (path) => {
          const { size, mtime } = await vscode.workspace.fs.stat(uriOf(path));
          return { size, mtime };
        },
      }),
    read: async (path) => vscode.workspace.fs.readFile(uriOf(path)),
  };
}

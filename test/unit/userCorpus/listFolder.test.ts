import * as assert from 'node:assert/strict';
import { listFolder, type DirectoryReader } from '../../../src/core/userCorpus/folderSource';

/** A folder tree in memory; a directory given as an Error cannot be read. */
type Tree = { [name: string]: Tree | string | Error };

function reader(tree: Tree): DirectoryReader {
  const at = (path: string): Tree | string | Error | undefined =>
    path === ''
      ? tree
      : path.split('/').reduce<Tree | string | Error | undefined>((node, part) => (node && typeof node === 'object' && !(node instanceof Error) ? node[part] : undefined), tree);
  return {
    async entries(path) {
      const node = at(path);
      if (node instanceof Error) throw node;
      if (!node || typeof node !== 'object') throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return Object.entries(node).map(([name, child]) => ({ name, kind: typeof child === 'string' ? 'file' : 'directory' }));
    },
    async stat(path) {
      return { size: String(at(path)).length, mtime: 0 };
    },
  };
}

const denied = (): Error => Object.assign(new Error("EACCES: permission denied, scandir '/x/归档'"), { code: 'EACCES' });

describe('listing a corpus folder', () => {
  it('skips a subfolder it cannot read, naming it and why, and lists the rest', async () => {
    const listing = await listFolder(reader({ '规划.md': '一', 归档: denied(), 年度: { '要点.txt': '二', '图片.png': 'x' }, '.git': { 'a.md': '' } }));
    assert.deepEqual(
      listing.files.map((f) => f.path),
      ['年度/要点.txt', '规划.md'],
    );
    assert.deepEqual(listing.unreadable, [{ path: '归档', reason: 'permission denied' }]);
  });

  it('fails when the folder itself cannot be read', async () => {
    await assert.rejects(listFolder(reader(denied() as unknown as Tree)));
  });
});

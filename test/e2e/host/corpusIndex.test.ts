import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { allClauses, corpusSourceHash, loadCorpusIndex } from '../../../src/core/corpus/corpusIndex';
import { extensionUnderTest } from './support';

const decoder = new TextDecoder('utf-8');

/** The corpus files shipped beside the index, read through VS Code's file system as the extension would. */
async function shippedCorpus(root: vscode.Uri): Promise<{ file: string; text: string }[]> {
  const folder = vscode.Uri.joinPath(root, 'corpus');
  const entries = await vscode.workspace.fs.readDirectory(folder);
  const files = entries.filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.md')).map(([name]) => name);
  return Promise.all(files.map(async (file) => ({ file, text: decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, file))) })));
}

describe('the built corpus index in the installed extension', () => {
  it('loads dist/corpus-index.json: valid, not stale against the shipped corpus, every document parsed', async () => {
    const root = extensionUnderTest().extensionUri;
    const corpus = await shippedCorpus(root);
    assert.ok(corpus.length >= 5, `only ${corpus.length} corpus documents shipped`);
    const json = decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, 'dist', 'corpus-index.json')));
    const index = loadCorpusIndex(json, { expectedSourceHash: corpusSourceHash(corpus) });
    assert.deepEqual(index.documents.map((d) => d.file).sort(), corpus.map((c) => c.file).sort());
    for (const document of index.documents) {
      assert.ok(allClauses(document.plan).length > 0, `${document.file} has no clauses in the index`);
    }
  });
});

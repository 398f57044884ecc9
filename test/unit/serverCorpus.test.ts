import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SearchEngine } from '../../src/core/search/searchEngine';
import { ServerCorpus } from '../../src/server/serverCorpus';

/** The server's corpus answers from the engine it has while one over changed own documents is built. */

const dist = resolve(__dirname, '../../dist');

describe('server corpus: own documents indexed behind the requests', function () {
  this.timeout(60_000);
  let folder: string;

  before(() => {
    if (!existsSync(join(dist, 'server.js'))) throw new Error('dist/server.js is missing: run `npm run build` first');
    folder = mkdtempSync(join(tmpdir(), 'server-corpus-'));
    writeFileSync(join(folder, 'plan.md'), '# 某市内河航运绿色发展行动方案\n\n一、重点任务\n\n（一）推动内河码头建设岸电设施，开展电动货船示范运营。（责任单位：市交通运输局）\n');
  });

  after(() => rmSync(folder, { recursive: true, force: true }));

  it('answers at once from the engine built last, and from the new one once it is built', async () => {
    const problems: string[] = [];
    const corpus = new ServerCorpus({
      bundleDir: dist,
      onUnavailable: (m) => problems.push(m),
      onProblem: (p) => problems.push(p.message),
      onProgress: () => {},
      onScanned: () => {},
    });
    const bundled = await corpus.get();
    assert.ok(bundled && bundled.userDocuments.length === 0);
    await corpus.setFolders([folder]);
    await corpus.whenIdle();
    // The folder is read; its engine is being built: the request does not wait for it.
    const meanwhile = await corpus.get();
    assert.equal(meanwhile?.engine, bundled.engine);
    let built: Awaited<ReturnType<ServerCorpus['get']>> = meanwhile;
    for (let i = 0; i < 500 && built?.userDocuments.length !== 1; i++) {
      await new Promise((r) => setTimeout(r, 20));
      built = await corpus.get();
    }
    assert.equal(built?.userDocuments.length, 1, problems.join('\n'));
    assert.ok(built!.engine.palette('电动货船', { limit: 3 }).length > 0);
  });
  it('says the documents changed only once a search finds them', async () => {
    const told: boolean[] = [];
    let foundWhenTold: boolean | undefined;
    const corpus: ServerCorpus = new ServerCorpus({
      bundleDir: dist,
      onUnavailable: () => {},
      onProblem: () => {},
      onProgress: () => {},
      onScanned: (changed) => {
        told.push(changed);
        if (changed)
          void corpus.get().then((loaded) => {
            foundWhenTold = (loaded?.engine.palette('电动货船', { limit: 3 }).length ?? 0) > 0;
          });
      },
    });
    await corpus.get();
    await corpus.setFolders([folder]);
    for (let i = 0; i < 500 && foundWhenTold === undefined; i++) await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(told, [true]);
    assert.equal(foundWhenTold, true, 'the clause of 市交通运输局 is searchable when the change is told');
    // Scanned again, nothing new: told so at once.
    await corpus.setFolders([folder]);
    assert.deepEqual(told, [true, false]);
  });

  it('keeps answering, and says so, when the index over own documents cannot be built (memory ran out)', async () => {
    const problems: string[] = [];
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
    const build = SearchEngine.buildYielding.bind(SearchEngine);
    process.on('unhandledRejection', onUnhandled);
    SearchEngine.buildYielding = () => Promise.reject(new RangeError('Array buffer allocation failed'));
    try {
      let told = false;
      const corpus = new ServerCorpus({
        bundleDir: dist,
        onUnavailable: (m) => problems.push(m),
        onProblem: (p) => problems.push(p.message),
        onProgress: () => {},
        onScanned: (changed) => (told ||= changed),
      });
      const bundled = await corpus.get();
      await corpus.setFolders([folder]);
      for (let i = 0; i < 500 && !(told && problems.length > 0); i++) await new Promise((r) => setTimeout(r, 20));
      assert.ok(told, 'the change is still told');
      assert.deepEqual(problems, ['own documents not searchable: Array buffer allocation failed']);
      assert.equal((await corpus.get())?.engine, bundled?.engine, 'requests are answered from the bundled engine');
      await new Promise((r) => setTimeout(r, 50));
      assert.deepEqual(unhandled, []);
    } finally {
      SearchEngine.buildYielding = build;
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultCacheFolder } from '../../../src/cli/cacheFolder';
import { run } from '../../../src/cli/run';
import { decodeSnapshot, encodeSnapshot, snapshotKey } from '../../../src/core/search/engineSnapshot';
import { SearchEngine } from '../../../src/core/search/searchEngine';
import { DirectoryCacheStore } from '../../../src/core/userCorpus/cacheStore';
import { nodeFolderSource, type FolderSource, type UserFileKind } from '../../../src/core/userCorpus/folderSource';
import { readProjectUserFile } from '../../../src/core/userCorpus/projectReader';
import { UserCorpus } from '../../../src/core/userCorpus/userCorpus';
import { userCacheKeyEnding } from '../../../src/core/userCorpus/userFileCache';
import { fixtureCorpusIndex } from '../searchFixtureIndex';
import { fixtureCorpus } from '../searchFixture';

async function cli(args: string[], bundleDir: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { out: (t) => (out += t), err: (t) => (err += t), bundleDir });
  return { code, out, err };
}

const savedPage = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市人民政府门户网站</title>
<style>.nav{color:red}</style><script>var x = "<p>不是正文</p>";</script></head><body>
<div class="nav">首页 &gt; 政务公开 &gt; 政策文件</div>
<h1>某市人民政府办公室关于印发《某市低空经济高质量发展行动方案》的通知</h1>
<p>各区人民政府，市政府各部门：</p>
<p>现将《某市低空经济高质量发展行动方案》印发给你们，请认真贯彻执行。</p>
<h2>一、重点任务</h2>
<p>（一）建设低空物流配送网络。开通城市低空配送航线&nbsp;20&nbsp;条，建设起降点100个。（责任单位：市交通运输局）</p>
</body></html>`;

/** A plan as a portal shows it, hard-wrapped, saved as text: its title is in the text, not the file name. */
const wrappedPage = `关于印发《某区智慧养老服务体系建设实施方案》的通知

各街道办事处：
　　现将《某区智慧养老服务体系建设实施方案》印发给你们，请结合实际
认真贯彻落实。

一、主要任务
（一）建设智慧养老服务平台。整合老年人健康档案、助餐助浴和紧急
呼叫服务，实现全区养老服务数据统一归集。（责任单位：区民政局）
`;

describe('own corpus: pages, titles and the cache', () => {
  let root: string;
  let bundleDir: string;
  let folder: string;
  let cache: string;

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'policy-draft-corpus-cache-'));
    bundleDir = join(root, 'dist');
    mkdirSync(bundleDir);
    writeFileSync(join(bundleDir, 'corpus-index.json'), JSON.stringify(fixtureCorpusIndex()));
    folder = join(root, '收藏的网页');
    mkdirSync(folder);
    writeFileSync(join(folder, 'page_123.html'), savedPage);
    writeFileSync(join(folder, 'download(1).txt'), wrappedPage);
    cache = join(root, 'cache');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('reads a saved web page: no tags, scripts or entities in the clauses, the title from the text', async () => {
    const { code, out } = await cli(['search', '--json', '--no-cache', '--corpus', folder, '低空配送航线'], bundleDir);
    assert.equal(code, 0);
    const [first] = JSON.parse(out) as { text: string; docTitle: string; docId: string }[];
    assert.ok(first);
    assert.match(first.text, /开通城市低空配送航线20条/);
    assert.doesNotMatch(first.text, /<|&nbsp;|&gt;/);
    assert.equal(first.docId, '收藏的网页/page_123.html');
    assert.equal(first.docTitle, '某市低空经济高质量发展行动方案');
    const all = await cli(['search', '--json', '--no-cache', '--limit', '50', '--corpus', folder, '不是正文'], bundleDir);
    assert.ok(!(JSON.parse(all.out) as { text: string }[]).some((r) => r.text.includes('不是正文')), 'script text is no clause');
  });

  it('re-flows a hard-wrapped page, so a clause is not cut mid-sentence, and titles it from its text', async () => {
    const { out } = await cli(['search', '--json', '--no-cache', '--corpus', folder, '紧急呼叫服务'], bundleDir);
    const [first] = JSON.parse(out) as { text: string; docTitle: string }[];
    assert.ok(first);
    assert.match(first.text, /助餐助浴和紧急呼叫服务，实现全区养老服务数据统一归集。/);
    assert.equal(first.docTitle, '某区智慧养老服务体系建设实施方案');
  });

  it('a second run reads no unchanged file: the manifest vouches for them, their documents load only when asked for', async () => {
    const store = new DirectoryCacheStore(join(cache, 'files'));
    const manifests = new DirectoryCacheStore(join(cache, 'folders'));
    const reads: string[] = [];
    const counting = (source: FolderSource): FolderSource => ({ list: () => source.list(), read: (path) => (reads.push(path), source.read(path)) });
    const open = async () => {
      const corpus = new UserCorpus({ store, manifests, read: (bytes: Uint8Array, kind: UserFileKind) => readProjectUserFile(bytes, kind) });
      await corpus.addFolder(folder, counting(nodeFolderSource(folder)));
      return corpus;
    };
    // Files written this second are "racily clean" (a change in the same clock tick keeps size and
    // time): date them back so the manifest may vouch for them.
    for (const name of readdirSync(folder)) utimesSync(join(folder, name), 1_700_000_000, 1_700_000_000);
    const first = await open();
    assert.equal(reads.length, 2);
    const keys = first.contentKeys();

    reads.length = 0;
    const second = await open();
    assert.deepEqual(reads, [], 'nothing read');
    assert.deepEqual(second.contentKeys(), keys);
    assert.equal(second.documents().length, 0, 'documents not loaded yet');
    const documents = await second.loadDocuments();
    assert.deepEqual(reads, [], 'loaded from the cache, not the files');
    assert.deepEqual(documents.map((d) => d.meta.title).sort(), ['某区智慧养老服务体系建设实施方案', '某市低空经济高质量发展行动方案']);

    // An edited file is read again; the other is not.
    writeFileSync(join(folder, 'download(1).txt'), wrappedPage.replace('区民政局', '区卫生健康委'));
    utimesSync(join(folder, 'download(1).txt'), 1_700_000_100, 1_700_000_100);
    reads.length = 0;
    const third = await open();
    assert.deepEqual(reads, ['download(1).txt']);
    assert.notDeepEqual(third.contentKeys(), keys);
  });

  it('a reader of another version reads every file again: the manifest vouches only for what its own version read', async () => {
    // A new reader titled a page by its first heading no longer (一、实施背景); the manifest of the old
    // one kept handing back the old title until the file changed.
    const store = new DirectoryCacheStore(join(cache, 'files-versions'));
    const manifests = new DirectoryCacheStore(join(cache, 'folders-versions'));
    const reads: string[] = [];
    const counting = (source: FolderSource): FolderSource => ({ list: () => source.list(), read: (path) => (reads.push(path), source.read(path)) });
    const open = async (salt: string) => {
      const corpus = new UserCorpus({ store, manifests, salt, read: (bytes: Uint8Array, kind: UserFileKind) => readProjectUserFile(bytes, kind) });
      await corpus.addFolder(folder, counting(nodeFolderSource(folder)));
      return corpus;
    };
    for (const name of readdirSync(folder)) utimesSync(join(folder, name), 1_700_000_000, 1_700_000_000);
    await open('0.1.0');
    assert.equal(reads.length, 2);
    reads.length = 0;
    await open('0.1.0');
    assert.deepEqual(reads, [], 'the same version reads nothing');
    const newer = await open('0.1.1');
    assert.equal(reads.length, 2, 'another version reads both files');
    assert.ok(newer.contentKeys().every((key) => key.endsWith(userCacheKeyEnding('0.1.1'))));
  });

  it('the CLI answers the same from a cold cache, a warm one, damaged cache files and no cache', async () => {
    const args = (extra: string[]) => ['search', '--json', ...extra, '--corpus', folder, '建设智慧养老服务平台，整合老年人健康档案和紧急呼叫服务'];
    const fresh = join(root, 'fresh-cache');
    const cold = await cli(args(['--cache', fresh]), bundleDir);
    assert.equal(cold.code, 0, cold.err);
    assert.deepEqual(readdirSync(fresh).sort(), ['files', 'folders', 'search']);
    const [snapshot] = readdirSync(join(fresh, 'search'));
    assert.ok(snapshot);
    const saved = statSync(join(fresh, 'search', snapshot)).mtimeMs;
    const warm = await cli(args(['--cache', fresh]), bundleDir);
    assert.equal(warm.out, cold.out);
    assert.equal(statSync(join(fresh, 'search', snapshot)).mtimeMs, saved, 'the warm run loaded the saved index instead of building and saving it again');
    // Every cache file truncated: each is refused and rebuilt, never a crash.
    for (const sub of ['files', 'folders', 'search']) {
      for (const name of readdirSync(join(fresh, sub))) writeFileSync(join(fresh, sub, name), '{"version":1,"trunc');
    }
    const damaged = await cli(args(['--cache', fresh]), bundleDir);
    assert.equal(damaged.code, 0, damaged.err);
    assert.equal(damaged.out, cold.out);
    const none = await cli(args(['--no-cache']), bundleDir);
    assert.equal(none.out, cold.out);
    const repaired = await cli(args(['--cache', fresh]), bundleDir);
    assert.equal(repaired.out, cold.out);
  });

  it('a cold run, indexing each file as it is read, saves the index a run over the cached documents builds', async () => {
    const args = (extra: string[]) => ['search', '--json', ...extra, '--corpus', folder, '低空配送'];
    const fresh = join(root, 'indexed-as-read');
    for (const name of readdirSync(folder)) utimesSync(join(folder, name), 1_700_000_000, 1_700_000_000);
    const cold = await cli(args(['--cache', fresh]), bundleDir);
    const [snapshot] = readdirSync(join(fresh, 'search'));
    assert.ok(snapshot);
    const asRead = readFileSync(join(fresh, 'search', snapshot));
    // The files' results stay cached and the manifest vouches for them: this run reads no file and
    // builds the index from the documents it loads.
    rmSync(join(fresh, 'search'), { recursive: true });
    const fromCache = await cli(args(['--cache', fresh]), bundleDir);
    assert.equal(fromCache.out, cold.out);
    assert.ok(readFileSync(join(fresh, 'search', snapshot)).equals(asRead), 'the same index, byte for byte');
  });

  it('a cache folder that cannot be made is said once, and the search still runs', async () => {
    const blocker = join(root, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const { code, out, err } = await cli(['search', '--json', '--cache', join(blocker, 'cache'), '--corpus', folder, '低空配送航线'], bundleDir);
    assert.equal(code, 0);
    assert.match(err, /cache folder .* cannot be used/);
    assert.ok((JSON.parse(out) as unknown[]).length > 0);
  });

  it('refuses --cache without a folder', async () => {
    const { code, err } = await cli(['search', '--corpus', folder, '--cache'], bundleDir);
    assert.equal(code, 2);
    assert.match(err, /--cache needs a folder/);
  });
});

describe('engine snapshot', () => {
  const engine = SearchEngine.build(fixtureCorpus);
  const key = snapshotKey(['a', 'b']);
  const bytes = encodeSnapshot(engine, key);
  const query = '推进互联网医院建设，发展远程医疗服务';

  it('restores an engine that answers as the built one does', () => {
    const restored = decodeSnapshot(bytes, key);
    assert.ok(restored);
    assert.deepEqual(restored.hover(query, { limit: 5 }), engine.hover(query, { limit: 5 }));
    assert.deepEqual(restored.palette('互联网 医院', { limit: 5 }), engine.palette('互联网 医院', { limit: 5 }));
  });

  it('refuses another key, a damaged byte, a truncated file and what is no snapshot', () => {
    assert.equal(decodeSnapshot(bytes, snapshotKey(['a', 'c'])), undefined);
    const damaged = Buffer.from(bytes);
    damaged[damaged.length - 3]! ^= 0x40;
    assert.equal(decodeSnapshot(damaged, key), undefined);
    assert.equal(decodeSnapshot(bytes.subarray(0, bytes.length >> 1), key), undefined);
    assert.equal(decodeSnapshot(Buffer.from('{"version":1}'), key), undefined);
    assert.equal(decodeSnapshot(new Uint8Array(0), key), undefined);
  });

  it('keeps the short names the corpus defines, and refuses names of another shape', () => {
    const defining = {
      ...fixtureCorpus,
      clauses: [...fixtureCorpus.clauses, { ...fixtureCorpus.clauses[0]!, text: '推进产业园区规划环境影响评价（以下简称规划环评）与项目环评联动。' }],
    };
    const built = SearchEngine.build(defining);
    assert.deepEqual(decodeSnapshot(encodeSnapshot(built, key), key)?.names, [{ full: '规划环境影响评价', short: '规划环评' }]);
    const odd = { corpus: built.corpus, indexParts: built.indexParts, names: [{ full: '规划环境影响评价' }] } as unknown as SearchEngine;
    assert.equal(decodeSnapshot(encodeSnapshot(odd, key), key), undefined);
  });
});

describe('the per-user cache folder', () => {
  const table: [platform: NodeJS.Platform, env: Record<string, string>, home: string, folder: string][] = [
    ['linux', {}, '/home/wang', '/home/wang/.cache/policy-draft'],
    ['linux', { XDG_CACHE_HOME: '/var/cache/wang' }, '/home/wang', '/var/cache/wang/policy-draft'],
    ['linux', { XDG_CACHE_HOME: 'relative/ignored' }, '/home/wang', '/home/wang/.cache/policy-draft'],
    ['darwin', {}, '/Users/wang', '/Users/wang/Library/Caches/policy-draft'],
    ['win32', { LOCALAPPDATA: 'C:\\Users\\wang\\AppData\\Local' }, 'C:\\Users\\wang', 'C:\\Users\\wang\\AppData\\Local\\policy-draft\\Cache'],
    ['win32', {}, 'C:\\Users\\wang', 'C:\\Users\\wang\\AppData\\Local\\policy-draft\\Cache'],
  ];
  for (const [platform, env, home, folder] of table) {
    it(`${platform} ${JSON.stringify(env)} → ${folder}`, () => assert.equal(defaultCacheFolder(env, platform, home), folder));
  }
});

describe('the cache folder store', () => {
  it('makes its folder on the first write, and again when it was deleted meanwhile', async () => {
    const root = mkdtempSync(join(tmpdir(), 'policy-draft-store-'));
    try {
      const store = new DirectoryCacheStore(join(root, 'files', 'nested'));
      assert.deepEqual(await store.keys(), []);
      await store.set('abc.md.1', '{"ok":false}');
      assert.equal(await store.get('abc.md.1'), '{"ok":false}');
      rmSync(join(root, 'files'), { recursive: true });
      await store.set('def.md.1', '{}');
      assert.deepEqual(await store.keys(), ['def.md.1']);
      assert.equal(await store.get('abc.md.1'), undefined);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

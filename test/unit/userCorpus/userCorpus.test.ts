import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, unlinkSync, utimesSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectoryCacheStore } from '../../../src/core/userCorpus/cacheStore';
import { nodeFolderSource, type UserFileKind } from '../../../src/core/userCorpus/folderSource';
import { docxText } from '../../../src/core/userCorpus/docxText';
import { readUserFile, TransientReadError } from '../../../src/core/userCorpus/readUserFile';
import { UserCorpus, type UserCorpusProblem } from '../../../src/core/userCorpus/userCorpus';
import { userCacheKey } from '../../../src/core/userCorpus/userFileCache';
import { allClauses } from '../../../src/core/corpus/corpusIndex';
import { buildDocx } from './docxFixture';
import { testReadOptions } from './readOptions';

const markdownPlan = `---
title: 某市数字经济高质量发展三年行动方案
level: 市级
---

# 某市数字经济高质量发展三年行动方案

一、主要目标

到2026年，全市数字经济核心产业增加值突破3000亿元。

二、重点任务

（一）建设算力基础设施。布局建设城市算力中心，推动算力资源统筹调度。（责任单位：市发改委、市大数据局）
`;

describe('userCorpus/UserCorpus', () => {
  let root: string;
  let folder: string;
  let cacheDir: string;
  let reads: string[];
  let problems: UserCorpusProblem[];

  const corpus = () =>
    new UserCorpus({
      store: new DirectoryCacheStore(cacheDir),
      read: (bytes: Uint8Array, kind: UserFileKind) => {
        reads.push(kind);
        return readUserFile(bytes, kind, testReadOptions);
      },
      onProblem: (p) => problems.push(p),
    });

  const texts = (c: UserCorpus) => c.documents().flatMap((d) => allClauses(d.plan).map((clause) => clause.text));

  /** Gives a rewritten file a new modification time even on file systems with coarse timestamps. */
  const touch = (path: string, seconds: number) => utimesSync(path, seconds, seconds);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'user-corpus-'));
    folder = join(root, '规划库');
    cacheDir = join(root, 'cache');
    mkdirSync(folder);
    reads = [];
    problems = [];
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('indexes .md, .txt and .docx files, labelled with their corpus, title from front matter, heading or file name', async () => {
    writeFileSync(join(folder, 'digital.md'), markdownPlan);
    mkdirSync(join(folder, '2023'));
    writeFileSync(join(folder, '2023', '人才政策.txt'), '（一）实施高层次人才引进计划，给予最高500万元安家补贴。\n');
    writeFileSync(join(folder, 'notes.pdf'), '%PDF-1.4');
    writeFileSync(
      join(folder, 'ai.docx'),
      await buildDocx([
        { kind: 'title', text: '某区人工智能产业发展行动计划' },
        { kind: 'numbered', level: 0, text: '重点任务' },
        { kind: 'numbered', level: 1, text: '打造人工智能开源社区，集聚开发者5万名以上。' },
      ]),
    );
    const c = corpus();
    await c.addFolder(folder, nodeFolderSource(folder));
    const docs = c.documents();
    assert.deepEqual(
      docs.map((d) => [d.id, d.corpus, d.file, d.meta.title]),
      [
        ['规划库/2023/人才政策.txt', '规划库', '2023/人才政策.txt', '人才政策'],
        ['规划库/ai.docx', '规划库', 'ai.docx', '某区人工智能产业发展行动计划'],
        ['规划库/digital.md', '规划库', 'digital.md', '某市数字经济高质量发展三年行动方案'],
      ],
    );
    assert.equal(docs[2]!.meta.level, '市级');
    assert.ok(texts(c).some((t) => t.includes('打造人工智能开源社区，集聚开发者5万名以上。')));
    assert.ok(texts(c).some((t) => t.includes('布局建设城市算力中心')));
    assert.deepEqual(problems, []);
  });

  it('reads a file again from the cache, not from its content, in a new session', async () => {
    writeFileSync(join(folder, 'digital.md'), markdownPlan);
    await corpus().addFolder(folder, nodeFolderSource(folder));
    assert.equal(reads.length, 1);
    const second = corpus();
    await second.addFolder(folder, nodeFolderSource(folder));
    assert.equal(reads.length, 1, 'the second session is served by the cache');
    assert.ok(texts(second).some((t) => t.includes('布局建设城市算力中心')));
  });

  it('re-reads only the file that changed and picks up its new text', async () => {
    writeFileSync(join(folder, 'a.md'), markdownPlan);
    writeFileSync(join(folder, 'b.txt'), '（一）完善科技金融服务体系。\n');
    const c = corpus();
    await c.addFolder(folder, nodeFolderSource(folder));
    assert.equal(reads.length, 2);
    const generation = c.generation;
    writeFileSync(join(folder, 'b.txt'), '（一）设立规模50亿元的天使投资引导基金。\n');
    touch(join(folder, 'b.txt'), 2_000_000_000);
    assert.equal(await c.updateFile(folder, 'b.txt'), 'changed');
    assert.equal(reads.length, 3);
    assert.ok(c.generation > generation);
    assert.ok(texts(c).some((t) => t.includes('天使投资引导基金')));
    assert.ok(!texts(c).some((t) => t.includes('科技金融服务体系')));
  });

  it('treats a save without edits as no change, and a rescan skips untouched files unread', async () => {
    writeFileSync(join(folder, 'a.md'), markdownPlan);
    const c = corpus();
    await c.addFolder(folder, nodeFolderSource(folder));
    const generation = c.generation;
    touch(join(folder, 'a.md'), 2_000_000_000);
    assert.equal(await c.updateFile(folder, 'a.md'), 'unchanged');
    await c.addFolder(folder, nodeFolderSource(folder));
    assert.equal(reads.length, 1);
    assert.equal(c.generation, generation);
  });

  it('adds a new file and forgets a deleted one', async () => {
    const c = corpus();
    await c.addFolder(folder, nodeFolderSource(folder));
    assert.deepEqual(c.documents(), []);
    writeFileSync(join(folder, 'new.md'), markdownPlan);
    assert.equal(await c.updateFile(folder, 'new.md'), 'added');
    assert.equal(c.documents().length, 1);
    unlinkSync(join(folder, 'new.md'));
    assert.equal(await c.updateFile(folder, 'new.md'), 'removed');
    assert.deepEqual(c.documents(), []);
  });

  it('invalidates by content: the same bytes hit, one changed byte misses, and a corrupt entry is re-read', async () => {
    const bytes = new TextEncoder().encode(markdownPlan);
    const changed = new TextEncoder().encode(markdownPlan.replace('3000', '3001'));
    assert.equal(userCacheKey(bytes, 'md'), userCacheKey(Uint8Array.from(bytes), 'md'));
    assert.notEqual(userCacheKey(bytes, 'md'), userCacheKey(changed, 'md'));
    assert.notEqual(userCacheKey(bytes, 'md'), userCacheKey(bytes, 'txt'));
    assert.notEqual(userCacheKey(bytes, 'md', '0.1.0'), userCacheKey(bytes, 'md', '0.2.0'));

    writeFileSync(join(folder, 'a.md'), markdownPlan);
    await corpus().addFolder(folder, nodeFolderSource(folder));
    writeFileSync(join(cacheDir, `${userCacheKey(bytes, 'md')}.json`), '{"ok": true, "content": {"lines": "trunc');
    const c = corpus();
    await c.addFolder(folder, nodeFolderSource(folder));
    assert.equal(reads.length, 2, 'the corrupt entry was read again');
    assert.equal(c.documents().length, 1);
  });

  it('prunes cache entries no file uses', async () => {
    writeFileSync(join(folder, 'a.md'), markdownPlan);
    const c = corpus();
    await c.addFolder(folder, nodeFolderSource(folder));
    writeFileSync(join(folder, 'a.md'), markdownPlan.replace('3000', '3500'));
    touch(join(folder, 'a.md'), 2_000_000_000);
    await c.updateFile(folder, 'a.md');
    assert.equal((await new DirectoryCacheStore(cacheDir).keys()).length, 2);
    assert.equal(await c.pruneCache(), 1);
    assert.equal((await new DirectoryCacheStore(cacheDir).keys()).length, 1);
  });

  it('skips a corrupt .docx, a binary file, an empty file and an unreadable file, reports each once, and indexes the rest', async () => {
    writeFileSync(join(folder, 'good.md'), markdownPlan);
    writeFileSync(join(folder, 'corrupt.docx'), Buffer.from('PK\u0003\u0004 这是一个损坏的压缩包'));
    writeFileSync(join(folder, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]));
    writeFileSync(join(folder, 'empty.md'), '');
    writeFileSync(join(folder, 'locked.md'), markdownPlan);
    chmodSync(join(folder, 'locked.md'), 0);
    const lockedIsReadable = process.getuid?.() === 0; // root reads any file whatever its mode
    const c = corpus();
    await c.addFolder(folder, nodeFolderSource(folder));
    await c.addFolder(folder, nodeFolderSource(folder));
    const byFile = new Map(problems.map((p) => [p.file, p]));
    assert.equal(problems.length, lockedIsReadable ? 3 : 4, 'each problem once, though the folder was scanned twice');
    assert.match(byFile.get('corrupt.docx')!.message, /not a readable Word \(\.docx\) file/);
    assert.match(byFile.get('image.txt')!.message, /binary/);
    assert.match(byFile.get('empty.md')!.message, /empty file/);
    if (!lockedIsReadable) assert.match(byFile.get('locked.md')!.message, /cannot be read/);
    for (const p of problems) assert.equal(p.severity, 'skipped');
    assert.ok(c.documents().some((d) => d.file === 'good.md'));
  });

  it('never caches a transient failure: a Word file whose read timed out once is read in the next scan and the next session', async () => {
    writeFileSync(join(folder, 'plan.docx'), await buildDocx([{ kind: 'paragraph', text: '（一）建设城市算力中心。（责任单位：市发改委）' }]));
    let failures = 1;
    const flaky = () =>
      new UserCorpus({
        store: new DirectoryCacheStore(cacheDir),
        read: (bytes, kind) =>
          readUserFile(bytes, kind, {
            ...testReadOptions,
            docx: async (docx) => {
              if (failures-- > 0) throw new TransientReadError('reading took over 10 s');
              return docxText(docx);
            },
          }),
        onProblem: (p) => problems.push(p),
      });
    const first = flaky();
    await first.addFolder(folder, nodeFolderSource(folder));
    assert.equal(first.documents().length, 0);
    assert.match(problems.map((p) => p.message).join('\n'), /reading took over 10 s; it will be tried again/);
    await first.addFolder(folder, nodeFolderSource(folder));
    assert.equal(first.documents().length, 1, 'the next scan reads it again');
    failures = 1;
    rmSync(cacheDir, { recursive: true, force: true });
    const session = flaky();
    await session.addFolder(folder, nodeFolderSource(folder));
    const later = flaky();
    await later.addFolder(folder, nodeFolderSource(folder));
    assert.equal(later.documents().length, 1, 'a later session does not find the failure in the cache');
  });

  it('reports a missing folder without throwing', async () => {
    const c = corpus();
    await c.addFolder(join(root, 'nowhere'), nodeFolderSource(join(root, 'nowhere')));
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /folder cannot be read/);
    assert.deepEqual(c.documents(), []);
  });

  it('refuses a file over the size limit and says so', async () => {
    const result = await readUserFile(new TextEncoder().encode(markdownPlan), 'md', { ...testReadOptions, limits: { maxBytes: 100, maxChars: 1000 } });
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.reason, /over the 0\.0 MB limit|over the .* limit/);
    const long = await readUserFile(new TextEncoder().encode(markdownPlan), 'md', { ...testReadOptions, limits: { maxBytes: 1e6, maxChars: 50 } });
    assert.match(long.ok ? '' : long.reason, /characters, over the 50 limit/);
  });

  it('keeps the file indexed when its front matter is broken, and says what was ignored', async () => {
    writeFileSync(join(folder, 'a.md'), markdownPlan.replace('level: 市级', 'level: 乡级').replace('title: ', 'title '));
    const c = corpus();
    await c.addFolder(folder, nodeFolderSource(folder));
    assert.equal(c.documents().length, 1);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.severity, 'warning');
    assert.match(problems[0]!.message, /front matter ignored/);
  });

  it('keeps the readable fields of front matter written in other YAML, leaving out the one it cannot read', async () => {
    writeFileSync(join(folder, 'a.md'), markdownPlan.replace('level: 市级', 'level: 市级\ntags: [数字经济, 规划]'));
    const c = corpus();
    await c.addFolder(folder, nodeFolderSource(folder));
    const [document] = c.documents();
    assert.equal(document?.meta.title, '某市数字经济高质量发展三年行动方案');
    assert.equal(document?.meta.level, '市级');
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /line 4: cannot read the value `\[数字经济, 规划\]`.*left out/);
  });
  it('tells onRead each document read, in path order, and none a manifest vouched for', async () => {
    // Written long ago: a manifest trusts no file changed within its racy window.
    for (const name of ['c.md', 'a.md', 'b.md']) {
      writeFileSync(join(folder, name), markdownPlan.replace('3000亿元', `${name}亿元`));
      touch(join(folder, name), 1_700_000_000);
    }
    writeFileSync(join(folder, 'empty.md'), '');
    const scan = async () => {
      const read: string[] = [];
      const c = new UserCorpus({
        store: new DirectoryCacheStore(cacheDir),
        manifests: new DirectoryCacheStore(join(root, 'manifests')),
        readAhead: 3,
        read: (bytes, kind) => readUserFile(bytes, kind, testReadOptions),
        onRead: (document) => read.push(document.file),
      });
      await c.addFolder(folder, nodeFolderSource(folder));
      return { read, c };
    };
    const first = await scan();
    assert.deepEqual(first.read, ['a.md', 'b.md', 'c.md'], 'the empty file is skipped, the rest in path order');
    assert.deepEqual(
      first.c.documents().map((d) => d.file),
      first.read,
    );
    writeFileSync(join(folder, 'b.md'), markdownPlan.replace('3000亿元', '4000亿元'));
    touch(join(folder, 'b.md'), 1_700_000_100);
    const second = await scan();
    assert.deepEqual(second.read, ['b.md'], 'only the changed file is read; the others wait in the manifest');
  });

  it('reads several files at once with readAhead, and takes them in path order: the same documents and problems', async () => {
    for (let i = 0; i < 9; i++) writeFileSync(join(folder, `plan${i}.md`), markdownPlan.replace('3000亿元', `${3000 + i}亿元`));
    writeFileSync(join(folder, 'plan3.md'), '');
    writeFileSync(join(folder, 'plan6.md'), markdownPlan.replace('level: 市级', 'level: 乡级').replace('title: ', 'title '));
    const scan = async (readAhead: number) => {
      let inFlight = 0;
      let most = 0;
      let calls = 0;
      const seen: UserCorpusProblem[] = [];
      const c = new UserCorpus({
        store: new DirectoryCacheStore(join(root, `cache-${readAhead}`)),
        readAhead,
        // Later files answer first: only the order the scan takes them in can keep the output the same.
        read: async (bytes, kind) => {
          most = Math.max(most, ++inFlight);
          await new Promise((resolve) => setTimeout(resolve, 60 - 5 * calls++));
          inFlight--;
          return readUserFile(bytes, kind, testReadOptions);
        },
        onProblem: (p) => seen.push(p),
      });
      await c.addFolder(folder, nodeFolderSource(folder));
      return { ids: c.documents().map((d) => d.id), texts: texts(c), problems: seen, most, generation: c.generation };
    };
    const one = await scan(1);
    const four = await scan(4);
    assert.equal(one.most, 1);
    assert.equal(four.most, 4, 'four files were in reading at once');
    assert.deepEqual({ ...four, most: 1 }, one);
    assert.equal(one.ids.length, 8);
    assert.deepEqual(
      one.problems.map((p) => p.file),
      ['plan3.md', 'plan6.md'],
    );
  });
});

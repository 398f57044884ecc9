import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { MemoryCacheStore } from '../../src/core/userCorpus/cacheStore';
import { settleAnswer, type UserFileAnswer } from '../../src/core/userCorpus/encodedResult';
import { ReaderCrashError, TransientReadError } from '../../src/core/userCorpus/readUserFile';
import { crashedTwiceReason, readThroughCache } from '../../src/core/userCorpus/userFileCache';
import { nodeFolderSource } from '../../src/core/userCorpus/folderSource';
import { UserCorpus, type UserCorpusProblem } from '../../src/core/userCorpus/userCorpus';
import type { UserFileResult } from '../../src/core/userCorpus/userDocument';
import { WorkerFileReader } from '../../src/server/workerFileReader';
import { WorkerReaderPool } from '../../src/server/workerReaderPool';
import { spawnSync } from 'node:child_process';

/**
 * The language server reads own-corpus files in a worker thread, each within a time budget: a
 * file over it is stopped and skipped for now (never cached), the files behind it are read, and
 * the thread that answers hovers is never the one that parses.
 */

const root = resolve(__dirname, '../..');
const hostile = resolve(root, '../shared/hostile-inputs');

/**
 * A stand-in reader thread: a file whose first byte is `s` spins for ever, `x` throws, `c` ends the
 * thread, `m` fills its heap, others are read as their length; an import answers with its page.
 */
const fakeReader = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, job, bytes, page }) => {
  if (job === 'import') return parentPort.postMessage({ id, result: { ok: false, needs: 'level', page } });
  if (bytes[0] === 115) for (;;) {}
  if (bytes[0] === 120) return parentPort.postMessage({ id, error: 'boom' });
  if (bytes[0] === 99) process.exit(3);
  if (bytes[0] === 109) { const held = []; for (;;) held.push(new Array(1e5).fill(held.length)); }
  parentPort.postMessage({ id, result: { ok: false, reason: 'read ' + bytes.length + ' bytes on thread ' + require('node:worker_threads').threadId } });
});`;

const bytes = (text: string) => new TextEncoder().encode(text);
const reasonOf = (answer: UserFileAnswer) => {
  const { result } = settleAnswer(answer);
  return result.ok ? 'ok' : result.reason;
};

describe('own-corpus files read off the server thread, within a time budget', function () {
  this.timeout(60_000);

  it('stops a file over its budget as transient, and reads the files queued behind it', async () => {
    let spawned = 0;
    const reader = new WorkerFileReader({
      spawn: () => {
        spawned++;
        return new Worker(fakeReader, { eval: true });
      },
      budgetMs: 1_000,
    });
    try {
      const slow = reader.read(bytes('slow'), 'md');
      const after = [reader.read(bytes('ab'), 'md'), reader.read(bytes('abc'), 'txt')];
      await assert.rejects(slow, (error: unknown) => error instanceof TransientReadError && /reading took over 1 s and was stopped/.test(error.message));
      const [two, three] = await Promise.all(after);
      assert.match(reasonOf(two!), /^read 2 bytes/);
      assert.match(reasonOf(three!), /^read 3 bytes/);
      assert.equal(spawned, 2, 'the stuck worker was replaced once');
    } finally {
      await reader.dispose();
    }
  });

  it('gives each file its budget from when it starts, not from when it was queued', async () => {
    const reader = new WorkerFileReader({ spawn: () => new Worker(fakeReader, { eval: true }), budgetMs: 1_000 });
    try {
      const first = reader.read(bytes('slow'), 'md');
      const second = reader.read(bytes('slow'), 'md');
      const third = reader.read(bytes('fine'), 'md');
      const started = Date.now();
      await assert.rejects(first, TransientReadError);
      await assert.rejects(second, TransientReadError);
      assert.ok(Date.now() - started >= 1_900, 'the second file had its own second');
      assert.match(reasonOf(await third), /^read 4 bytes/);
    } finally {
      await reader.dispose();
    }
  });

  it('takes an exception in the reader as a verdict on the file', async () => {
    const reader = new WorkerFileReader({ spawn: () => new Worker(fakeReader, { eval: true }), budgetMs: 5_000 });
    try {
      assert.equal(reasonOf(await reader.read(bytes('x'), 'md')), 'could not be read: boom');
    } finally {
      await reader.dispose();
    }
  });

  it('never caches a read that ran out of time: the next scan reads the file again', async () => {
    const store = new MemoryCacheStore();
    const timedOut = await readThroughCache(bytes('（一）建设城市算力中心。'), 'md', store, () => Promise.reject(new TransientReadError('reading took over 10 s and was stopped')));
    assert.deepEqual(timedOut.result, { ok: false, reason: 'reading took over 10 s and was stopped', transient: true });
    assert.deepEqual(await store.keys(), []);
  });

  it('fails a file the worker crashes or runs out of memory on as a crash, and reads the next in a fresh worker', async () => {
    const reader = new WorkerFileReader({ spawn: () => new Worker(fakeReader, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 32 } }), budgetMs: 20_000 });
    try {
      await assert.rejects(reader.read(bytes('crash'), 'md'), (error: unknown) => error instanceof ReaderCrashError && /exited \(code 3\)/.test(error.message));
      await assert.rejects(reader.read(bytes('memory'), 'md'), (error: unknown) => error instanceof ReaderCrashError && /out of memory/i.test(error.message));
      assert.match(reasonOf(await reader.read(bytes('ab'), 'md')), /^read 2 bytes/);
    } finally {
      await reader.dispose();
    }
  });

  it('keeps a second crash on the same bytes as a verdict, read no more; one crash, or a timeout, is not kept', async () => {
    const store = new MemoryCacheStore();
    const file = bytes('（一）建设城市算力中心。');
    let reads = 0;
    const crashing = () => {
      reads++;
      return Promise.reject(new ReaderCrashError('the corpus reader exited (code 134)'));
    };
    const first = await readThroughCache(file, 'md', store, crashing);
    assert.deepEqual(first.result, { ok: false, reason: crashedTwiceReason });
    assert.equal(reads, 2, 'tried once more in a fresh reader');
    assert.equal((await readThroughCache(file, 'md', store, crashing)).hit, true);
    assert.equal(reads, 2, 'a later scan does not read it again');

    const other = new MemoryCacheStore();
    let tries = 0;
    const onceOnly = () =>
      tries++ === 0 ? Promise.reject(new ReaderCrashError('the corpus reader exited (code 134)')) : Promise.resolve<UserFileResult>({ ok: false, reason: 'no text to index' });
    assert.deepEqual((await readThroughCache(file, 'md', other, onceOnly)).result, { ok: false, reason: 'no text to index' });

    const slow = new MemoryCacheStore();
    const timedOut = await readThroughCache(file, 'md', slow, () => Promise.reject(new TransientReadError('reading took over 10 s and was stopped')));
    assert.equal(!timedOut.result.ok && timedOut.result.transient, true);
    assert.deepEqual(await slow.keys(), []);
  });

  it('skips a file that crashes the reader twice, with a plain reason, until its bytes change', async () => {
    const problems: UserCorpusProblem[] = [];
    let reads = 0;
    const reader = new WorkerFileReader({ spawn: () => new Worker(fakeReader, { eval: true }), budgetMs: 20_000 });
    const files = new Map([['plan.md', bytes('crash')]]);
    const source = {
      list: async () => ({ files: [...files].map(([path, b]) => ({ path, size: b.length, mtime: b.length })), unreadable: [] }),
      read: async (path: string) => files.get(path)!,
    };
    const corpus = new UserCorpus({
      store: new MemoryCacheStore(),
      read: (b, kind) => {
        reads++;
        return reader.read(b, kind);
      },
      onProblem: (p) => problems.push(p),
    });
    try {
      await corpus.addFolder('/own', source);
      assert.deepEqual(
        problems.map((p) => [p.file, p.message, p.severity]),
        [['plan.md', crashedTwiceReason, 'skipped']],
      );
      assert.equal(reads, 2);
      await corpus.updateFile('/own', 'plan.md');
      assert.equal(reads, 2, 'the verdict is cached under the bytes');
      files.set('plan.md', bytes('（一）建设城市算力中心。'));
      await corpus.updateFile('/own', 'plan.md');
      assert.equal(reads, 3, 'changed bytes are read again');
    } finally {
      await reader.dispose();
    }
  });

  it("runs Import Document's jobs before the files queued", async () => {
    const reader = new WorkerFileReader({ spawn: () => new Worker(fakeReader, { eval: true }), budgetMs: 5_000 });
    const order: string[] = [];
    try {
      await Promise.all([
        reader.read(bytes('a'), 'md').then(() => order.push('file a')),
        reader.read(bytes('bb'), 'md').then(() => order.push('file bb')),
        reader.run({ job: 'import', page: '页面', options: { id: 'x' } }).then((outcome) => order.push(`import ${JSON.stringify(outcome)}`)),
      ]);
      assert.deepEqual(order, ['file a', 'import {"ok":false,"needs":"level","page":"页面"}', 'file bb']);
    } finally {
      await reader.dispose();
    }
  });

  it('stops cleaning a hostile page to import at its budget in dist/server.js, and reads a hostile Word file there', async function () {
    const worker = join(root, 'dist/server.js');
    if (!existsSync(worker)) throw new Error('dist/server.js is missing: run `npm run build` first');
    if (!existsSync(hostile)) this.skip();
    const reader = new WorkerFileReader({ spawn: () => new Worker(worker), budgetMs: 300 });
    try {
      const page = readFileSync(join(hostile, 'R04-import-page-parens.txt'), 'utf8').repeat(10);
      await assert.rejects(
        reader.run({ job: 'import', page, options: { id: 'x', level: '市级' } }),
        (error: unknown) => error instanceof TransientReadError && error.message === 'cleaning the page took over 0.3 s and was stopped',
      );
    } finally {
      await reader.dispose();
    }
    const roomy = new WorkerFileReader({ spawn: () => new Worker(worker), budgetMs: 20_000 });
    try {
      const docx = await roomy.run({ job: 'pageText', bytes: readFileSync(join(hostile, 'R01-docx-gridspan-3e8-oom.docx')), name: 'R01.docx' });
      assert.equal(docx.ok, false);
      assert.match(docx.ok ? '' : docx.reason, /^not a readable Word \(\.docx\) file: its tables have over/);
    } finally {
      await roomy.dispose();
    }
  });

  it('reads the hostile corpus folders in dist/server.js, one file at a time, and skips one over its budget with a clear message', async function () {
    const worker = join(root, 'dist/server.js');
    if (!existsSync(worker)) throw new Error('dist/server.js is missing: run `npm run build` first');
    if (!existsSync(hostile)) this.skip();
    const folders = readdirSync(hostile).filter((name) => name.startsWith('R04-corpus-'));
    const problems: UserCorpusProblem[] = [];
    const run = async (budgetMs: number) => {
      const reader = new WorkerFileReader({ spawn: () => new Worker(worker), budgetMs });
      const corpus = new UserCorpus({ store: new MemoryCacheStore(), read: (b, kind) => reader.read(b, kind), onProblem: (p) => problems.push(p) });
      try {
        for (const folder of folders) await corpus.addFolder(join(hostile, folder), nodeFolderSource(join(hostile, folder)));
        return corpus.documents();
      } finally {
        await reader.dispose();
      }
    };
    const files = folders.map((f) => readdirSync(join(hostile, f)).length).reduce((a, b) => a + b);
    const documents = await run(20_000);
    assert.equal(documents.length, files, problems.map((p) => p.message).join('\n'));
    assert.ok(documents.every((d) => d.plan.clauses.length > 0));
    problems.length = 0;
    assert.equal((await run(1)).length, 0, 'no file is read in 1 ms');
    assert.equal(problems.length, files);
    for (const problem of problems) assert.match(problem.message, /^reading took over 0 s and was stopped; it will be tried again$/);
  });
  it('spreads files over the threads of a pool, each answer for its own file', async () => {
    const pool = new WorkerReaderPool({ spawn: () => new Worker(fakeReader, { eval: true }), budgetMs: 5_000 }, 2);
    try {
      const reasons = (await Promise.all(['a', 'bb', 'ddd', 'eeee'].map((text) => pool.read(bytes(text), 'md')))).map(reasonOf);
      assert.deepEqual(
        reasons.map((r) => r.replace(/ on thread \d+$/, '')),
        ['read 1 bytes', 'read 2 bytes', 'read 3 bytes', 'read 4 bytes'],
      );
      assert.equal(new Set(reasons.map((r) => r.replace(/^.* on thread /, ''))).size, 2, 'both threads read');
    } finally {
      await pool.dispose();
    }
  });

  describe('with two jobs handed to the worker at once (the CLI)', () => {
    /** A reader whose file `p…` says whether the next job was already in its queue while it read. */
    const peekingReader = `
const { parentPort, receiveMessageOnPort } = require('node:worker_threads');
const handle = ({ id, bytes }) => {
  if (bytes[0] === 115) for (;;) {}
  if (bytes[0] === 99) process.exit(3);
  if (bytes[0] !== 112) return parentPort.postMessage({ id, result: { ok: false, reason: 'read ' + bytes.length + ' bytes' } });
  const until = Date.now() + 1000;
  let next;
  while (!next && Date.now() < until) next = receiveMessageOnPort(parentPort);
  parentPort.postMessage({ id, result: { ok: false, reason: next ? 'the next job was waiting' : 'no job was waiting' } });
  if (next) handle(next.message);
};
parentPort.on('message', handle);`;
    const deep = (budgetMs: number, spawned = { count: 0 }) =>
      new WorkerFileReader({
        spawn: () => {
          spawned.count++;
          return new Worker(peekingReader, { eval: true });
        },
        budgetMs,
        depth: 2,
      });

    it('hands the next job over before the worker answers the one it is on', async () => {
      const reader = deep(10_000);
      try {
        const [first, second] = await Promise.all([reader.read(bytes('peek'), 'md'), reader.read(bytes('abc'), 'md')]);
        assert.equal(reasonOf(first), 'the next job was waiting');
        assert.equal(reasonOf(second), 'read 3 bytes');
        const one = new WorkerFileReader({ spawn: () => new Worker(peekingReader, { eval: true }), budgetMs: 10_000 });
        try {
          // With one job at a time (the server), the worker is never handed a second.
          const alone = one.read(bytes('peek'), 'md');
          await new Promise((resolve) => setTimeout(resolve, 50));
          const behind = one.read(bytes('ab'), 'md');
          assert.equal(reasonOf(await alone), 'no job was waiting');
          assert.equal(reasonOf(await behind), 'read 2 bytes');
        } finally {
          await one.dispose();
        }
      } finally {
        await reader.dispose();
      }
    });

    it('stops only the job over its budget; the one handed behind it is read by a fresh worker', async () => {
      const spawned = { count: 0 };
      const reader = deep(1_000, spawned);
      try {
        const slow = reader.read(bytes('slow'), 'md');
        const behind = [reader.read(bytes('ab'), 'md'), reader.read(bytes('abc'), 'md'), reader.read(bytes('slow'), 'md'), reader.read(bytes('abcd'), 'md')];
        await assert.rejects(slow, (error: unknown) => error instanceof TransientReadError && /reading took over 1 s/.test(error.message));
        const [two, three, again, four] = await Promise.allSettled(behind);
        assert.deepEqual(
          [two, three, four].map((r) => (r?.status === 'fulfilled' ? reasonOf(r.value) : 'rejected')),
          ['read 2 bytes', 'read 3 bytes', 'read 4 bytes'],
        );
        assert.equal(again!.status, 'rejected', 'the second slow file had its own budget, and spent it');
        assert.equal(spawned.count, 3, 'each stuck worker was replaced once');
      } finally {
        await reader.dispose();
      }
    });

    it('fails a crash as the crash of the job the worker was on, and reads the job handed behind it', async () => {
      const reader = deep(10_000);
      try {
        const crash = reader.read(bytes('crash'), 'md');
        const behind = reader.read(bytes('ab'), 'md');
        await assert.rejects(crash, (error: unknown) => error instanceof ReaderCrashError && /exited \(code 3\)/.test(error.message));
        assert.equal(reasonOf(await behind), 'read 2 bytes');
      } finally {
        await reader.dispose();
      }
    });

    it('fails every job, handed or queued, as transient when it is disposed', async () => {
      const reader = deep(10_000);
      const jobs = [reader.read(bytes('slow'), 'md'), reader.read(bytes('ab'), 'md'), reader.read(bytes('abc'), 'md')].map((job) => job.then(reasonOf, (error: Error) => error));
      await new Promise((resolve) => setTimeout(resolve, 100));
      await reader.dispose();
      for (const outcome of await Promise.all(jobs)) assert.ok(outcome instanceof TransientReadError && outcome.message === 'the corpus reader has stopped', String(outcome));
    });
  });

  it('keeps the process alive while a file is in reading, and lets it end when the reader is idle', () => {
    // A CLI run has nothing else keeping Node alive while it waits for the worker's answer.
    const script = `
      const { Worker } = require('node:worker_threads');
      const { WorkerFileReader } = require(${JSON.stringify(join(root, 'src/server/workerFileReader.ts'))});
      const reader = new WorkerFileReader({ spawn: () => new Worker(${JSON.stringify(fakeReader)}, { eval: true }), budgetMs: 5_000 });
      reader.read(new TextEncoder().encode('abc'), 'md').then((result) => console.log(result.reason.replace(/ on thread.*/, '')));`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(child.status, 0, child.stderr);
    assert.equal(child.stdout.trim(), 'read 3 bytes');
  });
});

import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/run';
import { fixtureCorpusIndex } from './searchFixtureIndex';

async function cli(args: string[], bundleDir: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { out: (t) => (out += t), err: (t) => (err += t), bundleDir });
  return { code, out, err };
}

describe('search CLI', () => {
  let dir: string;
  const index = fixtureCorpusIndex();
  let root: string;
  before(() => {
    // The bundle folder sits inside a folder of its own: the CLI compares the index with a
    // corpus/ beside it, and a stray one beside a shared temp folder must not count.
    root = mkdtempSync(join(tmpdir(), 'policy-draft-search-'));
    dir = join(root, 'dist');
    mkdirSync(dir);
    writeFileSync(join(dir, 'corpus-index.json'), JSON.stringify(index));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('prints a JSON array, best first, with text, docId, docTitle, path, line and score', async () => {
    const { code, out } = await cli(['search', '--json', '--limit', '3', '互联网医院'], dir);
    assert.equal(code, 0);
    const results = JSON.parse(out) as Record<string, unknown>[];
    assert.ok(results.length >= 1 && results.length <= 3);
    const [first] = results;
    assert.ok(String(first!.text).includes('互联网医院'));
    assert.equal(first!.docId, 'fixture-sh');
    assert.equal(first!.docTitle, '上海市促进生命健康产业高质量发展行动方案');
    assert.deepEqual(first!.path, ['二、重点任务', '（三）推进数字医疗']);
    assert.equal(typeof first!.score, 'number');
    // `line` is 1-based and points at the clause in the corpus file.
    const doc = index.documents.find((d) => d.meta.id === first!.docId)!;
    assert.equal(doc.lines[(first!.line as number) - 1], first!.text);
    const scores = results.map((r) => r.score as number);
    assert.deepEqual(
      [...scores].sort((a, b) => b - a),
      scores,
    );
  });

  it('answers a whole clause with precedents from several documents', async () => {
    const { code, out } = await cli(['search', '--json', '建立产业统计监测和运行分析制度，逐季调度重点任务推进情况，将目标完成情况纳入年度考核。'], dir);
    assert.equal(code, 0);
    const results = JSON.parse(out) as { docId: string }[];
    assert.ok(new Set(results.slice(0, 3).map((r) => r.docId)).size === 3);
  });

  it('joins the words of the query and prints readable text without --json', async () => {
    const { code, out } = await cli(['search', '季度', '考核'], dir);
    assert.equal(code, 0);
    assert.match(out, /^1\. .*季度/s);
  });

  it('prints an empty array when nothing matches', async () => {
    const { code, out } = await cli(['search', '--json', 'ꙮꙮ'], dir);
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(out), []);
  });

  const usage: [string, string[], RegExp][] = [
    ['no query', ['search', '--json'], /needs a query/],
    ['a bad limit', ['search', '--limit', 'x', '医院'], /--limit/],
    ['an unknown option', ['search', '--fuzzy', '医院'], /unknown option/],
  ];
  for (const [name, args, message] of usage) {
    it(`exits 2 on ${name}`, async () => {
      const { code, err } = await cli(args, dir);
      assert.equal(code, 2);
      assert.match(err, message);
    });
  }

  it('ignores a folder named like a corpus document beside the bundle (no crash in the stale check)', async () => {
    mkdirSync(join(root, 'corpus', 'folder.md'), { recursive: true });
    try {
      const { code, err } = await cli(['search', '互联网医院'], dir);
      assert.equal(code, 0, err);
    } finally {
      rmSync(join(root, 'corpus'), { recursive: true, force: true });
    }
  });

  it('exits 2 with a clear message when the index is missing or corrupt', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'policy-draft-search-'));
    try {
      let result = await cli(['search', '医院'], empty);
      assert.equal(result.code, 2);
      assert.match(result.err, /cannot read the corpus index/);
      writeFileSync(join(empty, 'corpus-index.json'), '{"schemaVersion":1,');
      result = await cli(['search', '医院'], empty);
      assert.equal(result.code, 2);
      assert.match(result.err, /not valid JSON.*npm run build/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkDraft } from '../../../src/core/analysis/checkDraft';
import { defaultSettings } from '../../../src/core/config/settings';
import { SearchEngine } from '../../../src/core/search/searchEngine';
import { parsePlan } from '../../../src/core/parsing/parsePlan';
import { MemoryCacheStore } from '../../../src/core/userCorpus/cacheStore';
import { nodeFolderSource } from '../../../src/core/userCorpus/folderSource';
import { readProjectUserFile } from '../../../src/core/userCorpus/projectReader';
import { withUserDocuments } from '../../../src/core/userCorpus/toSearchCorpus';
import { UserCorpus } from '../../../src/core/userCorpus/userCorpus';
import { parseCorpusDocument } from '../../../src/core/corpus/corpusDocument';
import { importForCorpus } from '../../../src/core/userCorpus/importDocument';

/**
 * Every real document of ../shared/realworld/docs, every run: each step a user's file goes through
 * runs on all 465 with no exception and no document over the time limit. CI has ../shared; without
 * it the suite says so and skips.
 *
 * Shared by the features that read real documents: add a step to `steps` (import, search …) and it
 * runs on every document with the same limits and the same report.
 */

const docs = resolve(__dirname, '../../../../shared/realworld/docs');
/** The limit per document and step, on the 2-core CI machine. */
const limitMs = 2000;

interface Step {
  name: string;
  /** Runs the step on one document; throws on failure. */
  run(text: string, file: string): void;
}

const steps: Step[] = [
  {
    name: 'parse',
    run(text) {
      const plan = parsePlan(text);
      assert.ok(plan.lineCount > 0);
    },
  },
  {
    name: 'check',
    run(text) {
      for (const finding of checkDraft(text, defaultSettings)) assert.ok(finding.range.start.line >= 0);
    },
  },
  {
    // The importer as the batch CLI runs it (level given, as the metadata table does; the own
    // corpus's readPage runs the same cleaning): a valid corpus file with a body, no markup left.
    name: 'import',
    run(text, file) {
      const outcome = importForCorpus(text, { id: 'realworld-doc', level: '省级' });
      assert.ok(outcome.ok);
      const doc = parseCorpusDocument(outcome.result.text, file);
      assert.ok(doc.lines.slice(doc.bodyLine).some((line) => line.trim() !== ''));
      assert.doesNotMatch(outcome.result.text, /<\/?(?:p|div|span|td|tr|table|br)[\s>/]/);
    },
  },
];

describe('every real document (../shared/realworld/docs)', function () {
  // 465 documents and every step: the whole suite's budget, not one document's.
  this.timeout(10 * 60 * 1000);
  const present = existsSync(docs);
  const files = present
    ? readdirSync(docs)
        .filter((name) => name.endsWith('.txt'))
        .sort()
    : [];

  before(function () {
    if (!present) {
      console.log(`      skipped: ${docs} is absent (the real documents live beside the repository, in ../shared)`);
      this.skip();
    }
  });

  for (const step of steps) {
    it(`${step.name}: every document without an exception, none over ${limitMs / 1000} s`, () => {
      const failures: string[] = [];
      const slow: string[] = [];
      let slowest = { file: '', ms: 0 };
      for (const file of files) {
        const text = readFileSync(join(docs, file), 'utf8');
        const started = performance.now();
        try {
          step.run(text, file);
        } catch (error) {
          failures.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
        }
        const ms = performance.now() - started;
        if (ms > slowest.ms) slowest = { file, ms };
        if (ms > limitMs) slow.push(`${file}: ${Math.round(ms)} ms`);
      }
      assert.ok(files.length > 0, `no documents in ${docs}`);
      assert.deepEqual({ failures, slow }, { failures: [], slow: [] });
      console.log(`      ${step.name}: ${files.length} documents, slowest ${slowest.file} ${Math.round(slowest.ms)} ms`);
    });
  }

  it('search: the whole folder as an own corpus, every file read, no markup in a clause, none over the limit', async () => {
    const slow: string[] = [];
    const skipped: string[] = [];
    const corpus = new UserCorpus({
      store: new MemoryCacheStore(),
      read: async (bytes, kind) => {
        const started = performance.now();
        const result = await readProjectUserFile(bytes, kind);
        const ms = performance.now() - started;
        if (ms > limitMs) slow.push(`${Math.round(ms)} ms`);
        return result;
      },
      onProblem: (problem) => problem.severity === 'skipped' && skipped.push(`${problem.file}: ${problem.message}`),
    });
    await corpus.addFolder(docs, nodeFolderSource(docs));
    const documents = corpus.documents();
    const engine = SearchEngine.build(withUserDocuments({ documents: [], clauses: [] }, documents));
    const marked = engine.corpus.clauses.filter((clause) => /<\/?(p|div|span|td|tr|table|br|style|script)\b|&nbsp;|&gt;/i.test(clause.text));
    const hover = engine.hover('支持龙头企业建设行业级工业互联网平台，对新认定的国家级跨行业跨领域平台给予一次性奖励。', { limit: 5 });
    const palette = engine.palette('揭榜挂帅', { limit: 5 });
    assert.deepEqual({ skipped, slow }, { skipped: [], slow: [] });
    assert.equal(documents.length, files.length);
    assert.ok(marked.length <= engine.corpus.clauses.length * 0.001, `${marked.length} clauses hold markup, e.g. ${marked[0]?.text.slice(0, 80)}`);
    assert.equal(hover.length, 5);
    assert.ok(palette.every((hit) => hit.exact));
    console.log(`      search: ${documents.length} documents, ${engine.corpus.clauses.length} clauses, ${marked.length} with markup left`);
  });
});

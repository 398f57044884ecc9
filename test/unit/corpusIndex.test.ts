import * as assert from 'node:assert/strict';
import { formatCorpusDocument, parseCorpusDocument } from '../../src/core/corpus/corpusDocument';
import type { CorpusMeta } from '../../src/core/corpus/corpusMeta';
import { buildCorpusIndex, corpusIndexSchemaVersion, corpusSourceHash, CorpusIndexError, loadCorpusIndex, type CorpusIndexProblem } from '../../src/core/corpus/corpusIndex';
import type { ParsedPlan } from '../../src/core/model';

const meta: CorpusMeta = {
  id: 'zj-life-health',
  title: '浙江省人民政府办公厅关于加快生命健康科技创新发展的实施意见',
  issuer: '浙江省人民政府办公厅',
  region: '浙江省',
  level: '省级',
  kind: '实施意见',
  source: '网页转载稿，经清洗整理',
  corrections: [],
};
const text = formatCorpusDocument(meta, '二、重点任务\n\n1. 强化前沿基础研究。省财政予以重点支持。（责任单位：省科技厅、省财政厅）');
const files = [{ file: 'zj-life-health.md', text, document: parseCorpusDocument(text, 'zj-life-health.md') }];

/** A stand-in parser that records what it was given: one paragraph clause per non-empty line. */
function lineParser(body: string): ParsedPlan {
  const lines = body.split('\n');
  const clauses = lines.flatMap((line, i) =>
    line.trim() === ''
      ? []
      : [
          {
            kind: 'paragraph' as const,
            text: line,
            path: [],
            range: { start: { line: i, column: 0 }, end: { line: i, column: line.length } },
            units: [],
            targets: [],
            children: [],
          },
        ],
  );
  return { clauses, tables: [], lineCount: lines.length };
}

describe('corpus index', () => {
  const json = JSON.stringify(buildCorpusIndex(files, lineParser));

  it('loads what it built, with ranges that are lines of the corpus file', () => {
    const index = loadCorpusIndex(json, { expectedSourceHash: corpusSourceHash(files) });
    const [doc] = index.documents;
    assert.equal(doc!.meta.id, 'zj-life-health');
    const task = doc!.plan.clauses.find((c) => c.text.startsWith('1. '))!;
    assert.equal(doc!.lines[task.range.start.line], task.text);
    assert.ok(task.range.start.line >= doc!.bodyLine, 'front matter is not parsed as body');
  });

  const bad: [string, string, CorpusIndexProblem, RegExp][] = [
    ['truncated JSON', json.slice(0, json.length / 2), 'corrupt', /not valid JSON/],
    ['empty file', '', 'corrupt', /not valid JSON/],
    ['JSON of another shape', '[1, 2, 3]', 'corrupt', /malformed/],
    ['another schema version', json.replace(`"schemaVersion":${corpusIndexSchemaVersion}`, '"schemaVersion":99'), 'version', /schema version 99/],
    ['a field of the wrong type', json.replace('"bodyLine":', '"bodyLine":"x","was":'), 'corrupt', /malformed/],
    ['an edited clause', json.replace('强化前沿基础研究', '强化基础研究'), 'corrupt', /does not match its hash/],
  ];
  for (const [name, input, problem, message] of bad) {
    it(`refuses ${name}`, () => {
      assert.throws(
        () => loadCorpusIndex(input),
        (error: unknown) => error instanceof CorpusIndexError && error.problem === problem && message.test(error.message) && /npm run build/.test(error.message),
      );
    });
  }

  it('reports a stale index when the corpus files changed since the build', () => {
    const changed = [{ file: 'zj-life-health.md', text: text + '\n补充一句。' }];
    assert.throws(
      () => loadCorpusIndex(json, { expectedSourceHash: corpusSourceHash(changed) }),
      (error: unknown) => error instanceof CorpusIndexError && error.problem === 'stale',
    );
  });

  it('hashes corpus files independently of their order', () => {
    const a = { file: 'a.md', text: '甲' };
    const b = { file: 'b.md', text: '乙' };
    assert.equal(corpusSourceHash([a, b]), corpusSourceHash([b, a]));
    assert.notEqual(corpusSourceHash([a]), corpusSourceHash([a, b]));
  });
});

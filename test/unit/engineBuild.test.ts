import * as assert from 'node:assert/strict';
import { EngineBuild } from '../../src/core/search/engineBuild';
import { SearchEngine } from '../../src/core/search/searchEngine';
import type { SearchCorpus } from '../../src/core/search/types';
import { fixtureCorpus } from './searchFixture';

/** The fixture's documents from `from` on, added one by one to an engine over the ones before. */
function builtFrom(from: number): { built: SearchEngine; whole: SearchEngine } {
  const base: SearchCorpus = {
    documents: fixtureCorpus.documents.slice(0, from),
    clauses: fixtureCorpus.clauses.filter((clause) => clause.doc < from),
  };
  const build = new EngineBuild(base);
  for (let doc = from; doc < fixtureCorpus.documents.length; doc++) {
    build.add(fixtureCorpus.documents[doc]!, (index) => {
      assert.equal(index, doc, 'each document is told its index among the documents');
      return fixtureCorpus.clauses.filter((clause) => clause.doc === doc);
    });
  }
  // The fixture's clauses are in document order, so the whole build sees them in the same order.
  return { built: build.finish(), whole: SearchEngine.build(fixtureCorpus) };
}

describe('search/EngineBuild', () => {
  const queries = ['互联网医院', '一类新药', '建立产业统计监测和运行分析制度，逐季调度重点任务推进情况。', '聚焦手术机器人、高端医学影像设备等领域，实施关键技术攻关。'];

  for (const from of [0, 1, 3, fixtureCorpus.documents.length]) {
    it(`with ${from} document(s) as the base and the rest added one by one, is the engine built in one go`, () => {
      const { built, whole } = builtFrom(from);
      assert.deepEqual(built.corpus, whole.corpus);
      assert.deepEqual(built.indexParts, whole.indexParts);
      assert.deepEqual(built.names, whole.names);
      for (const query of queries) {
        assert.deepEqual(built.palette(query, { limit: 5 }), whole.palette(query, { limit: 5 }), query);
        assert.deepEqual(built.hover(query, { limit: 5 }), whole.hover(query, { limit: 5 }), query);
      }
    });
  }

  it('takes no document after finish (the engine shares its dictionary)', () => {
    const build = new EngineBuild(fixtureCorpus);
    build.finish();
    assert.throws(() => build.add(fixtureCorpus.documents[0]!, () => []), /after finish/);
  });

  it('counts its base only once a document comes, and counts it once', () => {
    const build = new EngineBuild(fixtureCorpus);
    assert.equal(build.documentCount, fixtureCorpus.documents.length);
    build.add({ id: 'new', title: '某市数字经济发展行动方案', shortName: '某市 数字经济发展行动方案' }, (doc) => [
      { doc, text: '布局建设城市算力中心，推动算力资源统筹调度。', path: ['二、重点任务'], line: 3, targets: [], units: [] },
    ]);
    const engine = build.finish();
    assert.equal(engine.corpus.clauses.length, fixtureCorpus.clauses.length + 1);
    assert.equal(engine.palette('算力', { limit: 3 })[0]?.clause, fixtureCorpus.clauses.length);
  });
});

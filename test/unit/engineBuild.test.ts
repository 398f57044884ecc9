import * as assert from 'node:assert/strict';
import { EngineBuild } from '../../src/core/search/engineBuild';
import { encodeSnapshot, snapshotKey } from '../../src/core/search/engineSnapshot';
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
      // What a cold CLI run saves: the names mined as the documents came in, in the same order.
      const key = snapshotKey(['fixture']);
      assert.ok(encodeSnapshot(built, key).equals(encodeSnapshot(whole, key)));
      for (const query of queries) {
        assert.deepEqual(built.palette(query, { limit: 5 }), whole.palette(query, { limit: 5 }), query);
        assert.deepEqual(built.hover(query, { limit: 5 }), whole.hover(query, { limit: 5 }), query);
      }
    });
  }

  it('mines the names as the documents come in, as the whole build does, and saves the same bytes', () => {
    // Nested full forms of one short name over three documents: which is kept depends on every text.
    const added: string[][] = [
      ['为消费者提供人工智能（AI）产品，推进规划环境影响评价（以下简称规划环评）。', '开发制造执行系统（MES）。'],
      ['加快人工智能（AI）与实体经济融合。', '智能车间制造执行系统（MES）。'],
      ['推广制造执行系统（MES）。', '培育合同研究组织（CRO）。'],
    ];
    const build = new EngineBuild(fixtureCorpus);
    const clauses = [...fixtureCorpus.clauses];
    const documents = [...fixtureCorpus.documents];
    for (const [k, texts] of added.entries()) {
      const document = { id: `named-${k}`, title: `某市人工智能产业发展行动方案${k}`, shortName: `某市 人工智能产业发展行动方案${k}` };
      const own = (doc: number) => texts.map((text, line) => ({ doc, text, path: ['二、重点任务'], line, targets: [], units: [] }));
      build.add(document, own);
      clauses.push(...own(documents.length));
      documents.push(document);
    }
    const built = build.finish();
    const whole = SearchEngine.build({ documents, clauses });
    assert.deepEqual(built.names, [
      { full: '规划环境影响评价', short: '规划环评' },
      { full: '制造执行系统', short: 'MES' },
      { full: '人工智能', short: 'AI' },
      { full: '合同研究组织', short: 'CRO' },
    ]);
    assert.deepEqual(built.names, whole.names);
    const key = snapshotKey(['fixture and three documents']);
    assert.ok(encodeSnapshot(built, key).equals(encodeSnapshot(whole, key)));
  });

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

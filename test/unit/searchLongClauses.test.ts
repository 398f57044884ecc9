import * as assert from 'node:assert/strict';
import { ratedPrecedents } from '../../src/core/precedents/confidence';
import { ClauseKeys, gramsMaxChars, keyMaxChars } from '../../src/core/search/clauseKeys';
import { SearchEngine } from '../../src/core/search/searchEngine';
import type { SearchClause, SearchCorpus } from '../../src/core/search/types';
import { fixtureCorpus } from './searchFixture';

/**
 * Page-long own-corpus clauses (a file without numbering or line breaks) are folded and bigrammed
 * once, from a bounded text, whatever their length: in full, for every candidate of every query,
 * 30 files of 990,000 characters cost a hover about 5 s of CPU.
 */

const page = (seed: number) =>
  `推动公立医院开展互联网诊疗服务，为慢性病复诊患者提供线上续方和药品配送服务。${'加快建设智慧医院，推进远程医疗服务覆盖县级医院。'.repeat(20_000 + seed)}`;

/** The fixture corpus plus page-long clauses whose text reads are counted. */
function withPages(count: number): { corpus: SearchCorpus; reads: Map<number, number> } {
  const reads = new Map<number, number>();
  const documents = [...fixtureCorpus.documents, { id: 'own/pages', title: '长文', shortName: '〔own〕长文', corpus: 'own' }];
  const clauses: SearchClause[] = [...fixtureCorpus.clauses];
  for (let i = 0; i < count; i++) {
    const index = clauses.length;
    const text = page(i);
    const clause = { doc: documents.length - 1, path: [], line: i, targets: [], units: [] } as unknown as SearchClause;
    Object.defineProperty(clause, 'text', {
      get: () => {
        reads.set(index, (reads.get(index) ?? 0) + 1);
        return text;
      },
      enumerable: true,
    });
    clauses.push(clause);
  }
  return { corpus: { documents, clauses }, reads };
}

describe('search: page-long clauses prepared once, bounded per query', () => {
  it('reads each page-long candidate once over repeated hovers, palette searches and ratings', () => {
    const { corpus, reads } = withPages(4);
    const engine = SearchEngine.build(corpus);
    reads.clear();
    const draft = '推动公立医院开展互联网诊疗服务，为慢性病复诊患者提供线上续方服务。';
    for (let round = 0; round < 3; round++) {
      assert.ok(engine.hover(draft, { limit: 5 }).length > 0);
      ratedPrecedents(engine, draft, { limit: 5 });
      engine.palette('远程医疗 县级医院', { limit: 10 });
    }
    assert.ok(reads.size > 0, 'the page-long clauses were candidates');
    for (const [clause, count] of reads) assert.equal(count, 1, `clause ${clause} read ${count} times`);
  });

  it('pauses the index build between page-long clauses, not only every few hundred clauses', async () => {
    const { corpus } = withPages(6);
    let pauses = 0;
    const engine = await SearchEngine.buildYielding(corpus, async () => {
      pauses++;
    });
    // One between each two pages, and between the passes; six pages (a million characters) were one slice of the build.
    assert.ok(pauses >= 5 + 2, `${pauses} pauses`);
    assert.deepEqual(engine.palette('远程医疗', { limit: 3 }).length > 0, true);
  });

  it('keys a clause by its first characters, and compares it by the first of those', () => {
    const texts = [page(0), '（一）建设城市算力中心。'];
    const keys = new ClauseKeys((clause) => texts[clause]!);
    assert.ok(keys.of(0).key.length <= keyMaxChars);
    assert.ok(keys.of(0).key.startsWith('推动公立医院开展互联网诊疗服务'));
    assert.equal(keys.of(1).key, '一建设城市算力中心');
    assert.ok(keys.of(0).grams.length <= gramsMaxChars);
  });
});

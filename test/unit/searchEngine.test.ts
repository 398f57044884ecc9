import * as assert from 'node:assert/strict';
import { SearchEngine } from '../../src/core/search/searchEngine';
import { fixtureCorpus } from './searchFixture';

const engine = SearchEngine.build(fixtureCorpus);
const textOf = (clause: number): string => fixtureCorpus.clauses[clause]!.text;
const docOf = (clause: number): string => fixtureCorpus.documents[fixtureCorpus.clauses[clause]!.doc]!.id;

describe('search engine: hover', () => {
  const table: { draft: string; first: string; alsoInTop3?: string[] }[] = [
    { draft: '建立产业统计监测和运行分析制度，逐季调度重点任务推进情况，将目标完成情况纳入年度考核。', first: '季度', alsoInTop3: ['zj', 'sh', 'pd'] },
    { draft: '推动公立医院开展互联网诊疗服务，为慢性病复诊患者提供线上续方和药品配送服务。', first: '互联网' },
    { draft: '面向全球引进顶尖人才和创新团队，实行“一人一策”支持，在住房和子女入学等方面给予保障。', first: '人才' },
    { draft: '鼓励银行针对研发型企业推出专属信贷产品，扩大知识产权质押融资。', first: '信贷产品' },
    { draft: '推動人工智能在靶點發現和分子設計等環節的應用。', first: '人工智能' },
  ];
  for (const { draft, first, alsoInTop3 } of table) {
    it(`finds precedents for ${draft.slice(0, 14)}…`, () => {
      const hits = engine.hover(draft, { limit: 3 });
      assert.ok(hits.length > 0);
      assert.ok(textOf(hits[0]!.clause).includes(first), textOf(hits[0]!.clause));
      if (alsoInTop3) assert.deepEqual(new Set(hits.map((h) => docOf(h.clause))), new Set(alsoInTop3));
    });
  }

  it('drops the hovered clause itself when it is in the corpus', () => {
    const own = fixtureCorpus.clauses[4]!.text;
    const hits = engine.hover(own, { limit: 5 });
    assert.ok(hits.every((h) => textOf(h.clause) !== own));
    assert.ok(engine.hover(own.replace('。', ''), { limit: 5 }).every((h) => h.clause !== 4), 'punctuation does not make it another clause');
  });

  it('drops an excluded clause by index', () => {
    const hits = engine.hover('按季度跟踪重点任务进展，纳入部门绩效考核', { limit: 5, exclude: 11 });
    assert.ok(hits.every((h) => h.clause !== 11));
  });

  it('shows a clause repeated in two documents once, naming the other', () => {
    const hits = engine.hover('建立医工协同创新机制，支持医院与企业联合研发医疗器械。', { limit: 3 });
    const twin = hits.find((h) => textOf(h.clause).startsWith('建立医工协同'))!;
    assert.equal(twin.duplicates.length, 1);
    assert.equal(hits.filter((h) => textOf(h.clause).startsWith('建立医工协同')).length, 1);
  });

  it('spreads the top results over documents', () => {
    const hits = engine.hover('到2027年，累计获批一类创新药8个以上、三类医疗器械20个以上。', { limit: 3 });
    assert.equal(new Set(hits.map((h) => docOf(h.clause))).size, 3);
  });

  it('gives a similarity figure between 0 and 1, higher for the closer clause', () => {
    const hits = engine.hover('试点互联网医院开设在线门诊服务', { limit: 3 });
    assert.ok(hits.every((h) => h.similarity >= 0 && h.similarity <= 1));
    assert.ok(hits[0]!.similarity > 0.3);
  });

  it('answers empty, one-character and unknown queries with nothing, not an error', () => {
    assert.deepEqual(engine.hover('', { limit: 3 }), []);
    assert.deepEqual(engine.hover('。', { limit: 3 }), []);
    assert.deepEqual(engine.hover('ꙮꙮꙮꙮ', { limit: 3 }), []);
  });
});

describe('search engine: palette', () => {
  const table: { query: string; first: string }[] = [
    { query: '新药贷', first: '新药贷' },
    { query: '互联网医院', first: '互联网医院' },
    { query: '季度 考核', first: '季度' },
    { query: '手術機器人', first: '手术机器人' },
    { query: '一事一议', first: '一事一议' },
  ];
  for (const { query, first } of table) {
    it(`ranks clauses containing “${query}” first`, () => {
      const hits = engine.palette(query, { limit: 5 });
      assert.ok(hits[0]!.exact);
      assert.ok(textOf(hits[0]!.clause).includes(first));
    });
  }

  it('finds nothing for words the corpus does not have, or for blank input', () => {
    assert.deepEqual(engine.palette('ＡＩ', { limit: 5 }), []);
    assert.deepEqual(engine.palette('   ', { limit: 5 }), []);
  });

  it('puts every exact match before any partial match', () => {
    const hits = engine.palette('医疗器械', { limit: 10 });
    const firstPartial = hits.findIndex((h) => !h.exact);
    assert.ok(firstPartial < 0 || hits.slice(firstPartial).every((h) => !h.exact));
    assert.ok(hits.filter((h) => h.exact).every((h) => textOf(h.clause).includes('医疗器械')));
  });

  it('tolerates an input-method typo through shared bigrams', () => {
    const hits = engine.palette('知识产权致押', { limit: 3 });
    assert.ok(textOf(hits[0]!.clause).includes('知识产权质押'));
    assert.equal(hits[0]!.exact, false);
  });

  it('does not call scattered bigrams an exact match', () => {
    // 监测 and 考核 both occur in clause 0, but not as the string 监测考核.
    const hits = engine.palette('监测考核', { limit: 5 });
    assert.ok(hits.every((h) => !h.exact));
  });
});

describe('search engine: palette words naming a place', () => {
  const ids = (query: string): string[] => engine.palette(query, { limit: 10 }).map((h) => docOf(h.clause));

  it('narrows the search to the documents of that region (fuse.js over the regions)', () => {
    assert.ok(ids('互联网').includes('zj') && ids('互联网').includes('sh'));
    assert.deepEqual([...new Set(ids('互联网 浙江'))], ['zj']);
    assert.deepEqual([...new Set(ids('浦东 人才'))], ['pd']);
  });

  it('takes two places as either of them, and a lone place word as text', () => {
    assert.deepEqual([...new Set(ids('人才 浙江 浦东'))].sort(), ['pd', 'zj']);
    // Alone, 上海 is searched in the text (no fixture clause says it), not taken as a filter.
    assert.deepEqual(ids('上海'), []);
  });

  it('does not treat a word every document shares as a place', () => {
    // 市 is in every fixture region; it stays a search word.
    assert.ok(ids('互联网医院 上海市').length > 0);
  });
});

import * as assert from 'node:assert/strict';
import { bigramSet, containment, diceSimilarity } from '../../src/core/search/bigramSimilarity';
import { Bm25Index } from '../../src/core/search/bm25Index';
import { clauseSearchKey } from '../../src/core/search/normalizeKey';
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

  it('compares a page-long "clause" by its beginning', () => {
    const page = `推动公立医院开展互联网诊疗服务，为慢性病复诊患者提供线上续方和药品配送服务。${'加快发展。'.repeat(5_000)}`;
    assert.deepEqual(engine.hover(page, { limit: 3 }), engine.hover(page.slice(0, 2000), { limit: 3 }));
  });

  it('drops the hovered clause itself when it is in the corpus', () => {
    const own = fixtureCorpus.clauses[4]!.text;
    const hits = engine.hover(own, { limit: 5 });
    assert.ok(hits.every((h) => textOf(h.clause) !== own));
    assert.ok(
      engine.hover(own.replace('。', ''), { limit: 5 }).every((h) => h.clause !== 4),
      'punctuation does not make it another clause',
    );
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
    assert.deepEqual(engine.palette('ＸＹＺ', { limit: 5 }), []);
    assert.deepEqual(engine.palette('   ', { limit: 5 }), []);
  });

  it('finds a word under another name when no clause holds it as typed (ＡＩ → 人工智能)', () => {
    const hits = engine.palette('ＡＩ', { limit: 5 });
    assert.ok(hits.length > 0);
    assert.ok(hits.every((h) => h.exact && textOf(h.clause).includes('人工智能')));
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

  it('finds a word whose typo leaves no bigram in common (互连网 for 互联网), before partial matches', () => {
    const hits = engine.palette('互连网', { limit: 5 });
    assert.deepEqual(
      hits.map((h) => textOf(h.clause).includes('互联网')),
      [true, true],
    );
    assert.ok(hits.every((h) => !h.exact));
    assert.deepEqual([...new Set(engine.palette('互连网 浙江', { limit: 5 }).map((h) => docOf(h.clause)))], ['zj']);
  });

  it('says how much of the typed words a row holds: all, all but a slipped character, or some of their bigrams', () => {
    assert.equal(engine.palette('新药贷', { limit: 1 })[0]!.similarity, 1);
    assert.ok(Math.abs(engine.palette('互连网', { limit: 1 })[0]!.similarity - 2 / 3) < 1e-9);
    const partial = engine.palette('知识产权致押', { limit: 1 })[0]!;
    assert.equal(partial.exact, false);
    assert.ok(partial.similarity > 0.5 && partial.similarity < 1, String(partial.similarity));
  });

  it('reads a page pasted into the search box as its beginning', () => {
    const pasted = `互联网医院 ${'推进产业发展'.repeat(100_000)}`;
    assert.deepEqual(engine.palette(pasted, { limit: 5 }), engine.palette(pasted.slice(0, 200), { limit: 5 }));
  });

  it('leaves two-character words without typo tolerance (one right character would match anything)', () => {
    assert.deepEqual(engine.palette('医报', { limit: 5 }), []);
  });

  it('orders rows by the share of the typed words it shows, a near spelling among them', () => {
    // 支持改良药临床试验 is 支持创新药临床试验 with two characters wrong (78%); 支持创新药开展临床试验
    // holds seven of its eight bigrams (88%) with two characters between them.
    const clauses = ['支持改良药临床试验和产业化。', '支持创新药开展临床试验，加快上市进程。', '推进临床研究能力建设。'];
    const small = SearchEngine.build({
      documents: [{ id: 'a', title: '某省医药产业发展规划', shortName: '某省 医药产业发展规划' }],
      clauses: clauses.map((text, line) => ({ doc: 0, text, path: [], line, targets: [], units: [] })),
    });
    const hits = small.palette('支持创新药临床试验', { limit: 5 });
    assert.deepEqual(
      hits.slice(0, 2).map((h) => [clauses[h.clause], Number(h.similarity.toFixed(2))]),
      [
        [clauses[1], 0.88],
        [clauses[0], 0.78],
      ],
    );
    for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1]!.similarity >= hits[i]!.similarity, hits.map((h) => h.similarity).join(' '));
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

  it('takes places from stated regions only, not from an own document’s title', () => {
    // An own document with no region: its short name is its folder and title.
    const own = SearchEngine.build({
      documents: [...fixtureCorpus.documents, { id: 'own', title: '关于加强生态保护监管工作的意见', shortName: '〔docs〕关于加强生态保护监管工作的意见', corpus: 'docs' }],
      clauses: [...fixtureCorpus.clauses, { ...fixtureCorpus.clauses[13]!, doc: fixtureCorpus.documents.length, text: '严厉打击非法采砂行为，加强河道采砂监管。' }],
    });
    // Read as a place, 监管 would narrow the search to the own document, which has no 互联网医院.
    assert.ok(own.palette('互联网医院 监管', { limit: 5 }).some((h) => fixtureCorpus.clauses[h.clause]?.text.includes('互联网医院')));
  });
});

describe('search engine: restatements folded', () => {
  // A plan that restates a task in its summary table: the task's words, shortened, plus the units.
  const full =
    '推进产业链自主可控。聚焦高端医疗器械、生物药等重点领域，梳理“卡脖子”技术和产品清单，支持实施一批断链风险大的关键核心技术攻关，探索“揭榜挂帅”等机制创新，提升国产替代能力。';
  const row = '梳理“卡脖子”技术和产品清单，支持实施一批断链风险大的关键核心技术攻关，探索“揭榜挂帅”等机制创新。区科经委、张江管理局';
  const corpus = {
    documents: fixtureCorpus.documents,
    clauses: [...fixtureCorpus.clauses, { ...fixtureCorpus.clauses[13]!, text: full }, { ...fixtureCorpus.clauses[13]!, text: row }],
  };
  const restated = SearchEngine.build(corpus);

  it('shows a clause and its summary-table row once, the other folded into it', () => {
    const hits = restated.hover('梳理产业链“卡脖子”技术和关键原辅料清单，采取“揭榜挂帅”方式组织实施核心技术攻关项目。', { limit: 3 });
    const shown = hits.filter((h) => [full, row].includes(corpus.clauses[h.clause]!.text));
    assert.equal(shown.length, 1);
    assert.equal(shown[0]!.duplicates.length, 1);
  });

  it('folds a 任务分解表 row into the task it restates however differently it is worded', () => {
    const task = '加强科技金融服务。增强政府产业引导基金示范带动效应，大力吸引天使投资、风险投资等社会资本投向生物医药企业。';
    const summary = '发挥政策性担保基金作用，推广新药贷、知识产权质押等金融产品，引导社会资本投向生物医药。区金融局、区科经委';
    const [x, y] = [bigramSet(clauseSearchKey(task)), bigramSet(clauseSearchKey(summary))];
    assert.ok(containment(x, y) < 0.8, 'not folded by wording alone');
    const base = fixtureCorpus.clauses[13]!;
    const linked = SearchEngine.build({
      documents: fixtureCorpus.documents,
      clauses: [...fixtureCorpus.clauses, { ...base, text: task, line: 100 }, { ...base, text: summary, line: 120, restates: 100 }],
    });
    const hits = linked.hover('设立生物医药产业引导基金，联合担保机构推广新药贷和知识产权质押贷款，引导社会资本投向企业。', { limit: 3 });
    const shown = hits.filter((h) => h.clause >= fixtureCorpus.clauses.length);
    const [taskAt, rowAt] = [fixtureCorpus.clauses.length, fixtureCorpus.clauses.length + 1];
    // The row shares more of the draft's words and ranks first; the task is shown in its place.
    assert.equal(linked.related('设立生物医药产业引导基金，联合担保机构推广新药贷和知识产权质押贷款，引导社会资本投向企业。', 20).find((c) => c.clause >= taskAt)?.clause, rowAt);
    assert.deepEqual(
      shown.map((h) => [h.clause, h.duplicates.filter((d) => d >= taskAt)]),
      [[taskAt, [rowAt]]],
    );
  });

  const table: { a: string; b: string; dice: [number, number]; contained: [number, number] }[] = [
    { a: full, b: row, dice: [0.5, 0.9], contained: [0.8, 1] },
    { a: '支持医疗机构开展互联网诊疗服务。', b: '支持医疗机构开展互联网诊疗服务。', dice: [1, 1], contained: [1, 1] },
    { a: '支持医疗机构开展互联网诊疗服务。', b: '加大领军人才和创新团队引进力度。', dice: [0, 0.1], contained: [0, 0.1] },
  ];
  for (const { a, b, dice, contained } of table) {
    it(`measures ${b.slice(0, 10)}… against ${a.slice(0, 10)}…: Dice and containment`, () => {
      const [x, y] = [bigramSet(clauseSearchKey(a)), bigramSet(clauseSearchKey(b))];
      const d = diceSimilarity(x, y);
      const c = containment(x, y);
      assert.ok(d >= dice[0] && d <= dice[1], `Dice ${d}`);
      assert.ok(c >= contained[0] && c <= contained[1], `containment ${c}`);
      assert.equal(c, containment(y, x), 'symmetric');
    });
  }
});

describe('search engine: BM25L term scores', () => {
  const short = '支持医疗机构开展互联网诊疗服务。';
  const long =
    '支持医疗机构开展互联网诊疗服务，推进电子处方流转和药品网上配送，建设互联网医院，发展远程会诊、远程影像和远程病理诊断，推动优质医疗资源向基层延伸，提升群众就医便利度。';
  const filler = ['加大领军人才和创新团队引进力度。', '建立产业统计监测和运行分析制度。', '鼓励银行推出专属信贷产品。'];
  const keys = [short, long, ...filler].map(clauseSearchKey);
  const build = (delta: number): Bm25Index =>
    Bm25Index.build(keys.length, (i) => ({ units: Uint16Array.from(keys[i]!, (ch) => ch.charCodeAt(0)), length: keys[i]!.length }), { k1: 1.2, b: 0.75, delta });
  const termOf = (index: Bm25Index, gram: string): number => index.dictionary.bigram(gram.charCodeAt(0), gram.charCodeAt(1), false);
  const scoreOf = (index: Bm25Index, gram: string, clause: number): number =>
    index.search([{ term: termOf(index, gram), weight: 1, required: false }], keys.length).find((c) => c.clause === clause)?.score ?? 0;

  it('with delta 0 is plain BM25: idf · tf · (k1 + 1) / (tf + k1 · (1 − b + b · len / avgLen))', () => {
    const index = build(0);
    const average = keys.reduce((sum, key) => sum + key.length, 0) / keys.length;
    const idf = index.idf(termOf(index, '诊疗'));
    const expected = (idf * 2.2) / (1 + 1.2 * (0.25 + (0.75 * keys[1]!.length) / average));
    assert.ok(Math.abs(scoreOf(index, '诊疗', 1) - expected) < 1e-5, `${scoreOf(index, '诊疗', 1)} vs ${expected}`);
  });

  it('with delta > 0 discounts a long clause less against a short one', () => {
    const ratio = (index: Bm25Index): number => scoreOf(index, '诊疗', 1) / scoreOf(index, '诊疗', 0);
    assert.ok(ratio(build(0.5)) > ratio(build(0)));
    assert.ok(ratio(build(0.5)) < 1, 'the short clause still scores higher for the same match');
  });
});

describe('search engine: built in slices', () => {
  it('answers exactly as the one-go build, having paused between slices of a large corpus', async () => {
    // Enough clauses for several slices: the fixture's clauses repeated with a distinguishing number.
    const clauses = Array.from({ length: 1200 }, (_, i) => {
      const base = fixtureCorpus.clauses[i % fixtureCorpus.clauses.length]!;
      return { ...base, text: `${base.text}第${i}条。` };
    });
    const corpus = { ...fixtureCorpus, clauses };
    let pauses = 0;
    const sliced = await SearchEngine.buildYielding(corpus, async () => {
      pauses++;
    });
    const whole = SearchEngine.build(corpus);
    assert.ok(pauses >= 4, `paused ${pauses} times`);
    for (const query of ['互联网医院', '建立产业统计监测和运行分析制度，逐季调度重点任务推进情况。']) {
      assert.deepEqual(sliced.palette(query, { limit: 5 }), whole.palette(query, { limit: 5 }));
      assert.deepEqual(sliced.hover(query, { limit: 5 }), whole.hover(query, { limit: 5 }));
    }
  });
});

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCorpusDocument } from '../../src/core/corpus/corpusDocument';
import { buildCorpusIndex } from '../../src/core/corpus/corpusIndex';
import { defaultAlone, defaultFloor, evidenceOf, ratedPrecedents } from '../../src/core/precedents/confidence';
import { sourcesUsed, type SourceChoice } from '../../src/core/precedents/sources';
import { fromCorpusIndex } from '../../src/core/search/fromCorpusIndex';
import { SearchEngine } from '../../src/core/search/searchEngine';
import { parsePlan } from '../../src/core/parsing/parsePlan';

/**
 * The confidence layer over the bundled corpus it was calibrated on (scripts/calibrateConfidence.ts
 * measures it on the gold sets; these are sentences of neither).
 */
const corpusDir = join(__dirname, '../../corpus');
const files = readdirSync(corpusDir).filter((f) => f.endsWith('.md'));
const index = buildCorpusIndex(
  files.map((file) => {
    const text = readFileSync(join(corpusDir, file), 'utf8');
    return { file, text, document: parseCorpusDocument(text, file) };
  }),
  parsePlan,
);
const engine = SearchEngine.build(fromCorpusIndex(index));

describe('precedent confidence', () => {
  const inDomain = ['支持创新药械纳入医保目录，推动医疗机构及时配备使用创新药品和医疗器械。', '建设生物医药中试研发和生产基地，为初创企业提供中试和代工生产服务。'];
  for (const clause of inDomain) {
    it(`finds precedents of ${clause.slice(0, 12)}…, ordered by confidence`, () => {
      const { hits } = ratedPrecedents(engine, clause, { limit: 5 });
      assert.ok(hits.length >= 2, `${hits.length} precedents`);
      assert.ok(hits[0]!.confidence >= defaultFloor);
      for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1]!.confidence >= hits[i]!.confidence, 'ordered by the figure shown');
      for (const hit of hits) assert.ok(hit.confidence > 0 && hit.confidence < 1);
    });
  }

  const offDomain = ['推进农村生活垃圾分类减量，建设村级垃圾分拣中心，实现农村生活垃圾收运处置体系全覆盖。', '组织开展老年人防范电信诈骗宣传，每个社区每年至少举办两场讲座。'];
  for (const clause of offDomain) {
    it(`says the corpus holds no close precedent of ${clause.slice(0, 12)}…`, () => {
      const { hits, belowFloor } = ratedPrecedents(engine, clause, { limit: 5 });
      assert.deepEqual(hits, []);
      assert.ok(belowFloor > 0);
    });
  }

  // Dates and quantities are what precedents state differently: they are no evidence that the
  // corpus speaks of a clause, so a target of another field stays silent whatever its years.
  const datedPairs: [string, string][] = [
    ['到2026年，全县新建村级养老服务站点20个，农村互助养老覆盖率达到80%以上。', '到2030年，全县新建村级养老服务站点35个，农村互助养老覆盖率达到95%以上。'],
    ['到2025年，新获批上市一类创新药10个以上，三类医疗器械产品30个以上。', '到2028年，新获批上市一类创新药25个以上，三类医疗器械产品60个以上。'],
  ];
  for (const [a, b] of datedPairs) {
    it(`finds ${a.slice(0, 10)}… as covered by its candidates whatever its years and figures`, () => {
      const candidates = engine.hover(a, { limit: 10 });
      const coverage = (text: string) => evidenceOf(engine, text, candidates).results.map((r) => r.coverage);
      assert.deepEqual(coverage(a), coverage(b));
    });
  }

  it('says the corpus holds no close precedent of a 养老 target stated like its biomedicine targets', () => {
    assert.deepEqual(ratedPrecedents(engine, datedPairs[0]![0], { limit: 5 }).hits, []);
  });

  // Over the floor but under `defaultAlone`: the corpus may hold this one precedent (health, not
  // the biomedicine industry); its weaker neighbours would be noise.
  it('shows the best candidate alone when it is over the floor but under the level of a list', () => {
    const { hits } = ratedPrecedents(engine, '开展全民健康素养促进行动，普及健康生活方式。', { limit: 5 });
    assert.equal(hits.length, 1);
    assert.ok(hits[0]!.confidence >= defaultFloor && hits[0]!.confidence < defaultAlone, String(hits[0]!.confidence));
  });

  it('shows one precedent under the level of a list, and a list when only a floor is given', () => {
    assert.equal(ratedPrecedents(engine, inDomain[0]!, { limit: 5, floor: 0.1, alone: 0.999 }).hits.length, 1);
    assert.ok(ratedPrecedents(engine, inDomain[0]!, { limit: 5, floor: 0.1 }).hits.length > 1);
  });

  it('keeps every candidate with a floor of 0', () => {
    assert.equal(ratedPrecedents(engine, offDomain[0]!, { limit: 5, floor: 0 }).hits.length, 5);
  });

  it('searches only the sources chosen, and says which', () => {
    const none: SourceChoice = { includeBundled: false, excludeFolders: [], prefer: {} };
    assert.deepEqual(ratedPrecedents(engine, inDomain[0]!, { limit: 5, sources: none }).hits, []);
    assert.deepEqual(sourcesUsed(engine.corpus, none), []);
    assert.deepEqual(sourcesUsed(engine.corpus, { ...none, includeBundled: true }), [{ documents: files.length }]);
  });

  it('puts precedents of the preferred level first', () => {
    const prefer: SourceChoice = { includeBundled: true, excludeFolders: [], prefer: { level: '区级' } };
    const { hits } = ratedPrecedents(engine, inDomain[0]!, { limit: 5, floor: 0, sources: prefer });
    const levels = hits.map((hit) => engine.documentOf(hit.clause).level);
    const firstOther = levels.findIndex((level) => level !== '区级');
    assert.ok(firstOther === -1 || levels.slice(firstOther).every((level) => level !== '区级'), levels.join(','));
  });
});

describe('precedent confidence: spread over documents', () => {
  const document = (id: string) => ({ id, title: id, shortName: id });
  const clause = (doc: number, text: string) => ({ doc, text, path: [], line: 0, targets: [], units: [] });
  const spread = SearchEngine.build({
    documents: [document('a'), document('b'), document('c')],
    clauses: [
      clause(0, '支持医疗机构建设互联网医院，开展在线复诊和处方流转服务。'),
      clause(0, '推动互联网医院与实体医院协同，开展在线复诊和药品配送服务。'),
      clause(0, '鼓励互联网医院接入医保结算，开展在线复诊和慢病管理服务。'),
      clause(0, '规范互联网医院监管，建立在线复诊服务质量评价制度。'),
      clause(1, '发展互联网医院和远程医疗，为基层群众提供在线复诊服务。'),
      clause(2, '支持医疗机构依托实体医院设置互联网医院，提供在线诊疗服务。'),
    ],
  });
  const query = '支持公立医院建设互联网医院，开展在线复诊、处方流转和药品配送服务。';
  it('shows precedents of several documents, not the one with most clauses alone, ordered by confidence', () => {
    const { hits } = ratedPrecedents(spread, query, { limit: 3, floor: 0 });
    assert.equal(hits.length, 3);
    const documents = new Set(hits.map((hit) => spread.clause(hit.clause).doc));
    assert.ok(documents.size >= 2, `${documents.size} documents`);
    for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1]!.confidence >= hits[i]!.confidence);
  });

  // The engine has already spread its candidates over documents; the second spread is milder, so
  // a document's second close precedent is not pushed below another document's looser match.
  const close = SearchEngine.build({
    documents: [document('a'), document('b')],
    clauses: [
      clause(0, '建立药物临床试验机构联盟，统筹全省临床试验机构资源，缩短临床试验启动时间。'),
      clause(0, '推行多中心临床试验伦理审查结果互认，缩短临床试验项目启动周期。'),
      clause(0, '加快建设国家和省级临床医学研究中心，省财政按实际给予支持。'),
      clause(1, '推动临床试验机构资源共享，缩短临床试验周期。'),
      clause(1, '支持生物医药企业开展创新药物研发，加快新药上市进程。'),
    ],
  });
  const trial = '整合全市药物临床试验机构资源，组建临床试验协作网络，推行伦理审查结果互认，缩短临床试验启动周期。';
  it("shows a document's second close precedent before another document's looser match", () => {
    const { hits } = ratedPrecedents(close, trial, { limit: 2, floor: 0 });
    assert.deepEqual(
      hits.map((hit) => hit.clause),
      [1, 0],
    );
  });
  it('spreads as hard as the engine when asked to', () => {
    const { hits } = ratedPrecedents(close, trial, { limit: 2, floor: 0, decay: 0.6 });
    assert.deepEqual(
      hits.map((hit) => close.clause(hit.clause).doc),
      [0, 1],
    );
  });
});

import * as assert from 'node:assert/strict';
import { SearchEngine } from '../../../src/core/search/searchEngine';
import { readUserFile } from '../../../src/core/userCorpus/readUserFile';
import { withUserDocuments } from '../../../src/core/userCorpus/toSearchCorpus';
import type { UserDocument } from '../../../src/core/userCorpus/userDocument';
import { fixtureCorpus } from '../searchFixture';
import { buildDocx } from './docxFixture';
import { testReadOptions } from './readOptions';

async function userDocument(file: string, bytes: Uint8Array, kind: 'md' | 'docx'): Promise<UserDocument> {
  const result = await readUserFile(bytes, kind, testReadOptions);
  if (!result.ok) throw new Error(result.reason);
  const { meta, lines, bodyLine, plan } = result.content;
  return { id: `市发改委规划库/${file}`, corpus: '市发改委规划库', folder: '/data/市发改委规划库', file, meta: { ...meta, title: meta.title ?? file }, lines, bodyLine, plan };
}

describe('userCorpus/withUserDocuments', () => {
  it('appends user documents after the bundled ones, labelled with their corpus, and the engine finds their clauses', async () => {
    const md = await userDocument(
      'digital.md',
      new TextEncoder().encode(
        '---\ntitle: 某市数字经济高质量发展三年行动方案\nlevel: 市级\ndate: "2023-05-04"\n---\n\n（一）强化算力统筹。布局建设城市算力调度中心，统筹全市智能算力资源。\n',
      ),
      'md',
    );
    const docx = await userDocument(
      'ai.docx',
      await buildDocx([
        { kind: 'title', text: '某区人工智能产业发展行动计划' },
        { kind: 'paragraph', text: '打造人工智能开源社区，集聚开发者五万名以上。' },
      ]),
      'docx',
    );
    const merged = withUserDocuments(fixtureCorpus, [md, docx]);

    assert.deepEqual(merged.documents.slice(0, fixtureCorpus.documents.length), fixtureCorpus.documents);
    assert.deepEqual(merged.clauses.slice(0, fixtureCorpus.clauses.length), fixtureCorpus.clauses);
    assert.deepEqual(merged.documents.slice(fixtureCorpus.documents.length), [
      {
        id: '市发改委规划库/digital.md',
        title: '某市数字经济高质量发展三年行动方案',
        shortName: '〔市发改委规划库〕某市数字经济高质量发展三年行动方案',
        corpus: '市发改委规划库',
        level: '市级',
        year: 2023,
      },
      { id: '市发改委规划库/ai.docx', title: '某区人工智能产业发展行动计划', shortName: '〔市发改委规划库〕某区人工智能产业发展行动计划', corpus: '市发改委规划库' },
    ]);

    const engine = SearchEngine.build(merged);
    for (const [query, expected] of [
      ['算力调度', '（一）强化算力统筹。布局建设城市算力调度中心，统筹全市智能算力资源。'],
      ['开源社区', '打造人工智能开源社区，集聚开发者五万名以上。'],
    ] as const) {
      const [top] = engine.palette(query, { limit: 3 });
      assert.ok(top, query);
      assert.ok(engine.clause(top.clause).text.includes(expected), query);
      assert.equal(engine.documentOf(top.clause).corpus, '市发改委规划库');
    }
  });

  it('returns the bundled corpus itself when there are no user documents', () => {
    assert.equal(withUserDocuments(fixtureCorpus, []), fixtureCorpus);
  });
});

import * as assert from 'node:assert/strict';
import { CorpusDocumentError, formatCorpusDocument, parseCorpusDocument } from '../../src/core/corpus/corpusDocument';
import type { CorpusMeta } from '../../src/core/corpus/corpusMeta';

const meta: CorpusMeta = {
  id: 'sd-biomed-2025',
  title: '山东省生物医药产业科技创新行动计划（2025—2027年）',
  issuer: '山东省科学技术厅等十部门',
  region: '山东省',
  level: '省级',
  kind: '行动计划',
  period: { from: 2025, to: 2027 },
  date: '2024-12-06',
  source: '网页转载稿，经清洗整理，非官方文本',
  corrections: [{ original: '规?;苽', corrected: '规模化制备', reason: 'GBK 乱码，按字节可确定' }],
};
const body = '# 山东省生物医药产业科技创新行动计划\n\n一、主要目标\n\n到2027年，力争突破100项以上重大关键技术。';

describe('corpus document', () => {
  it('round-trips front matter and body', () => {
    const text = formatCorpusDocument(meta, body);
    const doc = parseCorpusDocument(text, 'sd.md');
    assert.deepEqual(doc.meta, meta);
    assert.equal(doc.lines[doc.bodyLine], '');
    assert.equal(doc.lines[doc.bodyLine + 1], '# 山东省生物医药产业科技创新行动计划');
  });

  it('reads CRLF files the same', () => {
    const text = formatCorpusDocument(meta, body).replace(/\n/g, '\r\n');
    assert.deepEqual(parseCorpusDocument(text, 'sd.md').meta, meta);
  });

  const broken: [string, string, RegExp][] = [
    ['no front matter', '一、主要目标\n', /must start with a `---`/],
    ['unclosed block', '---\nid: a\ntitle: 标题\n', /not closed/],
    ['line without a colon', '---\nid a\n---\n正文', /line 2: expected `key: value`/],
    ['bad JSON value', '---\nperiod: {"from": 2021,}\n---\n正文', /line 2: cannot read the value/],
    ['duplicate key', '---\nid: a\nid: b\n---\n正文', /duplicate key `id`/],
    ['missing fields', '---\nid: a\n---\n正文', /title: .*issuer/s],
    ['unknown level', formatCorpusDocument(meta, body).replace('level: 省级', 'level: 乡级'), /level: Invalid option/],
    ['reversed period', formatCorpusDocument(meta, body).replace('"from":2025', '"from":2028'), /period.from must not be after/],
    ['bad date', formatCorpusDocument(meta, body).replace('2024-12-06', '2024-13-06'), /date:/],
    ['empty body', formatCorpusDocument(meta, '\n'), /no body/],
    ['binary file', 'PK\u0003\u0004\u0000\u0000', /binary/],
  ];
  for (const [name, text, message] of broken) {
    it(`refuses ${name} with a clear message`, () => {
      assert.throws(
        () => parseCorpusDocument(text, 'broken.md'),
        (error: unknown) => error instanceof CorpusDocumentError && error.message.startsWith('broken.md: ') && message.test(error.message),
      );
    });
  }
});

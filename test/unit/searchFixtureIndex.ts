import { formatCorpusDocument, parseCorpusDocument } from '../../src/core/corpus/corpusDocument';
import { buildCorpusIndex, type CorpusIndex } from '../../src/core/corpus/corpusIndex';
import type { ParsedPlan } from '../../src/core/model';
import { fixtureCorpus } from './searchFixture';

/**
 * The search fixture as a built corpus index, the shape the CLI and the extension load. The
 * stand-in parser makes one paragraph clause per non-empty body line, with the fixture's paths.
 */
export function fixtureCorpusIndex(): CorpusIndex {
  const sources = fixtureCorpus.documents.map((document, doc) => {
    const clauses = fixtureCorpus.clauses.filter((c) => c.doc === doc);
    const meta = {
      id: `fixture-${document.id}`,
      title: document.title,
      issuer: '未载明',
      region: document.shortName.split(' ')[0]!,
      level: document.level as '省级',
      kind: '实施意见' as const,
      date: `${document.year}-01-01`,
      source: '测试用语料，由测试编写',
      corrections: [],
    };
    const text = formatCorpusDocument(meta, clauses.map((c) => c.text).join('\n\n'));
    const file = `${meta.id}.md`;
    return { file, text, document: parseCorpusDocument(text, file), clauses };
  });
  const byText = new Map(fixtureCorpus.clauses.map((c) => [c.text, c]));
  const parse = (body: string): ParsedPlan => {
    const lines = body.split('\n');
    const clauses = lines.flatMap((line, i) => {
      const known = byText.get(line);
      if (!known) return [];
      const range = { start: { line: i, column: 0 }, end: { line: i, column: line.length } };
      return [{ kind: 'paragraph' as const, text: line, path: known.path, range, units: [], targets: known.targets, children: [] }];
    });
    return { clauses, tables: [], lineCount: lines.length };
  };
  return buildCorpusIndex(sources, parse);
}

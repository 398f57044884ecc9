import type { Clause, ParsedPlan } from '../../../src/core/model';
import type { ReadUserFileOptions } from '../../../src/core/userCorpus/readUserFile';

/** Every non-blank line a paragraph clause: enough for tests about files, caching and folders. */
function lineParser(text: string): ParsedPlan {
  const lines = text.split('\n');
  const clauses: Clause[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    clauses.push({ kind: 'paragraph', text: line, path: [], range: { start: { line: i, column: 0 }, end: { line: i, column: line.length } }, units: [], targets: [], children: [] });
  });
  return { clauses, tables: [], lineCount: lines.length };
}

export const testReadOptions: ReadUserFileOptions = { parse: lineParser, normalize: (line) => line };

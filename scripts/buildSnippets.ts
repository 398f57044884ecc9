/**
 * Generates snippets/policy-draft.json from the clause templates (src/core/snippets/clauseTemplates.ts)
 * and the vocabulary of the corpus (units after numbers, responsible bodies). The generated file is
 * committed; test/unit/snippetFile.test.ts fails when it is out of date.
 *
 *   npx tsx scripts/buildSnippets.ts          write the file
 *   npx tsx scripts/buildSnippets.ts --check  exit 1 if the committed file differs
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyText, parseCorpusDocument } from '../src/core/corpus/corpusDocument';
import { clauseTemplates } from '../src/core/snippets/clauseTemplates';
import { extractVocabulary } from '../src/core/snippets/corpusVocabulary';
import { buildSnippetFile, serializeSnippetFile } from '../src/core/snippets/snippetFile';

/** Path of the generated file, relative to the project root. */
export const snippetFilePath = 'snippets/policy-draft.json';

/** The snippet file's text as the corpus under `root` and the templates make it now. */
export function generateSnippetFileText(root: string): string {
  const corpus = join(root, 'corpus');
  const files = readdirSync(corpus).filter((name) => name.endsWith('.md')).sort();
  if (!files.length) throw new Error(`no corpus documents in ${corpus}`);
  const texts = files.map((name) => bodyText(parseCorpusDocument(readFileSync(join(corpus, name), 'utf8'), name)));
  return serializeSnippetFile(buildSnippetFile(clauseTemplates, extractVocabulary(texts)));
}

if (require.main === module) {
  const root = join(__dirname, '..');
  const text = generateSnippetFileText(root);
  const target = join(root, snippetFilePath);
  if (process.argv.includes('--check')) {
    const current = readFileSync(target, 'utf8');
    if (current !== text) {
      console.error(`${snippetFilePath} is out of date: run npx tsx scripts/buildSnippets.ts`);
      process.exitCode = 1;
    }
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${snippetFilePath} (${Object.keys(JSON.parse(text)).length} snippets)`);
  }
}

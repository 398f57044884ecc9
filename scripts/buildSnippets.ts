/**
 * Generates, from the corpus and the clause templates (src/core/snippets/clauseTemplates.ts):
 * - snippets/corpus-vocabulary.json: the units after numbers and the responsible bodies of the corpus,
 *   which the new-plan skeletons offer as choices;
 * - snippets/policy-draft.json: the clause snippets contributed for Markdown and plain text (those
 *   naming a responsible unit are served per draft by the language server: src/core/snippets/draftSnippets.ts).
 * Both are committed; test/unit/snippetFile.test.ts fails when either is out of date.
 *
 *   npx tsx scripts/buildSnippets.ts          write the files
 *   npx tsx scripts/buildSnippets.ts --check  exit 1 if a committed file differs
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyText, parseCorpusDocument } from '../src/core/corpus/corpusDocument';
import { clauseTemplates } from '../src/core/snippets/clauseTemplates';
import { extractVocabulary } from '../src/core/snippets/corpusVocabulary';
import { servedForDraft } from '../src/core/snippets/draftSnippets';
import { buildSnippetFile, serializeSnippetFile } from '../src/core/snippets/snippetFile';

export interface GeneratedFile {
  /** Relative to the project root. */
  path: string;
  text: string;
}

/** The generated files as the corpus under `root` and the templates make them now. */
export function generateSnippetFiles(root: string): GeneratedFile[] {
  const corpus = join(root, 'corpus');
  const files = readdirSync(corpus)
    .filter((name) => name.endsWith('.md'))
    .sort();
  if (!files.length) throw new Error(`no corpus documents in ${corpus}`);
  const texts = files.map((name) => bodyText(parseCorpusDocument(readFileSync(join(corpus, name), 'utf8'), name)));
  const vocabulary = extractVocabulary(texts);
  return [
    { path: 'snippets/corpus-vocabulary.json', text: `${JSON.stringify(vocabulary, null, 2)}\n` },
    {
      path: 'snippets/policy-draft.json',
      text: serializeSnippetFile(
        buildSnippetFile(
          clauseTemplates.filter((template) => !servedForDraft(template)),
          vocabulary,
        ),
      ),
    },
  ];
}

if (require.main === module) {
  const root = join(__dirname, '..');
  for (const { path, text } of generateSnippetFiles(root)) {
    const target = join(root, path);
    if (process.argv.includes('--check')) {
      if (readFileSync(target, 'utf8') !== text) {
        console.error(`${path} is out of date: run npx tsx scripts/buildSnippets.ts`);
        process.exitCode = 1;
      }
    } else {
      writeFileSync(target, text);
      console.log(`wrote ${path}`);
    }
  }
}

import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Clause, ParsedPlan } from '../model';
import { bodyText, type CorpusDocument } from './corpusDocument';
import { CorpusMetaSchema } from './corpusMeta';
import { ParsedPlanSchema } from './planSchema';

/**
 * The built corpus index (dist/corpus-index.json): every corpus document with its metadata, its
 * lines and its parsed structure, produced once at build time so neither the extension nor the CLI
 * parses Markdown at start-up. It is validated on load; a corrupt, foreign-version or stale file
 * gives a `CorpusIndexError` with a message a user can act on, never a crash deeper in.
 */

/** Bump when the layout changes; an index of another version is refused, not misread. */
export const corpusIndexSchemaVersion = 2;

const IndexedDocumentSchema = z.strictObject({
  meta: CorpusMetaSchema,
  /** Every line of the corpus file; clause ranges index into it (front matter included). */
  lines: z.array(z.string()),
  /** 0-based line where the Markdown body starts. */
  bodyLine: z.number().int().min(0),
  /** Name of the corpus file, e.g. `zj-life-health.md`. */
  file: z.string().min(1),
  plan: ParsedPlanSchema,
});
export type IndexedDocument = z.infer<typeof IndexedDocumentSchema>;

const CorpusIndexSchema = z.strictObject({
  schemaVersion: z.literal(corpusIndexSchemaVersion),
  /** sha256 of the corpus files the index was built from (see `corpusSourceHash`). */
  sourceHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** sha256 of `JSON.stringify(documents)`: detects a truncated or hand-edited index. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  documents: z.array(IndexedDocumentSchema),
});
export type CorpusIndex = z.infer<typeof CorpusIndexSchema>;

export type CorpusIndexProblem = 'corrupt' | 'version' | 'stale';

/** Why an index cannot be used: `corrupt` (not JSON, wrong shape, hash mismatch), `version`, `stale`. */
export class CorpusIndexError extends Error {
  constructor(
    readonly problem: CorpusIndexProblem,
    message: string,
  ) {
    super(message);
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Hash of corpus files (name and text), independent of the order they were listed in. */
export function corpusSourceHash(files: readonly { file: string; text: string }[]): string {
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return sha256(sorted.map((f) => `${f.file}\u0000${f.text}`).join('\u0000'));
}

/** The parser the index is built with, passed in so this module does not fix one. */
export type PlanParser = (text: string) => ParsedPlan;

/** Builds the index from already-read corpus documents. */
export function buildCorpusIndex(
  sources: readonly { file: string; text: string; document: CorpusDocument }[],
  parse: PlanParser,
): CorpusIndex {
  const documents: IndexedDocument[] = sources.map(({ file, document }) => ({
    meta: document.meta,
    lines: document.lines,
    bodyLine: document.bodyLine,
    file,
    plan: parse(bodyText(document)),
  }));
  return {
    schemaVersion: corpusIndexSchemaVersion,
    sourceHash: corpusSourceHash(sources),
    contentHash: sha256(JSON.stringify(documents)),
    documents,
  };
}

export interface LoadOptions {
  /** When given (e.g. the hash of the corpus folder beside the bundle), a different hash is `stale`. */
  expectedSourceHash?: string;
}

/** Parses and validates the index JSON. Throws `CorpusIndexError` with a clear message. */
export function loadCorpusIndex(jsonText: string, options: LoadOptions = {}): CorpusIndex {
  let data: unknown;
  try {
    data = JSON.parse(jsonText);
  } catch (error) {
    throw new CorpusIndexError('corrupt', `corpus index is not valid JSON (${(error as Error).message}); rebuild it with \`npm run build\``);
  }
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version !== corpusIndexSchemaVersion) {
    throw new CorpusIndexError('version', `corpus index has schema version ${String(version)}, this build reads version ${corpusIndexSchemaVersion}; rebuild it with \`npm run build\``);
  }
  // Before zod, whose recursive schema would overflow the stack on clauses nested 50,000 deep.
  const tooDeep = deepestNesting(data);
  if (tooDeep !== undefined) throw new CorpusIndexError('corrupt', `corpus index is malformed: clauses nested ${tooDeep} deep (a plan has a handful of levels); rebuild it with \`npm run build\``);
  const result = CorpusIndexSchema.safeParse(data);
  if (!result.success) {
    const first = result.error.issues[0]!;
    throw new CorpusIndexError('corrupt', `corpus index is malformed at ${first.path.join('.') || '(root)'}: ${first.message}; rebuild it with \`npm run build\``);
  }
  const index = result.data;
  // Hash the documents as read, not as zod rebuilt them: the check is about the file's bytes.
  if (sha256(JSON.stringify((data as { documents: unknown }).documents)) !== index.contentHash) {
    throw new CorpusIndexError('corrupt', 'corpus index content does not match its hash (truncated or edited); rebuild it with `npm run build`');
  }
  // The hash only says the file is as its writer left it; a writer could be wrong or hostile. Line
  // numbers past the document's end sent search walking to 2^53 − 1.
  for (const document of index.documents) {
    const outside = lineOutside(document.plan, Math.max(document.lines.length, 1));
    if (outside !== undefined) {
      throw new CorpusIndexError('corrupt', `corpus index is malformed: ${document.file} refers to line ${outside + 1}, past its last line ${document.lines.length}; rebuild it with \`npm run build\``);
    }
  }
  if (options.expectedSourceHash !== undefined && options.expectedSourceHash !== index.sourceHash) {
    throw new CorpusIndexError('stale', 'corpus index was built from other corpus files than the ones present; rebuild it with `npm run build`');
  }
  return index;
}

/** Deeper than this, clause nesting is no plan's (parts, sections, items, sub-items and paragraphs). */
const maxClauseDepth = 64;

/** How deep `children` nests in any document of raw index data, when over `maxClauseDepth`; walked without recursion. */
function deepestNesting(data: unknown): number | undefined {
  const documents = (data as { documents?: unknown } | null)?.documents;
  if (!Array.isArray(documents)) return undefined;
  for (const document of documents) {
    const clauses = (document as { plan?: { clauses?: unknown } } | null)?.plan?.clauses;
    const stack: { clauses: unknown; depth: number }[] = [{ clauses, depth: 1 }];
    while (stack.length > 0) {
      const { clauses: level, depth } = stack.pop()!;
      if (!Array.isArray(level)) continue;
      if (depth > maxClauseDepth) {
        let deepest = depth;
        for (let next: unknown = level; Array.isArray(next) && next.length > 0; next = (next[0] as { children?: unknown } | null)?.children) deepest++;
        return deepest - 1;
      }
      for (const clause of level) stack.push({ clauses: (clause as { children?: unknown } | null)?.children, depth: depth + 1 });
    }
  }
  return undefined;
}

/** The first line number in a plan (clause, unit, target, table ranges, the period's line) not below `lineCount`. */
function lineOutside(plan: ParsedPlan, lineCount: number): number | undefined {
  const stack: unknown[] = [plan];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push(item);
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, field] of Object.entries(value)) {
        if (key === 'line' && typeof field === 'number' && field >= lineCount) return field;
        if (typeof field === 'object' && field !== null) stack.push(field);
      }
    }
  }
  return undefined;
}

/** Every clause of a plan, depth first, parents before children. */
export function allClauses(plan: ParsedPlan): Clause[] {
  const out: Clause[] = [];
  const visit = (clauses: readonly Clause[]): void => {
    for (const clause of clauses) {
      out.push(clause);
      visit(clause.children);
    }
  };
  visit(plan.clauses);
  return out;
}

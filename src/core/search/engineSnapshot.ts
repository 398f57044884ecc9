import { createHash } from 'node:crypto';
import { z } from 'zod';
import { TargetSchema, UnitAssignmentSchema } from '../corpus/planSchema';
import type { Bm25Parts } from './bm25Index';
import { defaultTuning, SearchEngine, type Tuning } from './searchEngine';
import type { SearchClause, SearchCorpus, SearchDocument } from './types';

/**
 * A built search engine as one file: the clauses it searches and its index's arrays, so a CLI run
 * over an unchanged own corpus loads it instead of reading, parsing and indexing every file
 * again. The file starts with the sha256 of everything after it: a truncated or damaged file is
 * refused (and rebuilt by the caller), never half-read.
 *
 * Layout: magic (8 bytes) · sha256 (32) · header length (uint32 LE) · header (JSON in UTF-16LE, which decodes several times faster than UTF-8 for Chinese text) · sections.
 * The header names the snapshot's key (what it was built from), each section's place, the short
 * names the corpus defines (`definedNames`, mined with the index) and the
 * corpus; sections are the index's typed arrays, each starting on an 8-byte boundary.
 */

const magic = Buffer.from('PDSNAP01', 'latin1');
/** Bump when the layout, the clause cutting or the index changes; older files are then rebuilt. */
export const snapshotVersion = 2;

const sectionNames = ['charIds', 'unigramTerms', 'bigramKeys', 'bigramValues', 'postingStart', 'postings', 'documentFrequency', 'inverseLengthNorm'] as const;
type SectionName = (typeof sectionNames)[number];

const SnapshotClauseSchema = z.strictObject({
  doc: z.number().int().min(0),
  text: z.string(),
  path: z.array(z.string()),
  line: z.number().int().min(0),
  targets: z.array(TargetSchema),
  units: z.array(UnitAssignmentSchema),
  restates: z.number().int().min(0).optional(),
});

const SnapshotDocumentSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  shortName: z.string(),
  level: z.string().optional(),
  year: z.number().optional(),
  region: z.string().optional(),
  kind: z.string().optional(),
  period: z.strictObject({ from: z.number(), to: z.number() }).optional(),
  corpus: z.string().optional(),
});

/** True only when both have the same fields: a field added to a search type fails to compile until the schema has it. */
type SameFields<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
const documentFields: SameFields<z.infer<typeof SnapshotDocumentSchema>, SearchDocument> = true;
const clauseFields: SameFields<z.infer<typeof SnapshotClauseSchema>, Omit<SearchClause, 'source'>> = true;
void documentFields;
void clauseFields;

const HeaderSchema = z.strictObject({
  version: z.literal(snapshotVersion),
  key: z.string(),
  dictionary: z.strictObject({ bigramCount: z.number().int().min(0), chars: z.number().int().min(0), terms: z.number().int().min(0) }),
  sections: z.record(z.enum(sectionNames), z.tuple([z.number().int().min(0), z.number().int().min(0)])),
  names: z.array(z.strictObject({ full: z.string().min(1), short: z.string().min(1) })),
  // The clauses (tens of thousands over a real folder) are checked apart: see `checkedClauses`.
  corpus: z.strictObject({ documents: z.array(SnapshotDocumentSchema), clauses: z.array(z.unknown()) }),
});

/** How many clauses, spread evenly over the array, the full clause schema checks on each load. */
const clauseSample = 64;

/**
 * The key a snapshot is valid for: the snapshot layout, the engine's tuning, and whatever the
 * caller says the corpus was built from (file content hashes, the bundled corpus's hash).
 */
export function snapshotKey(builtFrom: readonly string[], tuning: Tuning = defaultTuning): string {
  const hash = createHash('sha256').update(`${snapshotVersion}\u0000${JSON.stringify(tuning)}`);
  for (const part of builtFrom) hash.update(`\u0000${part}`);
  return hash.digest('hex');
}

export function encodeSnapshot(engine: SearchEngine, key: string): Buffer {
  const parts = engine.indexParts;
  const arrays: Record<SectionName, ArrayBufferView> = {
    charIds: parts.dictionary.charIds,
    unigramTerms: parts.dictionary.unigramTerms,
    bigramKeys: parts.dictionary.bigramKeys,
    bigramValues: parts.dictionary.bigramValues,
    postingStart: parts.postingStart,
    postings: parts.postings,
    documentFrequency: parts.documentFrequency,
    inverseLengthNorm: parts.inverseLengthNorm,
  };
  const sections = {} as Record<SectionName, [number, number]>;
  let offset = 0;
  for (const name of sectionNames) {
    sections[name] = [offset, arrays[name].byteLength];
    offset += align(arrays[name].byteLength);
  }
  const { bigramCount, chars, terms } = parts.dictionary;
  const corpus = { documents: engine.corpus.documents, clauses: engine.corpus.clauses.map(withoutSource) };
  const header = Buffer.from(JSON.stringify({ version: snapshotVersion, key, dictionary: { bigramCount, chars, terms }, sections, names: engine.names, corpus }), 'utf16le');
  const bodyStart = align(magic.length + 32 + 4 + header.length);
  const out = Buffer.alloc(bodyStart + offset);
  magic.copy(out, 0);
  out.writeUInt32LE(header.length, magic.length + 32);
  header.copy(out, magic.length + 36);
  for (const name of sectionNames) {
    const view = arrays[name];
    Buffer.from(view.buffer, view.byteOffset, view.byteLength).copy(out, bodyStart + sections[name][0]);
  }
  createHash('sha256')
    .update(out.subarray(magic.length + 32))
    .digest()
    .copy(out, magic.length);
  return out;
}

/**
 * The engine a snapshot holds when it is intact and was built for `key`; otherwise undefined
 * (not a snapshot, damaged, another version or key), and the caller builds the engine anew.
 */
export function decodeSnapshot(bytes: Uint8Array, key: string, tuning: Tuning = defaultTuning): SearchEngine | undefined {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fixed = magic.length + 36;
  if (data.length < fixed || !data.subarray(0, magic.length).equals(magic)) return undefined;
  const digest = createHash('sha256')
    .update(data.subarray(magic.length + 32))
    .digest();
  if (!digest.equals(data.subarray(magic.length, magic.length + 32))) return undefined;
  const headerLength = data.readUInt32LE(magic.length + 32);
  if (fixed + headerLength > data.length) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(data.toString('utf16le', fixed, fixed + headerLength));
  } catch {
    return undefined;
  }
  // The key first: a snapshot of other files is the common case, and needs no further reading.
  if ((parsed as { key?: unknown } | null)?.key !== key) return undefined;
  const header = HeaderSchema.safeParse(parsed);
  if (!header.success) return undefined;
  const { corpus, sections, dictionary, names } = header.data;
  const clauses = checkedClauses(corpus.clauses, corpus.documents.length);
  if (!clauses) return undefined;
  const bodyStart = align(fixed + headerLength);
  const section = <T>(name: SectionName, make: (buffer: ArrayBuffer, offset: number, length: number) => T, unit: number): T | undefined => {
    const place = sections[name];
    if (!place || place[1] % unit !== 0 || bodyStart + place[0] + place[1] > data.length) return undefined;
    const start = data.byteOffset + bodyStart + place[0];
    // A view on the file's own bytes where they are aligned for the array (the usual case), a copy otherwise.
    if (start % 8 === 0) return make(data.buffer as ArrayBuffer, start, place[1] / unit);
    const copy = new ArrayBuffer(place[1]);
    new Uint8Array(copy).set(data.subarray(bodyStart + place[0], bodyStart + place[0] + place[1]));
    return make(copy, 0, place[1] / unit);
  };
  const int32 = (name: SectionName) => section(name, (b, o, n) => new Int32Array(b, o, n), 4);
  const [charIds, unigramTerms, bigramKeys, bigramValues, documentFrequency] = (['charIds', 'unigramTerms', 'bigramKeys', 'bigramValues', 'documentFrequency'] as const).map(int32);
  const postingStart = section('postingStart', (b, o, n) => new Uint32Array(b, o, n), 4);
  const postings = section('postings', (b, o, n) => new Uint8Array(b, o, n), 1);
  const inverseLengthNorm = section('inverseLengthNorm', (b, o, n) => new Float32Array(b, o, n), 4);
  if (!charIds || !unigramTerms || !bigramKeys || !bigramValues || !documentFrequency || !postingStart || !postings || !inverseLengthNorm) return undefined;
  const parts: Bm25Parts = {
    dictionary: { ...dictionary, charIds, unigramTerms, bigramKeys, bigramValues },
    postingStart,
    postings,
    documentFrequency,
    inverseLengthNorm,
  };
  const restored: SearchCorpus = { documents: corpus.documents, clauses };
  return SearchEngine.restore(restored, parts, names, tuning);
}

/**
 * The clauses when they have the snapshot's shape. Checking each of them with zod cost about
 * 0.2 s of a warm CLI run over the real documents, so the full schema checks an even sample, and
 * every clause gets the cheap checks that keep a search in bounds (an object whose document
 * exists, text that is a string). That is enough because the header is only read once the
 * sha256 this module wrote proves the bytes are the ones `encodeSnapshot` wrote from a built
 * engine, and the key proves they were written by this layout and tuning: what is left to catch
 * is a writer that changed without a version bump, which the sample does.
 */
function checkedClauses(clauses: readonly unknown[], documentCount: number): SearchClause[] | undefined {
  const step = Math.max(1, Math.floor(clauses.length / clauseSample));
  for (let i = 0; i < clauses.length; i += step) if (!SnapshotClauseSchema.safeParse(clauses[i]).success) return undefined;
  for (const clause of clauses) {
    const shaped = clause as Partial<Record<keyof SearchClause, unknown>> | null;
    if (typeof shaped !== 'object' || shaped === null || typeof shaped.text !== 'string' || typeof shaped.doc !== 'number' || !(shaped.doc >= 0 && shaped.doc < documentCount))
      return undefined;
  }
  return clauses as SearchClause[];
}

function withoutSource(clause: SearchClause): Omit<SearchClause, 'source'> {
  const { source: _source, ...rest } = clause;
  return rest;
}

function align(n: number): number {
  return Math.ceil(n / 8) * 8;
}

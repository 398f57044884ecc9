import { documentClauses, shortName } from '../search/fromCorpusIndex';
import type { SearchCorpus, SearchDocument } from '../search/types';
import { ownDocumentName } from './ownDocumentName';
import type { UserDocument } from './userDocument';

/**
 * The bundled corpus with the user's documents appended, cut into clauses by the same adapter.
 * The bundled part keeps its indexes, so anything pointing into it stays valid. Each user document
 * carries its corpus label, and its short name starts with it, so every hover, palette row and
 * CLI line says which corpus a precedent came from.
 */
export function withUserDocuments(bundled: SearchCorpus, userDocuments: readonly UserDocument[]): SearchCorpus {
  const steps = appendUserDocuments(bundled, userDocuments);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `withUserDocuments` with `pause()` after each document: a folder of long files is not one block of work on a server's thread. */
export async function withUserDocumentsYielding(bundled: SearchCorpus, userDocuments: readonly UserDocument[], pause: () => Promise<void>): Promise<SearchCorpus> {
  const steps = appendUserDocuments(bundled, userDocuments);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** The documents appended one by one, yielding after each. */
function* appendUserDocuments(bundled: SearchCorpus, userDocuments: readonly UserDocument[]): Generator<void, SearchCorpus> {
  if (userDocuments.length === 0) return bundled;
  const documents = [...bundled.documents];
  const clauses = [...bundled.clauses];
  for (const user of userDocuments) {
    const doc = documents.length;
    documents.push(describeUserDocument(user));
    for (const clause of documentClauses(user.lines, user.plan, doc)) clauses.push(clause);
    yield;
  }
  return { documents, clauses };
}

export function describeUserDocument(user: UserDocument): SearchDocument {
  const { title, region, level, kind, date, period } = user.meta;
  const year = date ? Number(date.slice(0, 4)) : period?.from;
  const name = region && kind ? shortName(title, region, kind) : ownDocumentName(title, user.file);
  return {
    id: user.id,
    title,
    shortName: `〔${user.corpus}〕${name}`,
    corpus: user.corpus,
    ...(level === undefined ? {} : { level }),
    ...(year === undefined ? {} : { year }),
    ...(region ? { region } : {}),
    ...(kind ? { kind } : {}),
    ...(period ? { period } : {}),
  };
}

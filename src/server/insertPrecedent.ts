import { precedentInsertion } from '../core/precedents/insertPrecedent';
import { precedentOf } from './corpusRequests';
import { insertPrecedentRequest, type InsertPrecedentParams, type InsertPrecedentResult } from './protocol';
import { toLspRange } from './ranges';
import type { ServerContext } from './serverContext';

/**
 * Insert precedent on an open draft: the clause made ready where it lands and the siblings after
 * it moved up, computed here on the version the extension named, from the draft and the settings
 * its analysis uses. The extension applies the edits as one change if that version still stands.
 */
export function insertPrecedent({ connection, documents, corpus, settings, analyses }: ServerContext): void {
  connection.onRequest(insertPrecedentRequest, async ({ uri, version, range, ref }: InsertPrecedentParams): Promise<InsertPrecedentResult> => {
    const asked = documents.get(uri);
    if (!asked) return { unavailable: 'document' };
    // The draft's parse is the one its diagnostics and hovers read: usually there already.
    const [clause, effective, parsed] = await Promise.all([precedentOf(corpus, ref), settings.of(uri), analyses.parsed(asked).catch(() => undefined)]);
    if (!clause) return { unavailable: 'precedent' };
    // Read after the waits: the document object moves on with later edits.
    const document = documents.get(uri);
    if (!document) return { unavailable: 'document' };
    if (document.version !== version) return { unavailable: 'version' };
    // Any editor may ask: a position past a line's or the draft's end is taken to that end.
    const [start, end] = [range?.start, range?.end].map((at) => document.positionAt(document.offsetAt({ line: Number(at?.line) || 0, character: Number(at?.character) || 0 })));
    const text = document.getText();
    // Its outline stands for this text only where the parse read it as written (no suppression comment masked, nothing simplified).
    const outline = parsed?.version === version && parsed.analysis?.read === text ? parsed.analysis.outline : undefined;
    const edits = precedentInsertion(clause, {
      text,
      ...(outline ? { outline } : {}),
      range: { start: { line: start!.line, column: start!.character }, end: { line: end!.line, column: end!.character } },
      markdown: document.languageId === 'markdown',
      sourceNote: effective['precedents.insertSourceNote'],
    });
    return { edits: edits.map((edit) => ({ range: toLspRange(edit.range), newText: edit.newText })) };
  });
}

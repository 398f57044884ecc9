import { renumberEdits } from '../core/checks/numberingSequence';
import { renumberRequest, type RenumberParams, type RenumberResult } from './protocol';
import { toLspRange } from './ranges';
import type { ServerContext } from './serverContext';

/** Renumbers an open draft on request: the edits go back to the editor, which applies them as one change. */
export function renumber({ connection, documents }: ServerContext): void {
  connection.onRequest(renumberRequest, ({ uri }: RenumberParams): RenumberResult => {
    const document = documents.get(uri);
    if (!document) return [];
    return renumberEdits(document.getText()).map((edit) => ({ range: toLspRange(edit.range), newText: edit.newText }));
  });
}

import { vocabularyOf } from '../core/analysis/checkDraft';
import { exportDraft, formatOf } from '../core/officialDocument/exportDraft';
import { taskTableEdit } from '../core/taskTable/taskTable';
import { exportDocxRequest, taskTableRequest, type ExportDocxParams, type ExportDocxResult, type TaskTableParams, type TaskTableResult } from './protocol';
import type { ServerContext } from './serverContext';

/**
 * What a drafter hands in, built in the server from the text the editor sends: the official-format
 * Word file and the 任务分解表. Both take a draft's whole text, once, on command.
 */
export function draftOutputs({ connection, settings }: ServerContext): void {
  connection.onRequest(exportDocxRequest, async ({ text, languageId }: ExportDocxParams): Promise<ExportDocxResult> => {
    const exported = await exportDraft(text, formatOf(languageId));
    return {
      bytes: Buffer.from(exported.bytes).toString('base64'),
      paragraphs: exported.paragraphs,
      tables: exported.tables,
      notes: exported.notes,
      placeholderLines: exported.placeholderLines,
      ...(exported.fileName === undefined ? {} : { fileName: exported.fileName }),
    };
  });
  connection.onRequest(taskTableRequest, async ({ uri, text, languageId }: TaskTableParams): Promise<TaskTableResult> => {
    const vocabulary = vocabularyOf(await settings.of(uri));
    return taskTableEdit(text, vocabulary, formatOf(languageId) === 'markdown');
  });
}

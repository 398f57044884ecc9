import { z } from 'zod';
import type { ParsedPlan } from '../model';
import { CorpusMetaSchema } from '../corpus/corpusMeta';
import { ParsedPlanSchema } from '../corpus/planSchema';

/**
 * A plan from one of the user's corpus folders, in the shape of a bundled corpus document
 * (metadata, lines, body start, parsed plan) plus where it came from. The metadata is looser
 * than the bundled corpus's: a drafter's own Word file has no front matter, so only the title is
 * certain (from front matter, a Title paragraph, the first heading, or the file name).
 */

/** Front-matter fields a user file may set; each is taken only when it is valid on its own. */
export const UserMetaSchema = z.strictObject({
  title: z.string().min(1),
  issuer: CorpusMetaSchema.shape.issuer.optional(),
  region: CorpusMetaSchema.shape.region.optional(),
  level: CorpusMetaSchema.shape.level.optional(),
  kind: CorpusMetaSchema.shape.kind.optional(),
  period: CorpusMetaSchema.shape.period,
  date: CorpusMetaSchema.shape.date,
});
export type UserMeta = z.infer<typeof UserMetaSchema>;

/**
 * What reading a file's bytes yields, before its place in a folder is known. It depends only on
 * the bytes (and the reader's version), which is what lets it be cached by content hash.
 */
export const UserFileContentSchema = z.strictObject({
  meta: UserMetaSchema.partial({ title: true }),
  /** The document as indexed (simplified, Markdown for .docx); clause ranges index into it. */
  lines: z.array(z.string()),
  /** 0-based line where the body starts, after any front matter. */
  bodyLine: z.number().int().min(0),
  plan: ParsedPlanSchema,
  /** Things worth telling the user that did not stop the file being indexed. */
  warnings: z.array(z.string()),
});
export type UserFileContent = z.infer<typeof UserFileContentSchema>;

/** The outcome of reading one file: its content, or why it was skipped. Both are cached. */
export const UserFileResultSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), content: UserFileContentSchema }),
  /**
   * `transient`: the file could not be read this time for a reason that is not in its bytes (a time
   * budget ran out, the reading process restarted); never cached, tried again on the next scan.
   */
  z.strictObject({ ok: z.literal(false), reason: z.string().min(1), transient: z.literal(true).optional() }),
]);
export type UserFileResult = z.infer<typeof UserFileResultSchema>;

export interface UserDocument {
  /** `<corpus>/<file>`; never clashes with a bundled id, which holds no `/`. */
  id: string;
  /** The source label results show, e.g. the folder's name `市发改委规划库`. */
  corpus: string;
  /** The folder the file lives in, as configured. */
  folder: string;
  /** Path inside the folder, `/`-separated. */
  file: string;
  meta: UserMeta;
  lines: string[];
  bodyLine: number;
  plan: ParsedPlan;
}

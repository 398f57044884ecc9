import { z } from 'zod';

/**
 * The front matter of a corpus document: who issued it, where, at what administrative level,
 * what kind of plan it is and for which period. Every corpus file is read through this schema,
 * so a hand-edited file with a typo is refused with the field named instead of misleading search.
 */

/** Administrative level of the issuing government. */
export const levels = ['国家级', '省级', '市级', '区级', '县级'] as const;

/** The plan genres the drafting tool knows; `其他` keeps an imported page importable. */
export const kinds = ['规划', '行动计划', '行动方案', '实施意见', '实施方案', '指导意见', '若干措施', '其他'] as const;

/** One repair of garbled scraped text, recorded so a reader can check it against the source. */
export const CorrectionSchema = z.strictObject({
  /** The text as scraped (after traditional → simplified conversion). */
  original: z.string().min(1),
  corrected: z.string().min(1),
  /** Why the intended words are certain. */
  reason: z.string().min(1),
});
export type Correction = z.infer<typeof CorrectionSchema>;

/** The years a plan covers, e.g. `{ from: 2021, to: 2025 }` for a 十四五 plan. */
export const PeriodSchema = z
  .strictObject({ from: z.number().int().min(1949).max(2100), to: z.number().int().min(1949).max(2100) })
  .refine((p) => p.from <= p.to, { message: 'period.from must not be after period.to' });
export type Period = z.infer<typeof PeriodSchema>;

export const CorpusMetaSchema = z.strictObject({
  /** File-name-safe identifier, e.g. `zj-life-health-2020`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'id must be lower-case letters, digits and dashes'),
  title: z.string().min(1),
  /** The issuing body or bodies as the text names them; `未载明` when the page does not say. */
  issuer: z.string().min(1),
  /** The jurisdiction, e.g. `浙江省`, `上海市浦东新区`. */
  region: z.string().min(1),
  level: z.enum(levels),
  kind: z.enum(kinds),
  /** Only where the text itself states the period. */
  period: PeriodSchema.optional(),
  /** Date of issue (YYYY-MM-DD), only where known. */
  date: z.iso.date().optional(),
  /** Where the text came from and that it is a cleaned web copy, not the official edition. */
  source: z.string().min(1),
  /** Anything a reader should know about this copy, e.g. that it is a draft for comment. */
  note: z.string().min(1).optional(),
  corrections: z.array(CorrectionSchema).default([]),
});
export type CorpusMeta = z.infer<typeof CorpusMetaSchema>;

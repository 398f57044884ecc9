import { z } from 'zod';
import { checks, enabledKey, severityKey, type AnyCheck } from '../checks/registry';

/**
 * The one source of truth for settings. The extension parses `getConfiguration('policyDraft')`
 * with it, the CLI uses its defaults, and a unit test checks that package.json's
 * `contributes.configuration` lists the same keys and defaults.
 */

const severity = z.enum(['error', 'warning', 'information', 'hint']);
const words = z.array(z.string().min(1));

type CheckSettingsShape = { [R in AnyCheck as `${R['setting']}.enabled`]: z.ZodDefault<z.ZodBoolean> } & {
  [R in AnyCheck as `${R['setting']}.severity`]: z.ZodDefault<typeof severity>;
};

/** Each check of the registry owns two settings: whether it runs, and how loudly it reports. */
function checkSettingsShape(): CheckSettingsShape {
  const shape: Record<string, z.ZodType> = {};
  for (const rule of checks) {
    shape[enabledKey(rule.setting)] = z.boolean().default(true);
    shape[severityKey(rule.setting)] = severity.default(rule.defaultSeverity);
  }
  return shape as CheckSettingsShape;
}

export const settingsSchema = z.object({
  ...checkSettingsShape(),
  /** Show precedent comparisons when hovering a clause. */
  'hover.enabled': z.boolean().default(true),
  /** How many precedents a hover shows. */
  'hover.maxResults': z.number().int().min(1).max(10).default(3),
  /** Extra words that put a heading in task scope, added to the defaults of the spec. */
  'checks.taskKeywords': words.default([]),
  /** Extra words that take a heading out of task scope. */
  'checks.exclusionKeywords': words.default([]),
  /** Extra name endings that make a responsible body (e.g. `集团`). */
  'checks.bodySuffixes': words.default([]),
  /** Extra collective bodies accepted as responsible units (e.g. `各镇街`). */
  'checks.collectiveBodies': words.default([]),
  /** Extra measure words or units that make a number a quantity. */
  'checks.measureWords': words.default([]),
  /** Language ids whose documents are checked and get hovers. */
  languages: words.default(['markdown', 'plaintext']),
  /** Documents larger than this (in KB) are not analysed; the user is told so. */
  maxFileSizeKB: z.number().int().min(1).max(102400).default(1024),
  /** Folders of .md, .txt and .docx plans indexed next to the bundled corpus. */
  'corpus.folders': words.default([]),
  /** Search the bundled corpus for precedents (leave it out to search only your own folders). */
  'precedents.includeBundled': z.boolean().default(true),
  /** Own corpus folders (as listed in `corpus.folders`, or their folder names) left out of precedents and search. */
  'precedents.excludeFolders': words.default([]),
  /** Precedents from documents of this level (省级, 市级, 区级 …) come first. */
  'precedents.preferLevel': z.string().default(''),
  /** Precedents from documents of this region (e.g. 浙江省) come first. */
  'precedents.preferRegion': z.string().default(''),
  /** Precedents from documents of this kind (规划, 行动计划 …) come first. */
  'precedents.preferKind': z.string().default(''),
  /** Insert precedent adds a comment naming the source document and clause (Markdown drafts). */
  'precedents.insertSourceNote': z.boolean().default(true),
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});

export interface SettingsResult {
  settings: Settings;
  /** One line per rejected key; the key falls back to its default. */
  problems: string[];
}

/**
 * Parses raw settings key by key, so one bad value costs only that key and is reported,
 * instead of discarding everything the user set.
 */
export function parseSettings(raw: Record<string, unknown>): SettingsResult {
  const settings: Record<string, unknown> = { ...defaultSettings };
  const problems: string[] = [];
  const shape = settingsSchema.shape;
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    if (raw[key] === undefined) continue;
    const parsed = shape[key].safeParse(raw[key]);
    if (parsed.success) settings[key] = parsed.data;
    else problems.push(`policyDraft.${key}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  return { settings: settings as Settings, problems };
}

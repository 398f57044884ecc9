import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseSettings, settingsSchema, type Settings } from './settings';

/**
 * A team's settings, committed beside its drafts: `.policy-draft.json` in the draft's folder or a
 * parent, keys as in settings.json (`{"policyDraft.checks.taskKeywords": ["攻坚"]}`), validated by
 * the settings schema. `policy-draft lint` and the language server both read it; in the editor the
 * user's and workspace's own settings win over it.
 */

export const projectConfigName = '.policy-draft.json';

export interface ProjectConfig {
  /** The file it was read from. */
  file: string;
  /** Valid values by settings key (without `policyDraft.`). */
  values: Record<string, unknown>;
  /** One line per rejected key or a broken file, naming the key; the rest still applies. */
  problems: string[];
}

const prefix = 'policyDraft.';

/** Reads the text of a config file; `file` names it in the problems. */
export function parseProjectConfig(text: string, file: string): ProjectConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { file, values: {}, problems: [`not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { file, values: {}, problems: ['must hold one JSON object of settings, e.g. {"policyDraft.checks.taskKeywords": ["攻坚"]}'] };
  const shape: Record<string, unknown> = settingsSchema.shape;
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  const given: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    const key = name.startsWith(prefix) ? name.slice(prefix.length) : undefined;
    if (key === undefined || !Object.hasOwn(shape, key)) problems.push(`${name}: not a setting of policy-draft`);
    else given[key] = value;
  }
  const parsed = parseSettings(given);
  problems.push(...parsed.problems);
  for (const key of Object.keys(given)) if (!parsed.problems.some((p) => p.startsWith(`${prefix}${key}:`))) values[key] = parsed.settings[key as keyof Settings];
  return { file, values, problems };
}

/** The nearest `.policy-draft.json` from `dir` upward, or undefined. */
export async function findProjectConfig(dir: string): Promise<string | undefined> {
  for (let current = dir; ;) {
    const candidate = join(current, projectConfigName);
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Reads and validates a config file; a file that cannot be read is a problem, not an exception. */
export async function readProjectConfig(file: string): Promise<ProjectConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { file, values: {}, problems: [`cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`] };
  }
  return parseProjectConfig(text, file);
}

/** The settings in effect: defaults, then the project's config, then what the user set in the editor. */
export function layeredSettings(config: ProjectConfig | undefined, editor: Record<string, unknown>): { settings: Settings; problems: string[] } {
  return parseSettings({ ...(config?.values ?? {}), ...editor });
}

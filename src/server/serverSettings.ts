import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findProjectConfig, layeredSettings, readProjectConfig, type ProjectConfig } from '../core/config/projectConfig';
import type { Settings } from '../core/config/settings';

/** Reads the editor's `policyDraft` settings for a document: a nested object, or dotted keys. */
export type SettingsSource = (uri: string) => Promise<unknown>;

/**
 * The settings of each document: the defaults, then the nearest `.policy-draft.json` above a file,
 * then what the user set in the editor (asked once, kept until the editor says they changed or a
 * config file changed). A value that fails the schema falls back and is reported once, naming the key.
 */
export class ServerSettings {
  private readonly cache = new Map<string, Promise<Settings>>();
  private readonly reported = new Set<string>();
  /** Config files by the folder a draft is in, and by path, so a folder of drafts reads its file once. */
  private readonly configs = new Map<string, Promise<ProjectConfig | undefined>>();

  constructor(
    private readonly source: SettingsSource,
    private readonly report: (problem: string) => void,
  ) {}

  of(uri: string): Promise<Settings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.read(uri);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  /** The editor's settings changed: read them again when next asked. */
  clear(): void {
    this.cache.clear();
    this.configs.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private configOf(uri: string): Promise<ProjectConfig | undefined> {
    const dir = configDirOf(uri);
    if (dir === undefined) return Promise.resolve(undefined);
    let config = this.configs.get(dir);
    if (!config) {
      config = findProjectConfig(dir).then((file) => (file === undefined ? undefined : readProjectConfig(file)));
      this.configs.set(dir, config);
    }
    return config;
  }

  private async read(uri: string): Promise<Settings> {
    let raw: unknown;
    try {
      raw = await this.source(uri);
    } catch {
      raw = undefined;
    }
    const config = await this.configOf(uri);
    const { settings, problems } = layeredSettings(config, flattenSettings(raw));
    for (const problem of [...(config?.problems.map((p) => `${config.file}: ${p}`) ?? []), ...problems]) {
      if (this.reported.has(problem)) continue;
      this.reported.add(problem);
      this.report(problem);
    }
    return settings;
  }
}

/** The `.policy-draft.json` that applies to a file on disk; none for untitled and virtual documents. */
function configDirOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return dirname(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

/**
 * `{ hover: { enabled: false } }` (as most editors send a section) and `{ 'hover.enabled': false }`
 * alike become dotted keys; a leading `policyDraft.` is dropped. Arrays are values.
 */
export function flattenSettings(value: unknown, prefix = ''): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return flat;
  for (const [key, inner] of Object.entries(value)) {
    const name = `${prefix}${key}`.replace(/^policyDraft\./, '');
    if (inner !== null && typeof inner === 'object' && !Array.isArray(inner)) Object.assign(flat, flattenSettings(inner, `${name}.`));
    else flat[name] = inner;
  }
  return flat;
}

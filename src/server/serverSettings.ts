import { parseSettings, type Settings } from '../core/settings';

/** Reads the editor's `policyDraft` settings for a document: a nested object, or dotted keys. */
export type SettingsSource = (uri: string) => Promise<unknown>;

/**
 * The settings of each document, asked of the editor once and kept until the editor says they
 * changed. A value that fails the schema falls back to its default and is reported once.
 */
export class ServerSettings {
  private readonly cache = new Map<string, Promise<Settings>>();
  private readonly reported = new Set<string>();

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
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private async read(uri: string): Promise<Settings> {
    let raw: unknown;
    try {
      raw = await this.source(uri);
    } catch {
      raw = undefined;
    }
    const { settings, problems } = parseSettings(flattenSettings(raw));
    for (const problem of problems) {
      if (this.reported.has(problem)) continue;
      this.reported.add(problem);
      this.report(problem);
    }
    return settings;
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

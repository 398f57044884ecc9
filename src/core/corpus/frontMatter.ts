/**
 * The front-matter dialect of corpus files: a strict subset of YAML that needs no YAML library.
 * Each line is `key: value`; a value starting with `"`, `{` or `[` is JSON, anything else is a
 * plain string. A key with no value opens a list whose items are `  - <JSON>` lines. Every file
 * in this dialect is also valid YAML, so other tools (and GitHub's preview) read it too.
 *
 * ```
 * ---
 * id: zj-life-health
 * period: {"from": 2021, "to": 2025}
 * corrections:
 *   - {"original": "…", "corrected": "…", "reason": "…"}
 * ---
 * ```
 */

/** A malformed front-matter block; `line` is 0-based in the file. */
export class FrontMatterError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line + 1}: ${message}`);
  }
}

export interface SplitDocument {
  /** Raw field values, not yet validated against a schema. */
  fields: Record<string, unknown>;
  /** 0-based line where the body starts (after the closing `---`). */
  bodyLine: number;
}

const fence = '---';

/**
 * Splits `text` (lines already split, CRLF removed) into front-matter fields and the body's first line.
 * @param skipBadValue for front matter written by hand in other YAML (`tags: [数字经济, 规划]`): a
 *   value this dialect cannot read skips its key and is reported here, instead of failing the block.
 */
export function readFrontMatter(lines: readonly string[], skipBadValue?: (problem: FrontMatterError) => void): SplitDocument {
  const read = (raw: string, line: number): { value: unknown } | undefined => {
    try {
      return { value: parseValue(raw, line) };
    } catch (error) {
      if (!(error instanceof FrontMatterError) || !skipBadValue) throw error;
      skipBadValue(error);
      return undefined;
    }
  };
  if (lines[0]?.trim() !== fence) throw new FrontMatterError('the file must start with a `---` front-matter block', 0);
  const fields: Record<string, unknown> = {};
  let list: unknown[] | undefined;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === fence) return { fields, bodyLine: i + 1 };
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (line.startsWith('  - ') || line.startsWith('- ')) {
      if (!list) throw new FrontMatterError('a list item must follow a key with no value', i);
      const item = read(line.slice(line.indexOf('- ') + 2), i);
      if (item) list.push(item.value);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0 || /\s/.test(line[0]!)) throw new FrontMatterError(`expected \`key: value\`, got \`${line.slice(0, 40)}\``, i);
    const key = line.slice(0, colon).trim();
    if (key in fields) throw new FrontMatterError(`duplicate key \`${key}\``, i);
    const raw = line.slice(colon + 1).trim();
    if (raw === '') {
      list = [];
      fields[key] = list;
    } else {
      list = undefined;
      const value = read(raw, i);
      if (value) fields[key] = value.value;
    }
  }
  throw new FrontMatterError('the front-matter block is not closed by `---`', lines.length - 1);
}

function parseValue(raw: string, line: number): unknown {
  const text = raw.trim();
  if (text.startsWith('"') || text.startsWith('{') || text.startsWith('[')) {
    try {
      return JSON.parse(text);
    } catch {
      throw new FrontMatterError(`cannot read the value \`${text.slice(0, 40)}\` (inside [ ] and { }, strings go in double quotes)`, line);
    }
  }
  return text;
}

/** Writes fields in the dialect; `undefined` values are left out, arrays become item lists. */
export function writeFrontMatter(fields: Record<string, unknown>): string {
  const out = [fence];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      out.push(`${key}:`);
      for (const item of value) out.push(`  - ${json(item)}`);
    } else {
      out.push(`${key}: ${formatScalar(value)}`);
    }
  }
  out.push(fence);
  return out.join('\n') + '\n';
}

/** Plain where YAML would read the same string back; JSON otherwise (numbers, dates, `: `, `#`). */
function formatScalar(value: unknown): string {
  if (typeof value !== 'string') return json(value);
  const plain = /^\p{L}/u.test(value) && !/[:#]\s|[\n\r]|\s$/.test(value) && !/^(?:true|false|null|yes|no|on|off)$/i.test(value);
  return plain ? value : json(value);
}

/**
 * JSON with private-use and control characters escaped: a recorded mojibake run keeps its exact
 * characters, yet stays visible (`\uE20B`) to a reader of the file.
 */
function json(value: unknown): string {
  return JSON.stringify(value).replace(/[\uE000-\uF8FF\u007F-\u009F\uFFFD]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

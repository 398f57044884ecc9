import type { ConverterOptions } from 'opencc-js' with { 'resolution-mode': 'import' };

type OpenCC = {
  Converter(options: ConverterOptions): (text: string) => string;
  Locale: { configs: { t2s: { normalizationChain: unknown; conversionChain: unknown } } };
};

let openCC: OpenCC | undefined;
let convert: ((text: string) => string) | undefined;
let triggers: Triggers | undefined;

/**
 * Where a conversion can start. `bmp[code]` is `changes` for a character the conversion changes on
 * its own, `phrase` for the first character of a phrase it changes (`反覆` → `反复`), whose
 * phrases are in `phrases`; astral characters are looked up by code point.
 */
interface Triggers {
  bmp: Uint8Array;
  astral: Map<number, number>;
  /** By the code point of their first character, so a lookup makes no string. */
  phrases: Map<number, string[]>;
}
const changes = 1;
const phrase = 2;

// opencc-js declares itself an ES module but ships a CommonJS build: a plain `require` loads it
// (and lets esbuild bundle only the t→cn tables).
const load = (): OpenCC => (openCC ??= require('opencc-js/t2cn') as OpenCC);

/**
 * Traditional → simplified as used in mainland documents (opencc `t` → `cn`), for the importer,
 * the user's corpus and search keys alike. The converter is built on first use: its dictionaries
 * take a moment to load. Text with nothing the conversion could change (nearly every line of a
 * mainland plan) is returned as it is, and of a text that has something, only the lines that do
 * are converted: converting whole pages dominated reading an own corpus. No dictionary entry
 * holds a line break, so a line converts the same alone as within its page.
 */
export function toSimplified(text: string): string {
  if (!mayChange(text)) return text;
  convert ??= load().Converter({ from: 't', to: 'cn' });
  if (!text.includes('\n')) return convert(text);
  return text
    .split('\n')
    .map((line) => (mayChange(line) ? convert!(line) : line))
    .join('\n');
}

/**
 * True when `text` holds a character the conversion changes on its own, or a whole phrase it
 * changes. Where neither occurs no dictionary entry that changes anything can match, so the
 * converter would return the text unchanged. Mainland plans write `覆盖` and `沈阳`, which only
 * `反覆` and `沈沒` would change: checking the phrase, not its characters, keeps them unconverted.
 * The scan is a table lookup per unit.
 */
export function mayChange(text: string): boolean {
  const { bmp, astral, phrases } = (triggers ??= changeTriggers());
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x2e80) continue;
    let kind: number;
    let point = code;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff) {
      point = text.codePointAt(i)!;
      kind = astral.get(point) ?? 0;
      width = point > 0xffff ? 2 : 1;
    } else kind = bmp[code]!;
    if (kind === changes) return true;
    if (kind === phrase && startsAny(text, i, phrases.get(point)!)) return true;
    i += width - 1;
  }
  return false;
}

/**
 * Whether one of `phrases` starts at `at`. A plain loop: a phrase's first character (`反`, `干`)
 * is common in mainland text, and a closure and a one-character string made for each occurrence
 * were most of what reading an own corpus allocated.
 */
function startsAny(text: string, at: number, phrases: readonly string[]): boolean {
  for (const candidate of phrases) if (text.startsWith(candidate, at)) return true;
  return false;
}

/** The triggers of every changing entry of the dictionaries `t` → `cn` reads. */
function changeTriggers(): Triggers {
  const { normalizationChain, conversionChain } = load().Locale.configs.t2s;
  const entries = [normalizationChain, conversionChain]
    .flat(Infinity)
    .filter((dictionary): dictionary is string => typeof dictionary === 'string')
    .flatMap((dictionary) => dictionary.split('|'))
    .map((entry) => entry.split(' ') as [string, string])
    .filter(([from, to]) => to !== undefined && from !== to);
  const single = new Set(entries.filter(([from]) => [...from].length === 1).map(([from]) => from));
  const bmp = new Uint8Array(65536);
  const astral = new Map<number, number>();
  const mark = (char: string, kind: number) => {
    const code = char.codePointAt(0)!;
    if (code > 0xffff) astral.set(code, Math.min(astral.get(code) ?? kind, kind));
    else bmp[code] = bmp[code] === changes ? changes : kind;
  };
  for (const char of single) mark(char, changes);
  const phrases = new Map<number, string[]>();
  for (const [from] of entries) {
    const chars = [...from];
    // A phrase holding a character that changes on its own is found by that character.
    if (chars.length === 1 || chars.some((c) => single.has(c))) continue;
    const first = chars[0]!;
    mark(first, phrase);
    const code = first.codePointAt(0)!;
    const list = phrases.get(code) ?? [];
    if (!list.includes(from)) list.push(from);
    phrases.set(code, list);
  }
  return { bmp, astral, phrases };
}

/**
 * `toSimplified` line by line, keeping every line whose conversion would change its length: the
 * result has the same lines and columns as the input, so positions found in it hold in the original.
 * Drafters paste passages from traditional-character sources; keyword scopes (任務 → 任务) must still match.
 */
export function toSimplifiedInPlace(text: string): string {
  if (!mayChange(text)) return text;
  return text
    .split('\n')
    .map((line) => {
      const simplified = toSimplified(line);
      return simplified.length === line.length ? simplified : line;
    })
    .join('\n');
}

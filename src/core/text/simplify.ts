import type { ConverterOptions } from 'opencc-js' with { 'resolution-mode': 'import' };

type OpenCC = {
  Converter(options: ConverterOptions): (text: string) => string;
  Locale: { configs: { t2s: { normalizationChain: unknown; conversionChain: unknown } } };
};

let openCC: OpenCC | undefined;
let convert: ((text: string) => string) | undefined;
/** BMP code units that may start a change (see `changeMarks`); astral ones are in `astralMarks`. */
let bmpMarks: Uint8Array | undefined;
let astralMarks: Set<number> | undefined;

// opencc-js declares itself an ES module but ships a CommonJS build: a plain `require` loads it
// (and lets esbuild bundle only the t→cn tables).
const load = (): OpenCC => (openCC ??= require('opencc-js/t2cn') as OpenCC);

/**
 * Traditional → simplified as used in mainland documents (opencc `t` → `cn`), for the importer,
 * the user's corpus and search keys alike. The converter is built on first use: its dictionaries
 * take a moment to load. Text with no character the conversion could change (nearly every line of
 * a mainland plan) is returned as it is: converting it anyway dominated reading an own corpus.
 */
export function toSimplified(text: string): string {
  if (!mayChange(text)) return text;
  convert ??= load().Converter({ from: 't', to: 'cn' });
  return convert(text);
}

/**
 * True when `text` holds a character of some dictionary entry the conversion changes. An entry
 * can only match where all its characters are, so one character per changing entry suffices:
 * the entry itself when it is one character, else the first character its replacement alters
 * (`瞭解` → `了解`: 瞭), or one that changes on its own. The scan is a table lookup per unit.
 */
export function mayChange(text: string): boolean {
  if (!bmpMarks) ({ bmp: bmpMarks, astral: astralMarks } = changeMarks());
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x2e80) continue;
    if (code >= 0xd800 && code <= 0xdbff) {
      if (astralMarks!.has(text.codePointAt(i)!)) return true;
      i++;
    } else if (bmpMarks[code]) return true;
  }
  return false;
}

/** The marking characters of every changing entry of the dictionaries `t` → `cn` reads. */
function changeMarks(): { bmp: Uint8Array; astral: Set<number> } {
  const { normalizationChain, conversionChain } = load().Locale.configs.t2s;
  const entries = [normalizationChain, conversionChain]
    .flat(Infinity)
    .filter((dictionary): dictionary is string => typeof dictionary === 'string')
    .flatMap((dictionary) => dictionary.split('|'))
    .map((entry) => entry.split(' ') as [string, string])
    .filter(([from, to]) => to !== undefined && from !== to);
  const changing = new Set(entries.filter(([from]) => [...from].length === 1).map(([from]) => from));
  const marks = new Set(changing);
  for (const [from, to] of entries) {
    const chars = [...from];
    if (chars.length === 1 || chars.some((c) => changing.has(c))) continue;
    const replaced = [...to];
    const first = chars.findIndex((c, i) => c !== replaced[i]);
    marks.add(chars[Math.max(first, 0)]!);
  }
  const bmp = new Uint8Array(65536);
  const astral = new Set<number>();
  for (const mark of marks) {
    const code = mark.codePointAt(0)!;
    if (code > 0xffff) astral.add(code);
    else bmp[code] = 1;
  }
  return { bmp, astral };
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

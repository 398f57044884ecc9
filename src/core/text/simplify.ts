import type { ConverterOptions } from 'opencc-js' with { 'resolution-mode': 'import' };

type OpenCC = { Converter(options: ConverterOptions): (text: string) => string };

let convert: ((text: string) => string) | undefined;

/**
 * Traditional → simplified as used in mainland documents (opencc `t` → `cn`), for the importer,
 * the user's corpus and search keys alike. The converter is built on first use: its dictionaries
 * take a moment to load.
 */
export function toSimplified(text: string): string {
  // opencc-js declares itself an ES module but ships a CommonJS build: a plain `require` loads it
  // (and lets esbuild bundle only the t→cn tables).
  convert ??= (require('opencc-js/t2cn') as OpenCC).Converter({ from: 't', to: 'cn' });
  return convert(text);
}

/**
 * `toSimplified` line by line, keeping every line whose conversion would change its length: the
 * result has the same lines and columns as the input, so positions found in it hold in the original.
 * Drafters paste passages from traditional-character sources; keyword scopes (任務 → 任务) must still match.
 */
export function toSimplifiedInPlace(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const simplified = toSimplified(line);
      return simplified.length === line.length ? simplified : line;
    })
    .join('\n');
}

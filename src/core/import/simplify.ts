import type * as OpenCC from 'opencc-js' with { 'resolution-mode': 'import' };

// opencc-js ships as an ES module with a CommonJS build; this project compiles to CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const opencc = require('opencc-js') as typeof OpenCC;

let convert: ((text: string) => string) | undefined;

/**
 * Traditional → simplified as used in mainland documents (opencc `t` → `cn`). The converter is
 * built on first use: its dictionaries take a moment to load.
 */
export function toSimplified(text: string): string {
  const converter = (convert ??= opencc.Converter({ from: 't', to: 'cn' }));
  return converter(text);
}

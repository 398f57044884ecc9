// `npm run lint`: typescript-eslint over the sources, with the architecture as rules: the core
// never imports `vscode` or the language-server libraries, and no module takes part in an import
// cycle (import-x/no-cycle), so the core's folders stay in layers.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** What no file of src/core may import: the editor, the protocol, the adapters. */
const adapterFree = {
  paths: [{ name: 'vscode', message: 'src/core is plain TypeScript: the editor is reached through src/extension and src/server.' }],
  patterns: [
    { group: ['vscode-languageserver*', 'vscode-languageclient*', 'vscode-jsonrpc*'], message: 'The protocol belongs to src/server and src/extension, not the core.' },
    { group: ['**/extension/**', '**/server/**', '**/cli/**'], message: 'The core is imported by the adapters, never the other way round.' },
  ],
};

const coreFolders = readdirSync(new URL('./src/core', import.meta.url), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

/** The layered folders of src/core and the folders each may import from. */
const layers = {
  text: [],
  structure: ['text'],
  units: ['structure', 'text'],
  targets: ['structure', 'text'],
  parsing: ['structure', 'units', 'targets', 'text'],
  checks: ['parsing', 'structure', 'units', 'targets', 'text', 'corpus'],
  config: ['checks'],
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**', '.vscode-test/**', 'test/e2e/fixtures/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.js'],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // TypeScript checks these better (noUnusedLocals/Parameters in tsconfig).
      '@typescript-eslint/no-unused-vars': 'off',
      // Chinese text is full of full-width spaces (U+3000) in strings and patterns, on purpose.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipRegExps: true, skipTemplates: true, skipComments: true }],
      // Sanitisers of user text match control characters and runs of spaces by design.
      'no-control-regex': 'off',
      'no-regex-spaces': 'off',
      // `\[` inside a character class reads more plainly among full-width brackets; harmless.
      'no-useless-escape': 'off',
      // opencc-js ships its dictionaries as CommonJS modules, loaded on demand with require(); a test
      // loads markdown-it, which has no types, the same way; the CLI requires each command when it runs.
      '@typescript-eslint/no-require-imports': ['error', { allow: ['^opencc-js', '^markdown-it$', '^\\./commands/\\w+$'] }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: adapterFree.paths, patterns: adapterFree.patterns }] },
  },
  // The core's lower layers import only downward: text → plan model → parsing → rules → analysis.
  ...Object.entries(layers).map(([folder, below]) => ({
    files: [`src/core/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: adapterFree.paths,
          patterns: [
            ...adapterFree.patterns,
            {
              group: coreFolders.filter((other) => other !== folder && !below.includes(other)).map((other) => `../${other}/*`),
              message: `src/core/${folder} sits below that folder: it may import only from ${below.length > 0 ? below.join(', ') : 'no other folder'} (and model.ts).`,
            },
          ],
        },
      ],
    },
  })),
);

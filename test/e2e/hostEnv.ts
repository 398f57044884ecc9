/**
 * Environment variables the harness sets on code-server; the extension host inherits them.
 * Kept apart from results.ts so the in-host bundle does not pull in zod.
 */
export const hostEnv = {
  /** Where the in-host runner writes its results (results.ts). */
  results: 'POLICY_DRAFT_E2E_RESULTS',
  /** The run's extensions dir: the extension under test must have been loaded from there. */
  extensionsDir: 'POLICY_DRAFT_E2E_EXTENSIONS_DIR',
  /** Optional mocha `--grep` pattern. */
  grep: 'POLICY_DRAFT_E2E_GREP',
  /** ../shared/hostile-inputs, when the project sits beside it (tests that need it skip otherwise). */
  hostileInputs: 'POLICY_DRAFT_E2E_HOSTILE_INPUTS',
} as const;

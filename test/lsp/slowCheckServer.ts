import { resolve } from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { checks, type AnyCheck } from '../../src/core/checks/registry';
import { startServer } from '../../src/server/server';

/**
 * The language server as `policy-draft lsp --stdio` runs it (the same `startServer`, the built
 * bundle's corpus and reader), except that its first three checks are made slow on purpose: each
 * spins `SLOW_CHECK_MS` (default 600) before checking. For the test that a runaway analysis holds
 * up neither hovers nor, past its budget, its own diagnostics. Run with
 * `node --require tsx/cjs test/lsp/slowCheckServer.ts --stdio`.
 */

const slowMs = Number(process.env.SLOW_CHECK_MS ?? 600);

function slow(rule: AnyCheck): AnyCheck {
  return {
    ...rule,
    check: (analysis) => {
      const until = performance.now() + slowMs;
      while (performance.now() < until);
      return rule.check(analysis);
    },
  } as AnyCheck;
}

startServer(createConnection(ProposedFeatures.all), {
  bundleDir: resolve(__dirname, '../../dist'),
  rules: checks.map((rule, index) => (index < 3 ? slow(rule) : rule)),
});

import { z } from 'zod';

/**
 * The in-host suite's results file: rewritten after every test, so a crash of the extension host
 * still leaves what ran, and `done` tells a finished run from an interrupted one.
 * The workbench's own exit code is not trusted (it reports 0 even when the extension host crashed).
 */
export const hostResultsSchema = z.object({
  done: z.boolean(),
  durationMs: z.number(),
  tests: z.array(
    z.object({
      /** Suite titles and the test title, outermost first. */
      titlePath: z.array(z.string()),
      state: z.enum(['passed', 'failed', 'pending']),
      durationMs: z.number(),
      error: z.string().optional(),
    }),
  ),
});

export type HostResults = z.infer<typeof hostResultsSchema>;
export type HostTestResult = HostResults['tests'][number];

/** Verdicts, as the harness's exit code. */
export const Verdict = { passed: 0, failed: 1, broken: 2 } as const;
export type Verdict = (typeof Verdict)[keyof typeof Verdict];

/** 0 when every test passed, 1 when one failed, 2 when the run did not finish or ran nothing. */
export function verdictOf(results: HostResults | undefined): Verdict {
  if (!results || !results.done || results.tests.length === 0) return Verdict.broken;
  return results.tests.some((t) => t.state === 'failed') ? Verdict.failed : Verdict.passed;
}

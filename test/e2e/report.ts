import type { HostResults } from './results';

/** Counts for one suite, for the combined summary. */
export interface SuiteSummary {
  readonly name: string;
  readonly passing: number;
  readonly failing: number;
  readonly pending: number;
  readonly durationMs: number;
  /** Set when the suite did not run to the end (crash, timeout, infrastructure). */
  readonly broken?: string;
}

const seconds = (ms: number): string => (ms >= 1000 ? `${Math.round(ms / 1000)}s` : `${Math.round(ms)}ms`);

/** Prints the in-host results the way mocha's spec reporter would, from the results file. */
export function printHostResults(results: HostResults | undefined, print: (line: string) => void): SuiteSummary {
  const tests = results?.tests ?? [];
  let previous: string[] = [];
  const failures: { title: string; error: string }[] = [];
  for (const test of tests) {
    const suites = test.titlePath.slice(0, -1);
    let common = 0;
    while (common < suites.length && suites[common] === previous[common]) common++;
    for (let depth = common; depth < suites.length; depth++) {
      print(`${'  '.repeat(depth + 1)}${suites[depth]}`);
    }
    previous = suites;
    const indent = '  '.repeat(suites.length + 1);
    const title = test.titlePath.at(-1) ?? '';
    if (test.state === 'passed') print(`${indent}✔ ${title} (${seconds(test.durationMs)})`);
    if (test.state === 'pending') print(`${indent}- ${title}`);
    if (test.state === 'failed') {
      failures.push({ title: test.titlePath.join(' '), error: test.error ?? '' });
      print(`${indent}${failures.length}) ${title}`);
    }
  }
  const summary: SuiteSummary = {
    name: 'in-host',
    passing: tests.filter((t) => t.state === 'passed').length,
    failing: failures.length,
    pending: tests.filter((t) => t.state === 'pending').length,
    durationMs: results?.durationMs ?? 0,
    ...(results?.done ? {} : { broken: 'the in-host run did not finish (extension host crash or timeout)' }),
  };
  print('');
  print(`  ${summary.passing} passing (${seconds(summary.durationMs)})`);
  if (summary.pending) print(`  ${summary.pending} pending`);
  if (summary.failing) print(`  ${summary.failing} failing`);
  failures.forEach((failure, index) => {
    print('');
    print(`  ${index + 1}) ${failure.title}:`);
    for (const line of failure.error.split('\n')) print(`     ${line}`);
  });
  return summary;
}

/** The combined last lines of `npm run test:e2e`. */
export function printTotals(summaries: readonly SuiteSummary[], durationMs: number, print: (line: string) => void): void {
  const sum = (key: 'passing' | 'failing' | 'pending'): number => summaries.reduce((n, s) => n + s[key], 0);
  print('');
  print(`  e2e total: ${summaries.map((s) => `${s.name} ${s.passing}/${s.passing + s.failing}`).join(', ')}`);
  for (const s of summaries) if (s.broken) print(`  ${s.name} BROKEN: ${s.broken}`);
  print(`  ${sum('passing')} passing (${seconds(durationMs)})`);
  if (sum('pending')) print(`  ${sum('pending')} pending`);
  print(`  ${sum('failing')} failing`);
}

import { readFileSync } from 'node:fs';
import { seededRandom } from './syntheticCorpus';

/**
 * Draws the hand-read sample of the reviewer's checks on real plans (issue 14): from the output of
 * `policy-draft lint --json ../shared/realworld/docs`, a seeded random sample of the five review
 * codes, stratified by code in proportion to their counts (largest remainder, at least one per code
 * found), printed with the finding's line so it can be read against the document.
 *
 *   node dist/cli.js lint --json ../shared/realworld/docs > findings.json
 *   npx tsx scripts/sampleReviewFindings.ts findings.json [--seed N] [--size 50]
 */

interface Finding {
  file: string;
  line: number;
  column: number;
  code: string;
  message: string;
}

const reviewCodes = ['numbering-sequence', 'numbering-form', 'stale-year', 'outdated-body-name', 'task-table-mismatch'];

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

/** Each code's share of `size`, by largest remainder; a code that was found gets at least one. */
function quotas(counts: Map<string, number>, size: number): Map<string, number> {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const exact = [...counts].map(([code, n]) => ({ code, n, share: (n * size) / total }));
  const quota = new Map(exact.map(({ code, n, share }) => [code, Math.min(n, Math.max(1, Math.floor(share)))]));
  let left = size - [...quota.values()].reduce((a, b) => a + b, 0);
  for (const { code, n } of [...exact].sort((a, b) => (b.share % 1) - (a.share % 1))) {
    if (left <= 0) break;
    if (quota.get(code)! < n) {
      quota.set(code, quota.get(code)! + 1);
      left--;
    }
  }
  return quota;
}

const file = process.argv[2];
if (!file) throw new Error('usage: sampleReviewFindings.ts findings.json [--seed N] [--size N]');
const findings = (JSON.parse(readFileSync(file, 'utf8')) as Finding[]).filter((f) => reviewCodes.includes(f.code));
const random = seededRandom(option('--seed', 1));
const byCode = new Map<string, Finding[]>();
for (const finding of findings) byCode.set(finding.code, [...(byCode.get(finding.code) ?? []), finding]);
const counts = new Map([...byCode].map(([code, list]) => [code, list.length]));
console.log(`findings: ${[...counts].map(([code, n]) => `${code} ${n}`).join(', ')}`);
for (const [code, quota] of quotas(counts, option('--size', 50))) {
  const pool = [...byCode.get(code)!];
  // Fisher–Yates on a copy: the first `quota` are the sample.
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  for (const f of pool.slice(0, quota)) console.log(`${code}\t${f.file.split('/').pop()}:${f.line}:${f.column}\t${f.message}`);
}

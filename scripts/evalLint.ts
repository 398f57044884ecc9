import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { checkDraft } from '../src/core/analysis/checkDraft';
import type { CheckCode } from '../src/core/checks/finding';
import { defaultSettings } from '../src/core/config/settings';

/**
 * Scores the lint checks on a folder like shared/eval/lint-dev/ as shared/eval/README.md defines: precision and
 * recall over (file, line, code) pairs, 1-based lines, pooled over all drafts and per code; other
 * codes are ignored and duplicate pairs count once.
 */

/** The two core checks of checks.md: what lint-dev, lint-realworld and the project's own drafts label. */
export const coreCodes: CheckCode[] = ['missing-responsible-unit', 'unquantified-target'];
/** The reviewer's checks of review-checks.md: what review-dev labels. */
export const reviewCodes: CheckCode[] = ['numbering-sequence', 'numbering-form', 'stale-year', 'outdated-body-name', 'task-table-mismatch'];

const expectedSchema = z.object({
  file: z.string(),
  expect: z.array(z.object({ line: z.number().int().min(1), code: z.string(), why: z.string().optional() })),
  clean: z.array(z.object({ line: z.number().int().min(1), why: z.string().optional() })).optional(),
});

export interface Score {
  predicted: number;
  expected: number;
  correct: number;
  precision: number;
  recall: number;
}

export interface LintEvalResult {
  /** The report, one line each, as `npm run eval` prints it. */
  lines: string[];
  pooled: Score;
  perCode: Partial<Record<CheckCode, Score>>;
  /** Pairs predicted but not expected, and expected but not predicted: `file:line code`. */
  falsePositives: string[];
  falseNegatives: string[];
}

function score(predicted: Set<string>, expected: Set<string>): Score {
  const correct = [...predicted].filter((pair) => expected.has(pair)).length;
  return {
    predicted: predicted.size,
    expected: expected.size,
    correct,
    precision: predicted.size === 0 ? (expected.size === 0 ? 1 : 0) : correct / predicted.size,
    recall: expected.size === 0 ? 1 : correct / expected.size,
  };
}

function only(pairs: Set<string>, code: string): Set<string> {
  return new Set([...pairs].filter((pair) => pair.endsWith(` ${code}`)));
}

function format(label: string, s: Score): string {
  return `${label.padEnd(26)} precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  (${s.correct} correct, ${s.predicted} predicted, ${s.expected} expected)`;
}

/**
 * @param dir a folder of drafts with their `.expected.json` (e.g. /work/shared/eval/lint-dev)
 * @param codes the codes the folder labels; findings of other codes are not scored
 */
export function runLintEval(dir: string, codes: readonly CheckCode[] = coreCodes): LintEvalResult {
  const predicted = new Set<string>();
  const expected = new Set<string>();
  // A draft is named by its sidecar's `file`, relative to the folder: `<name>.md` beside it in
  // lint-dev, `../../realworld/docs/<name>.txt` for the real plans of lint-realworld.
  const drafts = readdirSync(dir)
    .filter((name) => name.endsWith('.expected.json'))
    .sort();
  for (const sidecar of drafts) {
    const gold = expectedSchema.parse(JSON.parse(readFileSync(join(dir, sidecar), 'utf8')));
    for (const item of gold.expect) if ((codes as string[]).includes(item.code)) expected.add(`${gold.file}:${item.line} ${item.code}`);
    const text = readFileSync(join(dir, gold.file), 'utf8');
    for (const finding of checkDraft(text, defaultSettings)) if (codes.includes(finding.code)) predicted.add(`${gold.file}:${finding.range.start.line + 1} ${finding.code}`);
  }
  const pooled = score(predicted, expected);
  const perCode = Object.fromEntries(codes.map((code) => [code, score(only(predicted, code), only(expected, code))])) as Partial<Record<CheckCode, Score>>;
  const falsePositives = [...predicted].filter((pair) => !expected.has(pair)).sort();
  const falseNegatives = [...expected].filter((pair) => !predicted.has(pair)).sort();
  const lines = [
    `lint (${drafts.length} drafts in ${dir})`,
    format('  pooled', pooled),
    ...codes.map((code) => format(`  ${code}`, perCode[code]!)),
    ...falsePositives.map((pair) => `  false positive: ${pair}`),
    ...falseNegatives.map((pair) => `  missed: ${pair}`),
  ];
  return { lines, pooled, perCode, falsePositives, falseNegatives };
}

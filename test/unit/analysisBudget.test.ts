import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { budgetOf } from '../../src/core/analysis/analysisBudget';
import { analyseDraft, analyseDraftPaced } from '../../src/core/analysis/draftAnalysis';
import { defaultSettings } from '../../src/core/config/settings';
import { checks, type AnyCheck } from '../../src/core/checks/registry';

/**
 * A draft's analysis on the language server's one thread: it pauses after the parse and after each
 * check, so waiting requests are answered between them, and stops at its time budget with the
 * checks it skipped named. Timed with an injected clock: each check "takes" 100 ms of it.
 */

const root = resolve(__dirname, '../..');
const draft = readFileSync(join(root, 'examples/某市生物医药产业发展行动计划（草案）.md'), 'utf8');

/** The registry's checks, each moving the fake clock on by `ms` when it runs, and logging that it ran. */
function timedChecks(clock: { now: number }, log: string[], ms = 100): AnyCheck[] {
  return checks.map(
    (rule) =>
      ({
        ...rule,
        check: (analysis) => {
          log.push(rule.code);
          clock.now += ms;
          return rule.check(analysis);
        },
      }) as AnyCheck,
  );
}

describe('draft analysis within a time budget', () => {
  it('runs every check and pauses between them when the budget holds: the same result as the whole analysis', async () => {
    const clock = { now: 0 };
    const log: string[] = [];
    let pauses = 0;
    const paced = await analyseDraftPaced(draft, defaultSettings, {
      budget: budgetOf(5_000, () => clock.now),
      pause: async () => {
        pauses++;
      },
      rules: timedChecks(clock, log),
    });
    const whole = analyseDraft(draft, defaultSettings);
    assert.ok(whole.findings.length > 0);
    assert.deepEqual(paced, whole);
    assert.equal(paced.partial, undefined);
    assert.equal(log.length, checks.length);
    assert.equal(pauses, 1 + checks.length, 'after the parse and after each check');
  });

  it('stops at the budget, keeps the findings of the checks that ran and names those it skipped', async () => {
    const clock = { now: 1_000 };
    const log: string[] = [];
    let parsedBeforeChecks = false;
    const paced = await analyseDraftPaced(draft, defaultSettings, {
      budget: budgetOf(250, () => clock.now),
      pause: async () => {},
      onParsed: (parse) => {
        parsedBeforeChecks = log.length === 0 && parse.symbols.length > 0;
      },
      rules: timedChecks(clock, log),
    });
    const ran = checks.slice(0, 3).map((rule) => rule.code);
    assert.deepEqual(log, ran, 'checks start at 0, 100 and 200 ms; at 300 ms the 250 ms budget is spent');
    assert.ok(parsedBeforeChecks, 'the parse is told before any check runs');
    assert.deepEqual(paced.partial, { skipped: checks.slice(3).map((rule) => rule.code), budgetMs: 250 });
    const whole = analyseDraft(draft, defaultSettings);
    assert.deepEqual(
      paced.findings,
      whole.findings.filter((finding) => (ran as string[]).includes(finding.code)),
    );
    assert.ok(paced.findings.length > 0);
  });

  it('skips every check when the parse alone spent the budget', async () => {
    const clock = { now: 0 };
    const log: string[] = [];
    const budget = budgetOf(10, () => clock.now);
    clock.now = 10;
    const paced = await analyseDraftPaced(draft, defaultSettings, { budget, pause: async () => {}, rules: timedChecks(clock, log) });
    assert.deepEqual(log, []);
    assert.deepEqual(paced.findings, []);
    assert.equal(paced.partial?.skipped.length, checks.length);
    assert.ok(paced.symbols.length > 0, 'the outline is still there');
  });

  it('does not name a check switched off in the settings as skipped', async () => {
    const clock = { now: 0 };
    const settings = { ...defaultSettings, 'checks.taskTableMismatch.enabled': false };
    const paced = await analyseDraftPaced(draft, settings, { budget: budgetOf(0, () => clock.now), pause: async () => {}, rules: timedChecks(clock, []) });
    assert.ok(!paced.partial?.skipped.includes('task-table-mismatch'));
    assert.equal(paced.partial?.skipped.length, checks.length - 1);
  });
});

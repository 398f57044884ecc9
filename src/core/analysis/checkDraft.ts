import { analysePlan, type PlanAnalysis } from '../parsing/parsePlan';
import { toSimplifiedInPlace } from '../text/simplify';
import { extendVocabulary, type PlanVocabulary } from '../structure/vocabulary';
import type { Settings } from '../config/settings';
import type { Finding, RuleFinding } from '../checks/finding';
import { mapRange, type PositionMap } from '../parsing/sourcePlan';
import { checks, enabledKey, type AnyCheck, type CheckCode } from '../checks/registry';
import type { AnalysisBudget } from './analysisBudget';
import { draftText } from './draftText';

/** The spec's word lists extended by the user's settings. */
export function vocabularyOf(settings: Settings): PlanVocabulary {
  return extendVocabulary({
    taskKeywords: settings['checks.taskKeywords'],
    exclusionKeywords: settings['checks.exclusionKeywords'],
    bodySuffixes: settings['checks.bodySuffixes'],
    collectiveBodies: settings['checks.collectiveBodies'],
    measureWords: settings['checks.measureWords'],
  });
}

/**
 * Runs the enabled drafting checks on a draft (Markdown or plain text, or a web page's text: see
 * `draftText`) and returns the findings in document order. Traditional characters are read as
 * simplified (positions unchanged). Pure: no I/O, no editor API; size limits are the adapters' business.
 * @example checkDraft('三、重点任务\n1. 建设数据集。完善标注体系。', defaultSettings)
 *   // → [{ code: 'missing-responsible-unit', range: line 1, … }]
 */
export function checkDraft(text: string, settings: Settings): Finding[] {
  return checkAnalysis(analyseDraft(text, settings).analysis, settings);
}

/**
 * A draft analysed as every check reads it, and the text the analysis read: traditional characters
 * simplified, a web page read as its text (`draftText`). The lint (suppression comments masked
 * first) and `checkDraft` start here, so a draft reads the same in the CLI, the editor and the tests.
 */
export function analyseDraft(text: string, settings: Settings): { analysis: PlanAnalysis; read: string } {
  const { text: read, page } = draftText(toSimplifiedInPlace(text));
  return { analysis: analysePlan(read, vocabularyOf(settings), page), read };
}

/**
 * A finding on lines cut out of longer ones, with its ranges in the document as written. On a web
 * page it keeps no fixes: an edit made in the page's text would land in its markup.
 */
function findingInSource(finding: RuleFinding, map: PositionMap, page: boolean): RuleFinding {
  const { fixes, ...rest } = finding;
  const out: RuleFinding = { ...rest, range: mapRange(finding.range, map) };
  if (finding.clauseRange) out.clauseRange = mapRange(finding.clauseRange, map);
  if (fixes && !page) out.fixes = fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, range: mapRange(edit.range, map) })) }));
  return out;
}

/** The enabled checks on a plan already analysed (the language server parses each version once). */
export function checkAnalysis(analysis: PlanAnalysis, settings: Settings): Finding[] {
  return runSteps(checkSteps(analysis, settings)).findings;
}

/** The findings of the checks that ran, and the codes of those a spent budget skipped. */
export interface CheckedPlan {
  findings: Finding[];
  skipped: CheckCode[];
}

/**
 * The enabled checks on a plan, one step each: it yields after every check, so a caller can let
 * other work run between them; once `budget` has expired, the checks left are skipped and named.
 * `rules` is the registry's list (tests pass one with a deliberately slow check).
 */
export function* checkSteps(analysis: PlanAnalysis, settings: Settings, budget?: AnalysisBudget, rules: readonly AnyCheck[] = checks): Generator<undefined, CheckedPlan> {
  const toSource = analysis.toSource;
  const findings: Finding[] = [];
  const skipped: CheckCode[] = [];
  for (const rule of rules) {
    if (!settings[enabledKey(rule.setting)]) continue;
    if (budget?.expired()) {
      skipped.push(rule.code);
      continue;
    }
    for (const finding of rule.check(analysis)) findings.push({ code: rule.code, ...(toSource ? findingInSource(finding, toSource, analysis.page !== undefined) : finding) });
    yield;
  }
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
  return { findings, skipped };
}

/** Runs steps to the end without pausing (the CLI, and every caller without a budget). */
export function runSteps<Y, R>(steps: Generator<Y, R>): R {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

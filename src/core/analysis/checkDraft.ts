import { analysePlan, type PlanAnalysis } from '../parsing/parsePlan';
import { toSimplifiedInPlace } from '../text/simplify';
import { extendVocabulary, type PlanVocabulary } from '../structure/vocabulary';
import type { Settings } from '../config/settings';
import type { Finding, RuleFinding } from '../checks/finding';
import { mapRange, type PositionMap } from '../parsing/sourcePlan';
import { checks, enabledKey } from '../checks/registry';

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
 * Runs the enabled drafting checks on a draft (Markdown or plain text) and returns the findings in
 * document order. Traditional characters are read as simplified (positions unchanged). Pure: no
 * I/O, no editor API; size limits are the adapters' business.
 * @example checkDraft('三、重点任务\n1. 建设数据集。完善标注体系。', defaultSettings)
 *   // → [{ code: 'missing-responsible-unit', range: line 1, … }]
 */
export function checkDraft(text: string, settings: Settings): Finding[] {
  return checkAnalysis(analysePlan(toSimplifiedInPlace(text), vocabularyOf(settings)), settings);
}

/** A finding on lines cut out of longer ones, with its ranges in the document as written. */
function findingInSource(finding: RuleFinding, map: PositionMap): RuleFinding {
  const out: RuleFinding = { ...finding, range: mapRange(finding.range, map) };
  if (finding.clauseRange) out.clauseRange = mapRange(finding.clauseRange, map);
  if (finding.fixes) out.fixes = finding.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, range: mapRange(edit.range, map) })) }));
  return out;
}

/** The enabled checks on a plan already analysed (the language server parses each version once). */
export function checkAnalysis(analysis: PlanAnalysis, settings: Settings): Finding[] {
  const toSource = analysis.toSource;
  return checks
    .filter((rule) => settings[enabledKey(rule.setting)])
    .flatMap((rule) => rule.check(analysis).map((finding): Finding => ({ code: rule.code, ...(toSource ? findingInSource(finding, toSource) : finding) })))
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
}

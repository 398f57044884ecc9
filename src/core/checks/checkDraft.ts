import { analysePlan } from '../structure/parsePlan';
import { toSimplifiedInPlace } from '../text/simplify';
import { extendVocabulary, type PlanVocabulary } from '../structure/vocabulary';
import type { Settings } from '../settings';
import type { CheckCode, Finding } from './finding';
import { enabledSetting, rules } from './registry';

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
  const analysis = analysePlan(toSimplifiedInPlace(text), vocabularyOf(settings));
  const codes = (Object.keys(rules) as CheckCode[]).filter((code) => settings[enabledSetting[code]]);
  return codes
    .flatMap((code) => rules[code].check(analysis))
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
}

import { corpusUnitNames } from '../checks/unitNames';
import type { Settings } from '../config/settings';
import { defaultVocabulary } from '../structure/vocabulary';
import { isNamedMember } from '../units/bodies';
import type { UserDocument } from './userDocument';

/**
 * Checking drafts against the user's own corpus (`policy-draft lint --corpus DIR`): every unit the
 * office's own plans assign (`国网某区供电公司`, `区融媒体中心` …) is accepted as a responsible body
 * in the draft too, as if listed in `checks.collectiveBodies`. Vague names (`有关部门`) are never
 * added, whatever a corpus plan wrote.
 */
export function withCorpusUnits(settings: Settings, documents: readonly UserDocument[]): Settings {
  if (documents.length === 0) return settings;
  const names = corpusUnitNames(documents.map((d) => d.plan)).filter((name) => isNamedMember(name, defaultVocabulary));
  const bodies = [...new Set([...settings['checks.collectiveBodies'], ...names])];
  return { ...settings, 'checks.collectiveBodies': bodies };
}

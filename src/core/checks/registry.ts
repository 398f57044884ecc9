import type { Settings } from '../settings';
import type { CheckCode } from './finding';
import { missingResponsibleUnit } from './missingResponsibleUnit';
import type { Rule } from './rule';
import { unquantifiedTarget } from './unquantifiedTarget';

/** Every check by rule id; the rule id is also the diagnostic code. */
export const rules: Record<CheckCode, Rule> = {
  'missing-responsible-unit': missingResponsibleUnit,
  'unquantified-target': unquantifiedTarget,
};

/** The setting that turns each check on or off. */
export const enabledSetting = {
  'missing-responsible-unit': 'checks.missingResponsibleUnit.enabled',
  'unquantified-target': 'checks.unquantifiedTarget.enabled',
} as const satisfies Record<CheckCode, keyof Settings>;

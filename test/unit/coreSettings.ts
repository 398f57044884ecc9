import { defaultSettings, type Settings } from '../../src/core/config/settings';

/**
 * The two checks of checks.md alone: their tests and labelled sets say nothing about the reviewer's
 * checks, which have their own (reviewChecks.test.ts, review-dev).
 */
export const coreSettings: Settings = {
  ...defaultSettings,
  'checks.numberingSequence.enabled': false,
  'checks.numberingForm.enabled': false,
  'checks.staleYear.enabled': false,
  'checks.outdatedBodyName.enabled': false,
  'checks.taskTableMismatch.enabled': false,
};

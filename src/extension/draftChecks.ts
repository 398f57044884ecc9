import { codeActionsFeature } from './codeActions';
import { corpusPrecedents } from './corpusPrecedents';
import { diagnostics } from './diagnostics';
import type { Feature } from './feature';
import { unitCompletionFeature } from './unitCompletion';

/**
 * The drafting checks in the editor: diagnostics, their quick fixes (with precedents from the
 * bundled corpus) and unit-name completion inside responsibility annotations.
 */
export const draftChecks: Feature = async (context) => {
  const precedents = corpusPrecedents(context);
  await diagnostics(context);
  await codeActionsFeature(() => precedents.lookup)(context);
  await unitCompletionFeature(() => precedents.unitNames())(context);
};

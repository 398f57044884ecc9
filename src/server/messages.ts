/**
 * Every message the language server shows, in English; `{0}` `{1}` stand for what is put in. The
 * extension sends them translated (`vscode.l10n.t` on these same strings), so a drafter with a
 * Chinese editor reads Chinese; another editor gets these.
 */
export const englishMessages = {
  hoverHeading: 'Closest precedent',
  hoverConfidence: 'confidence {0}%',
  hoverOpen: 'Open in corpus',
  hoverInsert: 'Insert at cursor',
  hoverAlsoIn: 'Also in:',
  hoverTargetsHeading: 'How precedents quantified a comparable target',
  hoverTargetsHeadingOf: 'How precedents quantified {0} (this draft: {1})',
  hoverNoQuantity: 'no quantity yet',
  hoverPeriod: '{0}–{1} (plan period)',
  hoverNoPrecedent: 'The corpus holds no close precedent of this clause.',
  hoverSearched: 'Searched: {0}',
  hoverCurrentName: ' (now {0})',
  sourceBundled: 'bundled corpus ({0} documents)',
  sourceFolder: '{0} ({1} documents)',
  fixSuppress: 'Accept this finding here (insert a suppression comment for {0})',
  fixUnit: 'Insert （责任单位：） to name the responsible unit',
  fixOwnUnit: 'Insert （责任单位：{0}） (a unit this draft names)',
  fixPrecedentUnits: "Insert the units a precedent assigns, in this draft's terms: {0} (as in {1})",
  fixTargetPlaceholder: 'Insert {0} and write the number',
  fixPrecedentQuantity: 'Insert {0} and write the number (the form {1} used)',
  fixVagueAmount: 'Write {0} for {1} and fill in the number',
  fixVagueAmountIn: 'Write {0}{2} for {1}{2} and fill in the number',
  fixRenumber: 'Renumber from here: {0}',
  fixStandardForm: 'Write the standard marker {0}',
  fixRename: 'Replace with the current name {0}',
  fixAllMarkers: 'Write every marker in this file in the standard form',
  fixAll: 'Fix every finding like this one in this file',
  completionUnit: 'Responsible unit',
  outlineLabel: 'Plan structure',
  suppressionUnknownCode: "Unknown check code '{0}' in this suppression comment: it silences nothing",
  suppressionUnmatchedEnable: 'policy-draft-enable without a policy-draft-disable before it',
  invalidSetting: 'Invalid setting ignored: {0}',
  checksFailed: 'Drafting checks failed on {0}: {1}',
  partlyChecked:
    'This draft was only partly checked: checking took over {0} s and was stopped, so these checks did not run: {1}. Split the draft, or switch a check off, to have it checked in full.',
  corpusUnavailable: 'The corpus index cannot be used, so precedents and corpus search are unavailable: {0}',
} as const;

export type Messages = Record<keyof typeof englishMessages, string>;

/** The messages to use: the editor's where it sent one, `fallback`'s (English unless given) otherwise. */
export function messagesFrom(given: Partial<Messages> | undefined, fallback: Messages = englishMessages): Messages {
  const messages: Messages = { ...fallback };
  for (const key of Object.keys(englishMessages) as (keyof Messages)[]) {
    const value = given?.[key];
    if (typeof value === 'string') messages[key] = value;
  }
  return messages;
}

/** Puts `args` in for `{0}`, `{1}` …. */
export function format(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => (args[Number(index)] === undefined ? match : String(args[Number(index)])));
}

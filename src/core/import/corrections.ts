import type { Correction } from '../corpus/corpusMeta';

/**
 * Applies explicit repairs of garbled text (e.g. a GBK mojibake run) that a person has verified.
 * The importer never guesses a repair; it only applies those it is given, and a correction whose
 * `original` is not in the page is an error, so a stale manifest cannot pass silently.
 */
export class CorrectionNotFoundError extends Error {
  constructor(readonly correction: Correction) {
    super(`correction not applicable: \`${correction.original}\` does not occur in the page`);
  }
}

export function applyCorrections(text: string, corrections: readonly Correction[]): string {
  let out = text;
  for (const correction of corrections) {
    if (!out.includes(correction.original)) throw new CorrectionNotFoundError(correction);
    out = out.split(correction.original).join(correction.corrected);
  }
  return out;
}

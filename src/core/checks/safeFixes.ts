import type { Fix } from './fix';
import type { Finding } from './finding';
import { fixesOf } from './registry';
import { isWebPage } from '../text/webPage';

/**
 * The fixes `lint --fix` applies: each finding's safe fix, the first when it has several. None on
 * a web page: its findings point into markup, where no edit belongs (see analysis/draftText).
 */
export function safeFixes(text: string, findings: readonly Finding[]): Fix[] {
  if (isWebPage(text)) return [];
  return findings.flatMap((finding) =>
    fixesOf(text, finding)
      .filter((fix) => fix.safe)
      .slice(0, 1),
  );
}

import type { Fix } from './fix';
import type { Finding } from './finding';
import { fixesOf } from './registry';

/** The fixes `lint --fix` applies: each finding's safe fix, the first when it has several. */
export function safeFixes(text: string, findings: readonly Finding[]): Fix[] {
  return findings.flatMap((finding) =>
    fixesOf(text, finding)
      .filter((fix) => fix.safe)
      .slice(0, 1),
  );
}

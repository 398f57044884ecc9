import * as fs from 'node:fs';
import * as path from 'node:path';

/** The project root (this file lives in test/e2e/). */
export const projectRoot = path.resolve(__dirname, '..', '..');

export const codeServerVersion = '4.100.3';

/** Where scripts/setup-e2e.sh installs code-server; the same override applies to both. */
export const codeServerDir = process.env.POLICY_DRAFT_CODE_SERVER_DIR ?? path.join(projectRoot, '.cache', 'code-server', codeServerVersion);

export const codeServerEntry = path.join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** Debian's Chromium; playwright's own browser downloads are never used. */
export const chromiumPath = process.env.POLICY_DRAFT_CHROMIUM ?? '/usr/bin/chromium';

/** The .vsix `npm run package` writes. */
export const defaultVsix = path.join(projectRoot, 'dist', 'policy-draft.vsix');

/** Says what is missing and how to get it, or nothing when the machine is ready. */
export function missingPrerequisites(vsix: string): string[] {
  const missing: string[] = [];
  if (!fs.existsSync(codeServerEntry)) {
    missing.push(`code-server is not installed in ${codeServerDir}: run scripts/setup-e2e.sh`);
  }
  if (!fs.existsSync(chromiumPath)) missing.push(`no Chromium at ${chromiumPath}: run scripts/setup-e2e.sh`);
  if (!fs.existsSync(vsix)) missing.push(`no .vsix at ${vsix}: run npm run package`);
  return missing;
}

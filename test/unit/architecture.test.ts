import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('architecture', () => {
  it('keeps src/core free of the editor API', () => {
    const files = sources(join(__dirname, '../../src/core'));
    assert.ok(files.length > 0);
    const leaks = files.filter((file) => /from\s+['"]vscode['"]|require\(\s*['"]vscode['"]\s*\)/.test(readFileSync(file, 'utf8')));
    assert.deepEqual(leaks, []);
  });

  it('keeps src/cli free of the editor API', () => {
    const leaks = sources(join(__dirname, '../../src/cli')).filter((file) => /['"]vscode['"]/.test(readFileSync(file, 'utf8')));
    assert.deepEqual(leaks, []);
  });
});

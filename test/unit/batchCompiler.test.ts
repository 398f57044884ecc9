import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { afterReadingFlags, batchCompilerFlags } from '../../src/cli/batchCompiler';
import { commands } from '../../src/cli/run';

/**
 * The CLI's one-shot commands compile without inlining (a cold read of a folder spent a third of
 * its CPU in the optimising compiler); the language server keeps V8's defaults.
 */
describe('the compiler flags of a CLI command', () => {
  it('turns inlining back on once the folders are read, for the index build that follows', () => {
    assert.ok(batchCompilerFlags('search').includes('--no-turbo-inlining'));
    assert.deepEqual(afterReadingFlags, ['--turbo-inlining']);
  });

  it('turns inlining off and optimises later for the commands that run once, not for the language server', () => {
    for (const command of [...Object.keys(commands).filter((name) => name !== 'lsp'), undefined])
      assert.deepEqual(batchCompilerFlags(command), ['--no-turbo-inlining', '--interrupt-budget=150000'], String(command));
    assert.deepEqual(batchCompilerFlags('lsp'), []);
  });

  it('names flags this Node knows (V8 ignores an unknown one silently when set at run time)', () => {
    const flags = [...batchCompilerFlags('search'), ...afterReadingFlags];
    const child = spawnSync(process.execPath, [...flags, '-e', '0'], { encoding: 'utf8' });
    assert.equal(child.status, 0, child.stderr);
    const misspelt = spawnSync(process.execPath, ['--no-turbo-inlinin', '-e', '0'], { encoding: 'utf8' });
    assert.notEqual(misspelt.status, 0, 'a misspelt flag is refused on the command line');
  });
});

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hostEnv } from '../hostEnv';
import { extensionUnderTest } from './support';

describe('the installed .vsix', () => {
  const extensionsDir = process.env[hostEnv.extensionsDir];

  it("is the copy VS Code runs, from the run's extensions dir", function () {
    // Under @vscode/test-electron the extension runs from the development folder instead.
    if (!extensionsDir) this.skip();
    const extensionPath = fs.realpathSync(extensionUnderTest().extensionPath);
    const relative = path.relative(fs.realpathSync(extensionsDir), extensionPath);
    assert.ok(relative && !relative.startsWith('..') && !path.isAbsolute(relative), `${extensionPath} is not under ${extensionsDir}`);
  });

  it('holds the shipped bundle and no sources or tests', function () {
    if (!extensionsDir) this.skip();
    const root = extensionUnderTest().extensionPath;
    assert.ok(fs.existsSync(path.join(root, 'dist', 'extension.js')), 'dist/extension.js is missing');
    for (const absent of ['src', 'test', 'node_modules', 'tsconfig.json']) {
      assert.equal(fs.existsSync(path.join(root, absent)), false, `${absent} should not be packaged`);
    }
  });
});

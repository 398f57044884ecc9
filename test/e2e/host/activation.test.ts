import * as assert from 'node:assert/strict';
import { extensionUnderTest } from './support';

describe('activation in a real VS Code', () => {
  it('activates and returns its API with the manifest version', async () => {
    const extension = extensionUnderTest();
    const api = await extension.activate();
    assert.equal(extension.isActive, true);
    assert.equal(api.version, extension.packageJSON.version);
  });
});

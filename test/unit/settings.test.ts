import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultSettings, parseSettings, settingsSchema } from '../../src/core/config/settings';
import { at } from './at';

const root = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const properties: Record<string, { default: unknown; description?: string }> = manifest.contributes.configuration.properties;

describe('settings', () => {
  it('contributes exactly the keys of the schema, with the same defaults', () => {
    const contributed = Object.keys(properties)
      .map((k) => k.replace(/^policyDraft\./, ''))
      .sort();
    assert.deepEqual(contributed, Object.keys(settingsSchema.shape).sort());
    for (const [key, value] of Object.entries(defaultSettings)) {
      assert.deepEqual(properties[`policyDraft.${key}`]?.default, value, key);
    }
  });

  it('localises every setting description in English and Chinese', () => {
    for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
      const nls = JSON.parse(readFileSync(join(root, file), 'utf8'));
      for (const [key, property] of Object.entries(properties)) {
        const placeholder = /^%(.+)%$/.exec(property.description ?? '')?.[1];
        assert.ok(placeholder && nls[placeholder], `${file} lacks the description of ${key}`);
      }
    }
  });

  it('keeps good keys and reports a bad one, which falls back to its default', () => {
    const { settings, problems } = parseSettings({ 'hover.maxResults': 5, 'checks.missingResponsibleUnit.severity': 'loud', unknown: 1 });
    assert.equal(settings['hover.maxResults'], 5);
    assert.equal(settings['checks.missingResponsibleUnit.severity'], 'warning');
    assert.equal(problems.length, 1);
    assert.match(at(problems, 0), /policyDraft\.checks\.missingResponsibleUnit\.severity/);
  });
});

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCodes, checks, enabledKey, severityKey } from '../../src/core/checks/registry';
import { parseDirective } from '../../src/core/checks/suppression';
import { defaultSettings } from '../../src/core/config/settings';

const root = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const properties: Record<string, { type: string; default: unknown; enum?: string[] }> = manifest.contributes.configuration.properties;

describe('check registry', () => {
  it('gives every check its own code and settings stem', () => {
    assert.equal(new Set(checkCodes).size, checks.length);
    assert.equal(new Set(checks.map((c) => c.setting)).size, checks.length);
  });

  it('holds package.json to each check: an on/off switch and a severity with the check default', () => {
    for (const rule of checks) {
      const enabled = properties[`policyDraft.${enabledKey(rule.setting)}`];
      const severity = properties[`policyDraft.${severityKey(rule.setting)}`];
      assert.ok(enabled, `${rule.code}: no ${enabledKey(rule.setting)} in package.json`);
      assert.deepEqual([enabled.type, enabled.default], ['boolean', true], rule.code);
      assert.ok(severity, `${rule.code}: no ${severityKey(rule.setting)} in package.json`);
      assert.deepEqual([severity.type, severity.default, severity.enum], ['string', rule.defaultSeverity, ['error', 'warning', 'information', 'hint']], rule.code);
      assert.equal(defaultSettings[severityKey(rule.setting)], rule.defaultSeverity);
    }
  });

  it('contributes no check setting the registry does not know', () => {
    const stems = new Set(checks.map((c) => `policyDraft.${c.setting}`));
    const checkKeys = Object.keys(properties).filter((k) => /\.(enabled|severity)$/.test(k) && k.startsWith('policyDraft.checks.'));
    for (const key of checkKeys) assert.ok(stems.has(key.replace(/\.(enabled|severity)$/, '')), `${key} belongs to no check`);
  });

  it('lets a suppression comment name every code', () => {
    for (const code of checkCodes) {
      assert.deepEqual(parseDirective(`<!-- policy-draft-disable-next-line ${code} -->`)?.codes, [code]);
    }
  });
});

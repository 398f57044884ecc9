import * as vscode from 'vscode';
import { parseSettings, settingsSchema, type Settings } from '../core/settings';

const reported = new Set<string>();

/** Reads our settings for a resource; a bad value falls back to its default and is reported once. */
export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration('policyDraft', scope);
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(settingsSchema.shape)) raw[key] = config.get(key);
  const { settings, problems } = parseSettings(raw);
  for (const problem of problems) {
    if (reported.has(problem)) continue;
    reported.add(problem);
    void vscode.window.showWarningMessage(vscode.l10n.t('Invalid setting ignored: {0}', problem));
  }
  return settings;
}

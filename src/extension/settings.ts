import * as vscode from 'vscode';
import { parseSettings, settingsSchema } from '../core/config/settings';

/**
 * The settings the user set for a resource (user, workspace or folder), by key, leaving out those
 * left at their defaults: the language server puts them over a committed `.policy-draft.json`, and
 * validates them (a bad value is reported there, once).
 */
export function explicitSettings(scope?: vscode.Uri): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration('policyDraft', scope);
  const set: Record<string, unknown> = {};
  for (const key of Object.keys(settingsSchema.shape)) {
    const inspected = config.inspect(key);
    const value = inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
    if (value !== undefined) set[key] = value;
  }
  return set;
}

/** The languages whose documents the server is given (`policyDraft.languages`). */
export function editorLanguages(): string[] {
  return parseSettings({ languages: vscode.workspace.getConfiguration('policyDraft').get('languages') }).settings.languages;
}

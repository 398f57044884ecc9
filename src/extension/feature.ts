import type * as vscode from 'vscode';

/** One capability of the extension (hover, diagnostics, search …), registered at activation. */
export type Feature = (context: vscode.ExtensionContext) => void | Promise<void>;

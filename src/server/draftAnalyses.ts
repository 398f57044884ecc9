import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyseDraft, type DraftAnalysis } from '../core/analysis/draftAnalysis';
import { classifyDraftText, type DraftInput } from '../core/checks/draftInput';
import type { Settings } from '../core/config/settings';
import type { ServerSettings } from './serverSettings';

/** One version of an open document as every feature reads it. */
export interface DraftState {
  version: number;
  settings: Settings;
  /** Whether it can be analysed at all (size, binary content). */
  input: DraftInput;
  /** Present when `input` is text. */
  analysis?: DraftAnalysis;
}

interface Entry {
  /** The open document it was made for: a closed untitled name may be reused, version 1 again. */
  document: TextDocument;
  version: number;
  generation: number;
  state: Promise<DraftState>;
}

/**
 * One analysis per document version: the first feature to ask (diagnostics, hover, a quick fix,
 * completion, the outline) starts it, the others get the same promise. Kept for the latest
 * version of each open document; dropped on close and when the settings change.
 */
export class DraftAnalyses {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;
  /** The version each document was last analysed at, to count an analysis of the same one twice. */
  private readonly lastAnalysed = new Map<string, string>();
  private count = 0;
  private repeats = 0;

  constructor(private readonly settings: ServerSettings) {}

  of(document: TextDocument): Promise<DraftState> {
    const entry = this.entries.get(document.uri);
    if (entry?.document === document && entry.version === document.version && entry.generation === this.generation) return entry.state;
    // The document object is updated in place by later edits: take this version's text now.
    const { uri, version } = document;
    const text = document.getText();
    const generation = this.generation;
    const state = this.settings.of(uri).then((settings) => this.analyse(uri, `${version}@${generation}`, version, text, settings));
    this.entries.set(uri, { document, version, generation, state });
    // A failed analysis is not kept: the next request tries again.
    state.catch(() => {
      if (this.entries.get(uri)?.state === state) this.entries.delete(uri);
    });
    return state;
  }

  /** The settings changed: every document is analysed afresh when next asked. */
  invalidate(): void {
    this.generation++;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
    this.lastAnalysed.delete(uri);
  }

  /** Analyses run, and how many distinct document versions they were for (equal when none ran twice). */
  stats(): { analyses: number; versions: number } {
    return { analyses: this.count, versions: this.count - this.repeats };
  }

  private analyse(uri: string, key: string, version: number, text: string, settings: Settings): DraftState {
    const input = classifyDraftText(text, settings.maxFileSizeKB);
    if (input.kind !== 'text') return { version, settings, input };
    this.count++;
    if (this.lastAnalysed.get(uri) === key) this.repeats++;
    this.lastAnalysed.set(uri, key);
    return { version, settings, input, analysis: analyseDraft(input.text, settings) };
  }
}

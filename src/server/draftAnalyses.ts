import type { TextDocument } from 'vscode-languageserver-textdocument';
import { budgetOf } from '../core/analysis/analysisBudget';
import { analyseDraftPaced, type DraftAnalysis, type DraftParse } from '../core/analysis/draftAnalysis';
import type { AnyCheck } from '../core/checks/registry';
import { classifyDraftText, type DraftInput } from '../core/checks/draftInput';
import type { Settings } from '../core/config/settings';
import type { ServerSettings } from './serverSettings';

/** One version of an open document as features that need only its parse read it (hover, outline). */
export interface ParsedState {
  version: number;
  settings: Settings;
  /** Whether it can be analysed at all (size, binary content). */
  input: DraftInput;
  /** Present when `input` is text. */
  analysis?: DraftParse;
}

/** One version of an open document, checked, as diagnostics and quick fixes read it. */
export interface DraftState extends ParsedState {
  analysis?: DraftAnalysis;
}

interface Entry {
  /** The open document it was made for: a closed untitled name may be reused, version 1 again. */
  document: TextDocument;
  version: number;
  generation: number;
  /** Settled once the draft is parsed, before its checks have run. */
  parsed: Promise<ParsedState>;
  state: Promise<DraftState>;
}

/**
 * How long one version's checks may hold the server's thread: far beyond a normal draft (a
 * 20,000-character one takes about 20 ms), short enough that a runaway check is stopped.
 */
export const defaultAnalysisBudgetMs = 5_000;

export interface DraftAnalysesOptions {
  budgetMs?: number;
  /** The checks to run; the registry's by default (a test passes a deliberately slow one). */
  rules?: readonly AnyCheck[];
}

/** One turn of the event loop: what is waiting (a hover, a change) runs before the next check. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * One analysis per document version: the first feature to ask (diagnostics, hover, a quick fix,
 * completion, the outline) starts it, the others get the same promise. Kept for the latest
 * version of each open document; dropped on close and when the settings change. The analysis
 * shares the server's one thread: it lets waiting requests run after the parse and after each
 * check (a hover reads the parse and does not wait for the checks), and stops at its budget,
 * keeping what it found and naming the checks it skipped.
 */
export class DraftAnalyses {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;
  /** The version each document was last analysed at, to count an analysis of the same one twice. */
  private readonly lastAnalysed = new Map<string, string>();
  private count = 0;
  private repeats = 0;

  constructor(
    private readonly settings: ServerSettings,
    private readonly options: DraftAnalysesOptions = {},
  ) {}

  /** The version's analysis, checks included. */
  of(document: TextDocument): Promise<DraftState> {
    return this.entry(document).state;
  }

  /** The version's parse, as soon as it exists (the checks may still be running). */
  parsed(document: TextDocument): Promise<ParsedState> {
    return this.entry(document).parsed;
  }

  private entry(document: TextDocument): Entry {
    const entry = this.entries.get(document.uri);
    if (entry?.document === document && entry.version === document.version && entry.generation === this.generation) return entry;
    // The document object is updated in place by later edits: take this version's text now.
    const { uri, version } = document;
    const text = document.getText();
    const generation = this.generation;
    let settle: { resolve(state: ParsedState): void; reject(error: unknown): void } | undefined;
    const parsed = new Promise<ParsedState>((resolve, reject) => (settle = { resolve, reject }));
    const state = this.settings.of(uri).then((settings) => this.analyse(uri, `${version}@${generation}`, version, text, settings, settle!.resolve));
    // Without a parse (not text, or the parse failed) the whole state, or its failure, stands for it.
    state.then(settle!.resolve, settle!.reject);
    // A version nobody asks the parse of leaves its failure unheard here: diagnostics report it.
    parsed.catch(() => {});
    const made: Entry = { document, version, generation, parsed, state };
    this.entries.set(uri, made);
    // A failed analysis is not kept: the next request tries again.
    state.catch(() => {
      if (this.entries.get(uri)?.state === state) this.entries.delete(uri);
    });
    return made;
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

  private async analyse(uri: string, key: string, version: number, text: string, settings: Settings, toldParsed: (state: ParsedState) => void): Promise<DraftState> {
    const input = classifyDraftText(text, settings.maxFileSizeKB);
    if (input.kind !== 'text') return { version, settings, input };
    this.count++;
    if (this.lastAnalysed.get(uri) === key) this.repeats++;
    this.lastAnalysed.set(uri, key);
    const analysis = await analyseDraftPaced(input.text, settings, {
      budget: budgetOf(this.options.budgetMs ?? defaultAnalysisBudgetMs),
      pause: nextTurn,
      onParsed: (parse) => toldParsed({ version, settings, input, analysis: parse }),
      ...(this.options.rules ? { rules: this.options.rules } : {}),
    });
    return { version, settings, input, analysis };
  }
}

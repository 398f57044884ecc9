import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { insertPrecedentRequest, type InsertPrecedentResult } from '../src/server/protocol';
import { PlainLspClient } from '../test/lsp/plainLspClient';

/**
 * The language server measured through the protocol, as an editor meets it (issue 13):
 * `policy-draft lsp --stdio` from the built bundle, driven by the plain LSP client over stdio, on
 * a draft of 20,000 characters with the bundled corpus. Times an edit (one incremental change
 * after a pause) until its diagnostics are published, and a hover on a task clause until it is
 * answered, also on a clause text the server has not hovered (edited just before), and Insert
 * precedent's request at a task clause until its edits are back; counts the
 * analyses the server ran against the document versions it saw (one each), and what a burst of
 * typing costs. Called by scripts/bench.ts; on its own:
 * `npx tsx scripts/benchServer.ts`.
 */

export interface ServerBench {
  draftChars: number;
  edits: number;
  /** Edit sent → its version's diagnostics received, in ms. */
  editToDiagnostics: { p50: number; p95: number };
  hovers: number;
  /** Hover sent → answered, over the draft's task clauses in turn (a clause text met before is remembered). */
  hover: { p50: number; p95: number };
  /** The same for a clause text the server has not hovered before: each is first edited to a new one. */
  hoverNewClause: { p50: number; p95: number };
  /** Insert precedent computed by the server (the clause and the siblings it moves up): request sent → edits received. */
  insertPrecedent: { p50: number; p95: number };
  /**
   * Insert precedent on the largest hostile draft (../shared/hostile-inputs, 460,000 characters in
   * 29,000 paragraphs), at lines spread over it, once its parse is there: absent without ../shared.
   */
  hugeInsertPrecedent?: { draftChars: number; samples: number; p50: number; p95: number };
  /** Analyses the server ran, and the distinct document versions they were for. */
  analyses: number;
  analysedVersions: number;
  /** Keystrokes 30 ms apart: versions sent, and analyses they cost. */
  burst: { versions: number; analyses: number };
}

const root = resolve(__dirname, '..');
const hugeDraft = join(root, '../shared/hostile-inputs/R03c-goal-item-paras-1mb.md');
const sample = join(root, 'examples/某市生物医药产业发展行动计划（草案）.md');
const numerals = [
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
  '十七',
  '十八',
  '十九',
  '二十',
  '二十一',
  '二十二',
  '二十三',
  '二十四',
  '二十五',
  '二十六',
  '二十七',
  '二十八',
  '二十九',
  '三十',
];

/** The sample plan with its task part repeated under new numbers until it is `chars` long. */
export function longDraft(chars = 20_000): string {
  const text = readFileSync(sample, 'utf8');
  const tasksAt = text.indexOf('## 三、重点任务');
  const closingAt = text.indexOf('## 四、保障措施');
  const tasks = text.slice(tasksAt, closingAt);
  let body = text.slice(0, closingAt);
  let closing = text.slice(closingAt);
  for (let i = 0; body.length + closing.length < chars; i++) {
    body += tasks.replace('## 三、重点任务', `## ${numerals[i % numerals.length]}、重点任务（续${i + 1}）`);
  }
  closing = closing.replace('## 四、', `## ${numerals[numerals.length - 1]}、`);
  return (body + closing).slice(0, chars);
}

function summary(samples: number[]): { p50: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => Number(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!.toFixed(2));
  return { p50: at(50), p95: at(95) };
}

interface Published {
  uri: string;
  version?: number;
  diagnostics: { code: string; range: { start: { line: number; character: number } } }[];
}

export async function benchServer(edits = 100, hovers = 100): Promise<ServerBench> {
  const cli = join(root, 'dist/cli.js');
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const client = new PlainLspClient(process.execPath, [cli, 'lsp', '--stdio'], { cwd: root });
  const uri = 'untitled:bench-draft.md';
  const text = longDraft();
  const lines = text.split('\n');
  const published = (version: number) => client.waitFor<Published>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === version, 60_000);
  try {
    await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    client.notify('initialized', {});
    const opened = published(1);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const { diagnostics } = await opened;
    const tasks = diagnostics.filter((d) => d.code === 'missing-responsible-unit').map((d) => d.range.start.line);
    if (tasks.length === 0) throw new Error('the bench draft has no task without a unit to hover');
    // The corpus loads after `initialized`; the first hover waits for it and is not timed.
    const hoverAt = (line: number) => client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: 8 } });
    await hoverAt(tasks[0]!);

    let version = 1;
    const edit = async (line: number, insert: string): Promise<number> => {
      const at = { line, character: lines[line]!.length };
      version++;
      const done = published(version);
      const started = performance.now();
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: at, end: at }, text: insert }] });
      await done;
      lines[line] += insert;
      return performance.now() - started;
    };
    const editSamples: number[] = [];
    for (let i = 0; i < edits + 10; i++) {
      const ms = await edit(tasks[i % tasks.length]!, i % 2 === 0 ? '，' : '。');
      // A pause between edits, as between a drafter's changes; the first ten warm the server up.
      await new Promise((done) => setTimeout(done, 200));
      if (i >= 10) editSamples.push(ms);
    }
    const hoverSamples: number[] = [];
    for (let i = 0; i < hovers + 10; i++) {
      const started = performance.now();
      await hoverAt(tasks[i % tasks.length]!);
      if (i >= 10) hoverSamples.push(performance.now() - started);
    }
    const newClauseSamples: number[] = [];
    for (let i = 0; i < hovers + 10; i++) {
      const line = tasks[i % tasks.length]!;
      // A character no other edit adds, so no clause of the draft read like this before.
      await edit(line, String.fromCodePoint(0x4e00 + i));
      const started = performance.now();
      await hoverAt(line);
      if (i >= 10) newClauseSamples.push(performance.now() - started);
    }
    // A numbered precedent at a task clause: the server reads the outline to move the siblings up.
    const insertSamples: number[] = [];
    for (let i = 0; i < 30; i++) {
      const at = { line: tasks[i % tasks.length]!, character: 0 };
      const started = performance.now();
      const answer = await client.request<InsertPrecedentResult>(insertPrecedentRequest, {
        uri,
        version,
        range: { start: at, end: at },
        ref: { docId: 'sd-biomedicine-action-plan-2025', line: 54 },
      });
      if (!('edits' in answer)) throw new Error(`Insert precedent gave no edits: ${answer.unavailable}`);
      if (i >= 10) insertSamples.push(performance.now() - started);
    }
    const before = await client.request<{ analyses: number; versions: number }>('policyDraft/stats', null);
    const huge = existsSync(hugeDraft) ? await insertIntoHugeDraft(client, readFileSync(hugeDraft, 'utf8')) : undefined;

    // A burst: 20 keystrokes 30 ms apart, then the diagnostics of the last.
    const burstVersions = 20;
    const line = tasks[0]!;
    let last: Promise<Published> | undefined;
    for (let i = 0; i < burstVersions; i++) {
      const at = { line, character: lines[line]!.length };
      version++;
      if (i === burstVersions - 1) last = published(version);
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: at, end: at }, text: '字' }] });
      lines[line] += '字';
      await new Promise((done) => setTimeout(done, 30));
    }
    await last;
    const after = await client.request<{ analyses: number; versions: number }>('policyDraft/stats', null);
    await client.request('shutdown', null);
    client.notify('exit', null);
    await client.exited;
    return {
      draftChars: text.length,
      edits,
      editToDiagnostics: summary(editSamples),
      hovers,
      hover: summary(hoverSamples),
      hoverNewClause: summary(newClauseSamples),
      insertPrecedent: summary(insertSamples),
      ...(huge ? { hugeInsertPrecedent: huge } : {}),
      analyses: before.analyses,
      analysedVersions: before.versions,
      burst: { versions: burstVersions, analyses: after.analyses - before.analyses },
    };
  } finally {
    client.kill();
  }
}

/** Insert precedent at 30 lines spread over a huge draft, timed once the server has parsed it (the first 5 warm up). */
async function insertIntoHugeDraft(client: PlainLspClient, text: string): Promise<NonNullable<ServerBench['hugeInsertPrecedent']>> {
  const uri = 'untitled:bench-huge-draft.md';
  const opened = client.waitFor<Published>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 1, 120_000);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await opened;
  const lines = text.split('\n').length;
  const samples: number[] = [];
  for (let i = 0; i < 35; i++) {
    const at = { line: Math.floor(((i % 30) + 0.5) * (lines / 30)), character: 0 };
    const started = performance.now();
    const answer = await client.request<InsertPrecedentResult>(insertPrecedentRequest, {
      uri,
      version: 1,
      range: { start: at, end: at },
      ref: { docId: 'sd-biomedicine-action-plan-2025', line: 54 },
    });
    if (!('edits' in answer)) throw new Error(`Insert precedent gave no edits on the huge draft: ${answer.unavailable}`);
    if (i >= 5) samples.push(performance.now() - started);
  }
  client.notify('textDocument/didClose', { textDocument: { uri } });
  return { draftChars: text.length, samples: samples.length, ...summary(samples) };
}

if (require.main === module) {
  benchServer().then(
    (result) => console.log(JSON.stringify(result)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}

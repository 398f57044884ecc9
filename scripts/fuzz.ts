import { readZipXml } from '../src/core/userCorpus/zipXml';
import { corpusReadInvariants, InvariantError, lintInvariants, makeDraft, makeWordFile, msPer100KB, random, realSentences, wordInvariants } from '../test/fuzz/draftFuzz';

/**
 * `npm run fuzz [-- --inputs N --seed S]`: the fuzz property test at length. N inputs (default
 * 20,000): drafts generated and mutated from real sentences and long runs through the checker and
 * its fixes (every tenth also through the own-corpus reader), and one in twenty a Word file, some
 * hostile, through the Word reader. Time is reported per 100 KB of input (a Word file's inflated
 * XML), inputs under 100 KB counted as 100 KB, as wall time and as the process's CPU time (on a
 * shared machine the wall time of one input also holds the time other processes ran). Failures
 * are printed with their input number and seed; the last line is a JSON summary.
 */

function xmlSize(bytes: Uint8Array): number {
  try {
    return Math.max(bytes.length, readZipXml(bytes, 64 * 2 ** 20).bytes);
  } catch {
    return bytes.length;
  }
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a whole number`);
  return value;
}

async function main(): Promise<void> {
  const inputs = option('inputs', 20_000);
  const seed = option('seed', 20_261_207);
  const next = random(seed);
  const sentences = realSentences();
  const summary = {
    inputs: 0,
    wordFiles: 0,
    exceptions: 0,
    invariantFailures: 0,
    slowestMs: 0,
    slowestMsPer100KB: 0,
    slowestInput: -1,
    slowestCpuMsPer100KB: 0,
    slowestCpuInput: -1,
    largestBytes: 0,
    totalSeconds: 0,
    seed,
  };
  const started = performance.now();
  for (let i = 0; i < inputs; i++) {
    const draft = makeDraft(next, sentences);
    const word = i % 20 === 19;
    const bytes = word ? await makeWordFile(next, draft.text) : undefined;
    // A Word file is measured by the XML it inflates to (what the reader works through), not its zip.
    const size = bytes ? xmlSize(bytes) : Buffer.byteLength(draft.text);
    const begun = performance.now();
    const cpuBegun = process.cpuUsage();
    try {
      if (bytes) await wordInvariants(bytes);
      else {
        lintInvariants(draft.text);
        if (i % 10 === 0) await corpusReadInvariants(draft.text);
      }
    } catch (error) {
      if (error instanceof InvariantError) summary.invariantFailures++;
      else summary.exceptions++;
      console.log(`input ${i} (${word ? 'Word file' : draft.kind}, ${size} bytes): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    const ms = performance.now() - begun;
    const cpu = process.cpuUsage(cpuBegun);
    const cpuScaled = msPer100KB((cpu.user + cpu.system) / 1000, size);
    if (cpuScaled > summary.slowestCpuMsPer100KB) {
      summary.slowestCpuMsPer100KB = cpuScaled;
      summary.slowestCpuInput = i;
    }
    summary.inputs++;
    if (word) summary.wordFiles++;
    summary.largestBytes = Math.max(summary.largestBytes, size);
    summary.slowestMs = Math.max(summary.slowestMs, ms);
    const scaled = msPer100KB(ms, size);
    if (scaled > summary.slowestMsPer100KB) {
      summary.slowestMsPer100KB = scaled;
      summary.slowestInput = i;
    }
    if ((i + 1) % 2000 === 0)
      console.log(
        `${i + 1} inputs, slowest ${summary.slowestMsPer100KB.toFixed(0)} ms per 100 KB (input ${summary.slowestInput}), ${summary.slowestCpuMsPer100KB.toFixed(0)} ms of CPU (input ${summary.slowestCpuInput})`,
      );
  }
  summary.totalSeconds = (performance.now() - started) / 1000;
  const rounded = {
    ...summary,
    slowestMs: Math.round(summary.slowestMs),
    slowestMsPer100KB: Math.round(summary.slowestMsPer100KB),
    slowestCpuMsPer100KB: Math.round(summary.slowestCpuMsPer100KB),
    totalSeconds: Math.round(summary.totalSeconds),
  };
  console.log(JSON.stringify(rounded));
  process.exitCode = summary.exceptions + summary.invariantFailures > 0 ? 1 : 0;
}

void main();

import { setFlagsFromString } from 'node:v8';

/**
 * V8's optimising compiler, tuned for a command that runs once over many files. Reading
 * ../shared/realworld/docs cold, its threads took 5.5–6.2 s of a run's 14–15 s of CPU: every reader
 * thread compiles the parser again, and each new kind of document sends the hot functions back to
 * it (the inline-numbering scan was compiled 20 times), each time with all it inlines. Without
 * inlining they took 2.8–3.3 s, and the reader threads were no slower. A function is also sent to
 * the compiler later (`--interrupt-budget`, V8's default 67,584, about 2.2 times as long): by then
 * it has seen more kinds of line, so fewer optimised versions are thrown away and compiled again
 * (the compiler's threads 0.6–1.0 s less per cold run, the reader threads no slower). The language
 * server runs for hours over the same few functions, where inlining pays for itself: `lsp` keeps
 * V8's defaults.
 */
export function batchCompilerFlags(command: string | undefined): string[] {
  return command === 'lsp' ? [] : ['--no-turbo-inlining', '--interrupt-budget=150000'];
}

/** Sets the flags before any reader thread starts: V8's flags are the process's, so its threads compile the same way. */
export function tuneCompilerFor(command: string | undefined): void {
  for (const flag of batchCompilerFlags(command)) setFlagsFromString(flag);
}

/**
 * V8's defaults back once a command's folders are read. The reader threads, each of which compiles
 * the parser again, are done; what follows runs on this thread alone, in the serial tail of a cold
 * run: the terms were counted while the files came in (`EngineBuild`), and what is left — writing
 * the postings, mining the corpus's defined names, encoding the snapshot — calls a small method per
 * posting, each a real call without inlining. Measured when the whole build ran here (in process
 * over the real documents, load 11): 2.5-2.7 s of CPU with inlining, 3.3-3.4 s without.
 */
export const afterReadingFlags = ['--turbo-inlining'];

/** Sets `afterReadingFlags`: functions optimised from now on inline again (the flags are the process's). */
export function retuneCompilerAfterReading(): void {
  for (const flag of afterReadingFlags) setFlagsFromString(flag);
}

import { setFlagsFromString } from 'node:v8';

/**
 * V8's optimising compiler, tuned for a command that runs once over many files. Reading
 * ../shared/realworld/docs cold, its threads took 5.5–6.2 s of a run's 14–15 s of CPU: every reader
 * thread compiles the parser again, and each new kind of document sends the hot functions back to
 * it (the inline-numbering scan was compiled 20 times), each time with all it inlines. Without
 * inlining they took 2.8–3.3 s, and the reader threads were no slower. The language server runs for
 * hours over the same few functions, where inlining pays for itself: `lsp` keeps V8's defaults.
 */
export function batchCompilerFlags(command: string | undefined): string[] {
  return command === 'lsp' ? [] : ['--no-turbo-inlining'];
}

/** Sets the flags before any reader thread starts: V8's flags are the process's, so its threads compile the same way. */
export function tuneCompilerFor(command: string | undefined): void {
  for (const flag of batchCompilerFlags(command)) setFlagsFromString(flag);
}

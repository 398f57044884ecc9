import { tuneCompilerFor } from './batchCompiler';
import { environmentLocale } from '../server/localeMessages';
import { run } from './run';

tuneCompilerFor(process.argv[2]);

// A reader that stops early (`policy-draft search … | head`) closes the pipe: that is no error of
// ours, so leave quietly with the exit code the command would have had, not a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  bundleDir: __dirname,
  locale: environmentLocale(process.env),
  readStdin: async (maxBytes) => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      chunks.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (size >= maxBytes) break;
    }
    return Buffer.concat(chunks).subarray(0, maxBytes);
  },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`policy-draft: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);

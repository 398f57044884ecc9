/** Errors the CLI turns into an exit code and one clear line on stderr, never a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** Wrong flags or arguments: exit 2. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** A file or the corpus could not be read: exit 2. */
export class InputError extends CliError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** Where a command writes; tests pass buffers, the binary passes the process streams. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Folder of the running bundle, used to find the bundled corpus next to it. */
  bundleDir: string;
  /** Standard input, whole (`policy-draft lint -`). */
  readStdin?: () => Promise<Uint8Array>;
}

export type Command = (args: string[], io: CliIo) => Promise<number>;

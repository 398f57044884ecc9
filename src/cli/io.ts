/** Where a command writes; tests pass buffers, the binary passes the process streams. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Folder of the running bundle, used to find the bundled corpus next to it. */
  bundleDir: string;
  /** The user's locale (`zh_CN.UTF-8`, `en-US`): the language of fix titles; English when absent. */
  locale?: string;
  /** Standard input (`policy-draft lint -`), up to `maxBytes`: the rest is not read. */
  readStdin?: (maxBytes: number) => Promise<Uint8Array>;
}

export type Command = (args: string[], io: CliIo) => Promise<number>;

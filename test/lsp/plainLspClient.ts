import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/**
 * A plain Language Server Protocol client, written from the specification's framing
 * (`Content-Length` headers over stdio, JSON-RPC 2.0) and nothing else: the server is judged by a
 * client that shares none of its code, as Neovim's or Helix's would. Tests and the bench use it.
 */

interface Message {
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

type Listener = (params: unknown) => void;

export class PlainLspClient {
  private readonly process: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private readonly listeners = new Map<string, Set<Listener>>();
  readonly exited: Promise<number | null>;
  stderr = '';

  constructor(command: string, args: string[], options: { cwd?: string } = {}) {
    this.process = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], ...options });
    this.process.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)));
    void this.exited.then(() => {
      for (const { reject } of this.pending.values()) reject(new Error(`the server exited; stderr: ${this.stderr}`));
      this.pending.clear();
    });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    const id = this.nextId++;
    return new Promise<R>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** Calls `listener` for each notification (or server request) named `method`; returns a way to stop. */
  on(method: string, listener: Listener): () => void {
    const set = this.listeners.get(method) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(method, set);
    return () => set.delete(listener);
  }

  /** The first notification `method` whose params satisfy `match`, within `timeoutMs`. */
  waitFor<P>(method: string, match: (params: P) => boolean, timeoutMs = 20_000): Promise<P> {
    return new Promise<P>((resolve, reject) => {
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`no ${method} within ${timeoutMs} ms`));
      }, timeoutMs);
      const stop = this.on(method, (params) => {
        if (!match(params as P)) return;
        clearTimeout(timer);
        stop();
        resolve(params as P);
      });
    });
  }

  kill(): void {
    this.process.kill();
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.process.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (!Number.isFinite(length) || this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method === undefined) {
      const pending = this.pending.get(Number(message.id));
      this.pending.delete(Number(message.id));
      if (message.error) pending?.reject(new Error(message.error.message));
      else pending?.resolve(message.result);
      return;
    }
    for (const listener of this.listeners.get(message.method) ?? []) listener(message.params);
    // A request from the server (e.g. window/workDoneProgress/create) gets an empty answer.
    if (message.id !== undefined) this.send({ id: message.id, result: null });
  }
}

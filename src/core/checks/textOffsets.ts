import type { Position } from '../model';

/**
 * Converts between string offsets and the 0-based line / UTF-16 column positions of the model.
 * `\r\n` and `\n` end lines; a `\r` belongs to its line's terminator, never to a column.
 */
export class TextOffsets {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The line's text without its terminator. */
  line(line: number): string {
    const start = this.starts[line];
    const next = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.text.length;
    return this.text.slice(start, next > start && this.text[next - 1] === '\r' ? next - 1 : next);
  }

  offsetAt(position: Position): number {
    const line = Math.min(Math.max(position.line, 0), this.starts.length - 1);
    return this.starts[line] + Math.min(Math.max(position.column, 0), this.line(line).length);
  }

  positionAt(offset: number): Position {
    const clamped = Math.min(Math.max(offset, 0), this.text.length);
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, column: Math.min(clamped - this.starts[low], this.line(low).length) };
  }

  /** `\r\n` when the text uses it, so inserted lines match the file. */
  get eol(): string {
    return this.text.includes('\r\n') ? '\r\n' : '\n';
  }
}

import type { Position } from '../model';

/**
 * Converts between string offsets and the 0-based line / UTF-16 column positions of the model.
 * Lines end at `\r\n`, `\n` or a lone `\r`, as `splitLines` (the parser) and editors count them;
 * a terminator never belongs to a column.
 */
export class TextOffsets {
  private readonly starts: number[] = [0];
  /** Where each line's text ends, before its terminator. */
  private readonly ends: number[] = [];

  private static last: TextOffsets | undefined;

  /**
   * The offsets of a text, kept for the last text asked about: the fixes of every finding of one
   * draft read the same text, and building this is a pass over all of it.
   */
  static of(text: string): TextOffsets {
    if (TextOffsets.last?.text !== text) TextOffsets.last = new TextOffsets(text);
    return TextOffsets.last;
  }

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const char = text[i];
      if (char !== '\n' && char !== '\r') continue;
      this.ends.push(i);
      if (char === '\r' && text[i + 1] === '\n') i++;
      this.starts.push(i + 1);
    }
    this.ends.push(text.length);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The line's text without its terminator. */
  line(line: number): string {
    return this.text.slice(this.starts[line], this.ends[line]);
  }

  /** A line's length without slicing it out: a position lookup stays constant-time on a long line. */
  lineLength(line: number): number {
    return this.ends[line]! - this.starts[line]!;
  }

  offsetAt(position: Position): number {
    const line = Math.min(Math.max(position.line, 0), this.starts.length - 1);
    // `line` is clamped into the lines there are, and a text has at least one.
    return this.starts[line]! + Math.min(Math.max(position.column, 0), this.lineLength(line));
  }

  positionAt(offset: number): Position {
    const clamped = Math.min(Math.max(offset, 0), this.text.length);
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, column: Math.min(clamped - this.starts[low]!, this.lineLength(low)) };
  }

  /** The text's own line ending (`\r\n`, a lone `\r` or `\n`), so inserted lines match the file. */
  get eol(): string {
    if (this.text.includes('\r\n')) return '\r\n';
    return this.text.includes('\r') && !this.text.includes('\n') ? '\r' : '\n';
  }
}

/**
 * A strict reader for VS Code's snippet syntax (tab stops, placeholders, choices, variables).
 * VS Code itself silently turns malformed syntax into literal text, so a typo such as an unclosed
 * `${2:…` ships unnoticed; this reader rejects it instead, and lets the snippet builder and the
 * skeleton composer renumber and expand bodies without string surgery.
 */

export type SnippetNode =
  | { kind: 'text'; value: string }
  /** `$1`, `${1}` (no children) or `${1:default}` (children are the default). */
  | { kind: 'tabstop'; index: number; children: SnippetNode[] }
  /** `${1|一,二,三|}` */
  | { kind: 'choice'; index: number; options: string[] }
  /** `$CURRENT_YEAR`, `${TM_SELECTED_TEXT:default}` */
  | { kind: 'variable'; name: string; children: SnippetNode[] };

export class SnippetSyntaxError extends Error {
  constructor(
    message: string,
    /** UTF-16 offset in the body where the problem was found. */
    readonly offset: number,
  ) {
    super(`${message} (at offset ${offset})`);
    this.name = 'SnippetSyntaxError';
  }
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isNameStart = (c: string | undefined): boolean => c !== undefined && (c === '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const isNameChar = (c: string | undefined): boolean => isNameStart(c) || isDigit(c);

/** Parses a snippet body; throws `SnippetSyntaxError` on anything VS Code would not read as intended. */
export function parseSnippet(body: string): SnippetNode[] {
  const reader = new Reader(body);
  const nodes = reader.nodes(false);
  if (!reader.atEnd()) throw new SnippetSyntaxError('unmatched "}"', reader.pos);
  return nodes;
}

class Reader {
  pos = 0;
  constructor(private readonly src: string) {}

  atEnd(): boolean {
    return this.pos >= this.src.length;
  }

  /** Reads nodes until the end, or until an unescaped `}` when inside a placeholder. */
  nodes(nested: boolean): SnippetNode[] {
    const out: SnippetNode[] = [];
    let text = '';
    const flush = (): void => {
      if (text) out.push({ kind: 'text', value: text });
      text = '';
    };
    while (!this.atEnd()) {
      const c = this.src[this.pos];
      if (c === '\\') {
        const next = this.src[this.pos + 1];
        // Only `$`, `}` and `\` are escapable in text; VS Code keeps any other backslash literally.
        if (next === '$' || next === '}' || next === '\\') {
          text += next;
          this.pos += 2;
        } else {
          text += c;
          this.pos += 1;
        }
      } else if (c === '$') {
        flush();
        out.push(this.dollar());
      } else if (c === '}') {
        if (nested) break;
        throw new SnippetSyntaxError('unmatched "}" (escape it as "\\}")', this.pos);
      } else {
        text += c;
        this.pos += 1;
      }
    }
    flush();
    return out;
  }

  private dollar(): SnippetNode {
    const start = this.pos;
    this.pos += 1;
    const c = this.src[this.pos];
    if (isDigit(c)) return { kind: 'tabstop', index: this.number(), children: [] };
    if (isNameStart(c)) return { kind: 'variable', name: this.name(), children: [] };
    if (c !== '{') throw new SnippetSyntaxError('"$" starts nothing (escape it as "\\$")', start);
    this.pos += 1;
    const d = this.src[this.pos];
    if (isDigit(d)) {
      const index = this.number();
      const e = this.src[this.pos];
      if (e === '}') {
        this.pos += 1;
        return { kind: 'tabstop', index, children: [] };
      }
      if (e === ':') {
        this.pos += 1;
        const children = this.nodes(true);
        this.close(start);
        return { kind: 'tabstop', index, children };
      }
      if (e === '|') {
        this.pos += 1;
        return { kind: 'choice', index, options: this.choiceOptions(start) };
      }
      throw new SnippetSyntaxError('expected "}", ":" or "|" after the tab stop number', this.pos);
    }
    if (isNameStart(d)) {
      const name = this.name();
      const e = this.src[this.pos];
      if (e === '}') {
        this.pos += 1;
        return { kind: 'variable', name, children: [] };
      }
      if (e === ':') {
        this.pos += 1;
        const children = this.nodes(true);
        this.close(start);
        return { kind: 'variable', name, children };
      }
      // Transforms (`${VAR/re/fmt/}`) are legal VS Code syntax but nothing here needs them.
      throw new SnippetSyntaxError('expected "}" or ":" after the variable name', this.pos);
    }
    throw new SnippetSyntaxError('"${" must be followed by a tab stop number or a variable name', start);
  }

  private close(start: number): void {
    if (this.src[this.pos] !== '}') throw new SnippetSyntaxError('unclosed "${"', start);
    this.pos += 1;
  }

  private number(): number {
    const start = this.pos;
    while (isDigit(this.src[this.pos])) this.pos += 1;
    return Number(this.src.slice(start, this.pos));
  }

  private name(): string {
    const start = this.pos;
    while (isNameChar(this.src[this.pos])) this.pos += 1;
    return this.src.slice(start, this.pos);
  }

  /** Reads `a,b,c|}`; `\,` `\|` `\\` are escapes inside a choice. */
  private choiceOptions(start: number): string[] {
    const options: string[] = [];
    let option = '';
    while (!this.atEnd()) {
      const c = this.src[this.pos];
      if (c === '\\' && (this.src[this.pos + 1] === ',' || this.src[this.pos + 1] === '|' || this.src[this.pos + 1] === '\\')) {
        option += this.src[this.pos + 1];
        this.pos += 2;
      } else if (c === ',') {
        options.push(option);
        option = '';
        this.pos += 1;
      } else if (c === '|') {
        if (this.src[this.pos + 1] !== '}') throw new SnippetSyntaxError('a choice list ends with "|}"', this.pos);
        options.push(option);
        this.pos += 2;
        if (options.some((o) => o === '')) throw new SnippetSyntaxError('empty option in a choice list', start);
        return options;
      } else {
        option += c;
        this.pos += 1;
      }
    }
    throw new SnippetSyntaxError('unclosed choice list', start);
  }
}

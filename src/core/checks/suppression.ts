import { splitLines } from '../text/lines';
import type { CheckCode, Finding } from './finding';
import { isCheckCode } from './registry';

/**
 * Inline suppression of reviewed exceptions. A drafter writes a directive on a line of its own:
 *
 * - Markdown (invisible when rendered): `<!-- policy-draft-disable-next-line missing-responsible-unit -->`
 * - plain text: `// policy-draft-disable-next-line unquantified-target`
 *
 * Either form is accepted in either kind of file. `policy-draft-disable-next-line` silences the named
 * codes (all codes when none is named) on the next line that is neither blank nor a directive;
 * `policy-draft-disable` … `policy-draft-enable` silences them for a stretch of lines. Codes are
 * separated by spaces or commas (`,` `，` `、`).
 *
 * The directive lines are emptied before the draft is parsed, so a comment can never turn into a
 * paragraph, a task clause or a target statement of its own.
 */

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable';

/** Which syntax the quick fix writes: the HTML comment for Markdown, `//` for plain text. */
export type CommentStyle = 'markdown' | 'plaintext';

export interface SuppressionRule {
  /** Codes silenced; empty means every code. */
  codes: CheckCode[];
  /** 0-based first line silenced. */
  fromLine: number;
  /** 0-based last line silenced (inclusive). */
  toLine: number;
}

export type SuppressionProblem =
  /** A code no check has: the comment silences nothing for it. */
  | { kind: 'unknown-code'; line: number; code: string; message: string }
  /** A `policy-draft-enable` with no open `policy-draft-disable` to close. */
  | { kind: 'unmatched-enable'; line: number; message: string };

export interface Suppressions {
  /** The draft's lines as written, split once here for whoever reads the draft next. */
  lines: string[];
  /** The draft with each directive line emptied; line numbers and the other lines are unchanged. */
  masked: string;
  rules: SuppressionRule[];
  /** Unknown codes and similar slips, so a typo does not silently suppress nothing. */
  problems: SuppressionProblem[];
}

const keywords: Record<string, DirectiveKind> = {
  'policy-draft-disable-next-line': 'disable-next-line',
  'policy-draft-disable': 'disable',
  'policy-draft-enable': 'enable',
};

const prefix = 'policy-draft-';

interface Directive {
  kind: DirectiveKind;
  codes: CheckCode[];
  unknown: string[];
}

/** The text between the comment markers of a line that holds only a comment, else undefined. */
function commentBody(line: string): string | undefined {
  const trimmed = line.trim();
  if (trimmed.startsWith('<!--') && trimmed.endsWith('-->') && trimmed.length >= 7) return trimmed.slice(4, -3).trim();
  if (trimmed.startsWith('//')) return trimmed.slice(2).trim();
  return undefined;
}

/** Reads a directive from one line; lines that merely mention the tool are not directives. */
export function parseDirective(line: string): Directive | undefined {
  const body = commentBody(line);
  if (body === undefined || !body.startsWith(prefix)) return undefined;
  const [keyword, ...rest] = body.split(/[\s,，、]+/).filter((token) => token.length > 0);
  const kind = keyword !== undefined && Object.hasOwn(keywords, keyword) ? keywords[keyword] : undefined;
  if (!kind) return undefined;
  const codes: CheckCode[] = [];
  const unknown: string[] = [];
  for (const token of rest) {
    if (isCheckCode(token)) codes.push(token);
    else unknown.push(token);
  }
  return { kind, codes, unknown };
}

/** Finds every directive in a draft and returns the rules they set and the draft without them. */
export function parseSuppressions(text: string): Suppressions {
  const lines = splitLines(text);
  const rules: SuppressionRule[] = [];
  const problems: SuppressionProblem[] = [];
  const directiveLines = new Set<number>();
  /** Lines whose disable-next-line directives wait for their target line. */
  let pending: CheckCode[][] = [];
  /**
   * Open `policy-draft-disable` stretches by the codes they name (empty = all), each with where the
   * earliest began: stretches that close together on one `enable` make one rule, so thousands of
   * disable/enable lines cost linear time (11,000 pairs took 8.6 s as a list).
   */
  const open = new Map<string, { codes: CheckCode[]; fromLine: number }>();

  lines.forEach((line, index) => {
    const directive = parseDirective(line);
    if (!directive) {
      if (line.trim().length === 0 || pending.length === 0) return;
      for (const codes of pending) rules.push({ codes, fromLine: index, toLine: index });
      pending = [];
      return;
    }
    directiveLines.add(index);
    for (const token of directive.unknown) {
      problems.push({ kind: 'unknown-code', line: index, code: token, message: `unknown check code '${token}' in suppression comment` });
    }
    // A directive that names only unknown codes must not widen into "every code".
    if (directive.codes.length === 0 && directive.unknown.length > 0) return;
    if (directive.kind === 'disable-next-line') pending.push(directive.codes);
    else if (directive.kind === 'disable') {
      const key = [...new Set(directive.codes)].sort().join(' ');
      if (!open.has(key)) open.set(key, { codes: directive.codes, fromLine: index + 1 });
    } else {
      let closed = 0;
      for (const [key, o] of open) {
        if (directive.codes.length > 0 && !o.codes.some((c) => directive.codes.includes(c))) continue;
        rules.push({ codes: o.codes, fromLine: o.fromLine, toLine: index - 1 });
        open.delete(key);
        closed++;
      }
      if (closed === 0) problems.push({ kind: 'unmatched-enable', line: index, message: 'policy-draft-enable without a matching policy-draft-disable' });
    }
  });
  for (const o of open.values()) rules.push({ codes: o.codes, fromLine: o.fromLine, toLine: lines.length - 1 });

  // Each directive line emptied, every line ending kept as written: lines are counted as the parser
  // counts them. A directive between a lone CR and an LF keeps one space: emptied, it would leave
  // `\r\n`, one line ending where there were two, and every later line would move up by one.
  let index = 0;
  const masked =
    directiveLines.size === 0
      ? text
      : text.replace(/[^\r\n]*(\r\n|\r|\n|$)/g, (line, ending: string, offset: number) => {
          if (!directiveLines.has(index++)) return line;
          return text[offset - 1] === '\r' && ending.startsWith('\n') ? ` ${ending}` : ending;
        });
  return { lines, masked, rules, problems };
}

/** Whether a rule silences a finding: the finding starts on a silenced line and its code is named. */
export function isSuppressed(finding: Finding, rules: readonly SuppressionRule[]): boolean {
  return suppressionTest(rules)(finding);
}

/**
 * `isSuppressed` for many findings: the silenced lines of each code are counted once, so a draft
 * with thousands of comments and thousands of findings costs their sum, not their product.
 */
export function suppressionTest(rules: readonly SuppressionRule[]): (finding: Finding) => boolean {
  const lineCount = rules.reduce((most, r) => Math.max(most, r.toLine + 2), 0);
  const silenced = new Map<CheckCode | '*', Int32Array>();
  for (const rule of rules) {
    if (rule.toLine < rule.fromLine) continue;
    for (const code of rule.codes.length === 0 ? (['*'] as const) : rule.codes) {
      let depth = silenced.get(code);
      if (!depth) silenced.set(code, (depth = new Int32Array(lineCount)));
      depth[rule.fromLine]!++;
      depth[rule.toLine + 1]!--;
    }
  }
  for (const depth of silenced.values()) for (let i = 1; i < depth.length; i++) depth[i]! += depth[i - 1]!;
  return (finding) => {
    const line = finding.range.start.line;
    return (silenced.get('*')?.[line] ?? 0) > 0 || (silenced.get(finding.code)?.[line] ?? 0) > 0;
  };
}

/** The directive line a quick fix inserts above a finding, in the style of the file. */
export function suppressionComment(code: CheckCode, style: CommentStyle): string {
  return style === 'markdown' ? `<!-- policy-draft-disable-next-line ${code} -->` : `// policy-draft-disable-next-line ${code}`;
}

import MarkdownIt from 'markdown-it';

/**
 * A line's text as runs: Markdown emphasis, code, links, escapes and entities become plain text
 * (bold kept as bold), so no Markdown syntax reaches the Word file. The CJK-friendly plugin makes
 * `**“数字经济”**发展` bold as the drafter meant, where plain CommonMark leaves the asterisks in.
 */
export interface Run {
  text: string;
  bold?: boolean;
  /** A line break inside the paragraph (`<br>` in a table cell). */
  breakBefore?: boolean;
}

// markdown-it-cjk-friendly is an ES module; the bundle and the tests load it through require.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cjkFriendly = (require('markdown-it-cjk-friendly') as { default: (md: MarkdownIt) => void }).default;

const markdown = new MarkdownIt({ html: true, linkify: false }).use(cjkFriendly);

const lineBreakTag = /^<br\s*\/?>$/i;

/** Characters that can start Markdown inline syntax; a line without any is plain text. */
const inlineSyntax = /[*_`[\]<>&\\!~]/;

/** Runs of one Markdown line (or table cell). */
export function markdownRuns(text: string): Run[] {
  if (!inlineSyntax.test(text)) return plainRuns(text);
  const [inline] = markdown.parseInline(text, {});
  const runs: Run[] = [];
  let bold = 0;
  let breakNext = false;
  const push = (content: string) => {
    if (content === '') return;
    const run: Run = { text: content };
    if (bold > 0) run.bold = true;
    if (breakNext) run.breakBefore = true;
    breakNext = false;
    const last = runs[runs.length - 1];
    if (last && !run.breakBefore && Boolean(last.bold) === Boolean(run.bold)) last.text += content;
    else runs.push(run);
  };
  for (const token of inline?.children ?? []) {
    switch (token.type) {
      case 'text':
      case 'code_inline':
        push(token.content);
        break;
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold = Math.max(0, bold - 1);
        break;
      case 'softbreak':
      case 'hardbreak':
        breakNext = true;
        break;
      case 'html_inline':
        // Tags are markup, not text; a <br> in a table cell is a line break.
        if (lineBreakTag.test(token.content)) breakNext = true;
        break;
      case 'image':
        // The picture cannot come along; its description does.
        push(token.content);
        break;
      default:
        // em, s, link open/close: the text inside comes as its own tokens.
        break;
    }
  }
  return runs;
}

/** Runs of a plain-text line: the text as written. */
export function plainRuns(text: string): Run[] {
  return text === '' ? [] : [{ text }];
}

export function runsText(runs: readonly Run[]): string {
  return runs.map((run) => (run.breakBefore ? '\n' : '') + run.text).join('');
}

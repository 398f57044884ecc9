import type { Outline } from './outline';

/** A plan's own title names its kind and ends in no sentence mark. */
const titleLike = /(?:规划|计划|方案|意见|纲要|要点|措施|办法)[）)》]?\s*(?:[（(][^）)]*[）)])?\s*[*#]*\s*$/;

/**
 * The line where the plan itself begins: its title when an issuing notice (关于印发…的通知, the 文号,
 * the addressees, the date) stands above it, else the first line. The reviewer's numbering checks
 * read the plan, not the notice.
 */
export function planBodyLine(outline: Outline): number {
  // The plan's first part (一、, 第一章): a notice may number a line or two of its own before it.
  const firstNumbered = outline.nodes.find((node) => node.rank <= 1 && node.clause.number !== undefined && /^(?:一|1)$/.test(node.clause.number));
  const end = firstNumbered?.startLine ?? outline.lines.length;
  let body = 0;
  for (let index = 0; index < end; index++) {
    const line = outline.lines[index]!;
    if (line.kind !== 'heading' && line.kind !== 'text') continue;
    const text = line.text.slice(line.contentStart).trim();
    if (text.length <= 80 && !/[。；]/.test(text) && !text.startsWith('关于') && titleLike.test(text)) body = index;
  }
  return body;
}

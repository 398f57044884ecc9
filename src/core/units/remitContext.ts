import type { Outline } from '../structure/outline';
import { planBodyLine, readsAsPlanTitle } from '../structure/planBody';

/**
 * What a clause begun at `line` is about before a word of it is written: the plan's title and the
 * headings it sits under (`某市推进义务教育优质均衡发展的实施意见`, `推进集团化办学…`). A served
 * snippet's unit choice is ordered by it (`byRemit`), so a 重点任务 snippet under a school heading offers
 * the 市教育局 before the 市住房城乡建设局 the draft happens to name first.
 *
 * @example remitContextAt(buildOutline('# 某市养老服务体系建设行动方案\n\n## 二、重点任务\n\n'), 4) // '某市养老服务体系建设行动方案\n重点任务'
 */
export function remitContextAt(outline: Outline, line: number): string {
  const titleLine = outline.lines[planBodyLine(outline)];
  const title = titleLine && titleLine.index < line && readsAsPlanTitle(titleLine) ? titleLine.text.slice(titleLine.contentStart).trim() : '';
  let above;
  for (const node of outline.nodes) {
    if (node.startLine >= line) break;
    above = node;
  }
  return [title, ...(above?.headings ?? [])].filter((text) => text !== '').join('\n');
}

/**
 * The Chinese messages of the checks. They live in the core so the CLI prints exactly what the
 * editor shows.
 */

const longestQuote = 24;

function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > longestQuote ? `${oneLine.slice(0, longestQuote)}…` : oneLine;
}

export function missingUnitMessage(subject: string): string {
  return `任务“${quote(subject)}”未明确责任单位：请以（责任单位：…）或（…牵头，…按职责分工负责）注明，或在任务分解表中列出。`;
}

export function unquantifiedTargetMessage(subject: string): string {
  return `目标“${quote(subject)}”缺少可衡量的量化指标：请写明数量、比例、金额、倍数或“全覆盖”等。`;
}

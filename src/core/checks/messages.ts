/**
 * The messages of the checks, as data: each has a Chinese template (what the CLI prints and an
 * editor shows by default) and an English one (an editor with an English UI: the extension sends
 * the templates translated, the Chinese l10n bundle maps the English back to these same Chinese
 * strings, and a unit test holds the two to each other). `{0}` `{1}` … stand for what is put in;
 * an argument may itself be a message (a period's source, a reform).
 */
export const checkTemplates = {
  missingUnit: {
    zh: '任务“{0}”未明确责任单位：请以（责任单位：…）或（…牵头，…按职责分工负责）注明，或在任务分解表中列出。',
    en: 'Task “{0}” names no responsible unit: add （责任单位：…） or （…牵头，…按职责分工负责）, or list it in the 任务分解表.',
  },
  unquantifiedTarget: {
    zh: '目标“{0}”缺少可衡量的量化指标：请写明数量、比例、金额、倍数或“全覆盖”等。',
    en: 'Target “{0}” has no measurable figure: write a number, a share, an amount, a multiple or “全覆盖”.',
  },
  numberingGap: { zh: '序号跳号：应为“{0}”', en: 'Number skipped: this should be “{0}”' },
  numberingRepeat: { zh: '序号重复：“{0}”与上一项相同，应为“{1}”', en: 'Number repeated: “{0}” is the same as the item before; it should be “{1}”' },
  numberingForm: {
    zh: '序号“{0}”不符合党政机关公文格式（GB/T 9704-2012）：应写作“{1}”',
    en: 'Marker “{0}” is not a form the official document standard (GB/T 9704-2012) uses: write “{1}”',
  },
  staleBefore: { zh: '目标年份{0}年早于规划期（{1}，据{2}）：是否沿用了旧规划的年份？', en: 'Year {0} is before the plan period ({1}, from the {2}): copied from an older plan?' },
  staleAfter: { zh: '目标年份{0}年晚于规划期（{1}，据{2}）：是否沿用了旧规划的年份？', en: 'Year {0} is after the plan period ({1}, from the {2}): copied from an older plan?' },
  staleFiveYearPlan: {
    zh: '“{0}”（{1}）与规划期（{2}，据{3}）不重叠：是否沿用了旧规划的表述？',
    en: '“{0}” ({1}) does not overlap the plan period ({2}, from the {3}): copied from an older plan?',
  },
  periodFromFrontMatter: { zh: '前置元数据', en: 'front matter' },
  periodFromTitle: { zh: '标题', en: 'title' },
  periodFromText: { zh: '正文', en: 'text' },
  outdatedName: { zh: '机构名称“{0}”已在{1}中调整，现为“{2}”', en: 'The body “{0}” was renamed in {1}: it is now “{2}”' },
  outdatedNameTwo: { zh: '机构名称“{0}”已在{1}中调整，现为“{2}”或“{3}”', en: 'The body “{0}” was renamed in {1}: it is now “{2}” or “{3}”' },
  reform2018: { zh: '2018年党和国家机构改革', en: 'the 2018 reform of Party and state institutions' },
  reform2021: {
    zh: '2021年设立国家乡村振兴局（2024年起多并入农业农村部门）',
    en: 'the 2021 creation of the rural revitalisation administrations (since 2024 largely merged into the agriculture and rural affairs departments)',
  },
  reform2023: { zh: '2023年党和国家机构改革', en: 'the 2023 reform of Party and state institutions' },
  tableRowWithoutTask: { zh: '分解表第{0}行在正文中没有对应任务', en: 'Row {0} of the 任务分解表 matches no task in the text' },
  tableUnitsDisagree: {
    zh: '任务“{0}”的责任单位（{1}）与分解表（{2}）没有共同单位',
    en: 'Task “{0}” names its units ({1}) and its 任务分解表 row names others ({2}): no unit in common',
  },
  taskWithoutRow: { zh: '任务“{0}”在分解表中没有对应行，也未注明责任单位', en: 'Task “{0}” has no row in the 任务分解表 and names no responsible unit' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type MessageId = keyof typeof checkTemplates;

/** A message as data: which template, and what goes in. */
export interface MessageText {
  id: MessageId;
  args: readonly (string | number | MessageText)[];
}

export function text(id: MessageId, ...args: (string | number | MessageText)[]): MessageText {
  return { id, args };
}

/** The message written out with the given templates (the editor's language), Chinese by default. */
export function formatMessage(message: MessageText, template: (id: MessageId) => string = (id) => checkTemplates[id].zh): string {
  const args = message.args.map((arg) => (typeof arg === 'object' ? formatMessage(arg, template) : String(arg)));
  return template(message.id).replace(/\{(\d+)\}/g, (match, index: string) => args[Number(index)] ?? match);
}

/** A finding's message: the Chinese text, and the data an editor translates it from. */
export function said(id: MessageId, ...args: (string | number | MessageText)[]): { message: string; text: MessageText } {
  const message = text(id, ...args);
  return { message: formatMessage(message), text: message };
}

const longestQuote = 24;

/** A clause quoted in a message: one line, cut at 24 characters. */
export function quote(subject: string): string {
  const oneLine = subject.replace(/\s+/g, ' ').trim();
  return oneLine.length > longestQuote ? `${oneLine.slice(0, longestQuote)}…` : oneLine;
}

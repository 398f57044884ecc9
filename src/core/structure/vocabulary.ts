/**
 * The word lists the checks rely on, with the defaults of shared/spec/checks.md. Settings extend
 * these lists; they never replace them.
 */
export interface PlanVocabulary {
  /** A heading containing one of these puts its clauses in task scope. */
  taskKeywords: string[];
  /** A heading containing one of these takes its clauses out of task scope; exclusions win. */
  exclusionKeywords: string[];
  /** Name endings that make a responsible body. */
  bodySuffixes: string[];
  /** Collective bodies accepted as they stand. */
  collectiveBodies: string[];
  /** Measure words and units that make a number a quantity. */
  measureWords: string[];
}

export const defaultVocabulary: PlanVocabulary = {
  taskKeywords: ['任务', '举措', '行动', '工程', '支持政策', '政策措施', '主要措施'],
  exclusionKeywords: ['保障措施', '保障', '组织实施', '指导思想', '基本原则', '目标', '发展基础', '面临形势', '发展现状'],
  bodySuffixes: [
    '厅', '局', '委', '办', '办公室', '部', '院', '署', '会', '中心', '政府', '管委会', '管理局', '委员会',
    '领导小组', '海关', '银行',
  ],
  collectiveBodies: [
    '有关设区市政府', '各市人民政府', '各设区市政府', '各县（市、区）人民政府', '各区县', '省级有关部门',
    '市级有关部门', '各区政府',
  ],
  measureWords: [
    '个', '项', '家', '所', '座', '条', '名', '人', '人次', '位', '种', '件', '台', '套', '张', '份', '部', '床',
    '户', '元', '万元', '亿元', '万亿元', '吨', '亩', '公里', '平方米', '个工作日', '天', '小时',
  ],
};

/** The defaults with each list extended by `extra` (duplicates dropped). */
export function extendVocabulary(extra: Partial<PlanVocabulary>): PlanVocabulary {
  const merge = (base: string[], more: string[] | undefined) => [...new Set([...base, ...(more ?? [])])];
  return {
    taskKeywords: merge(defaultVocabulary.taskKeywords, extra.taskKeywords),
    exclusionKeywords: merge(defaultVocabulary.exclusionKeywords, extra.exclusionKeywords),
    bodySuffixes: merge(defaultVocabulary.bodySuffixes, extra.bodySuffixes),
    collectiveBodies: merge(defaultVocabulary.collectiveBodies, extra.collectiveBodies),
    measureWords: merge(defaultVocabulary.measureWords, extra.measureWords),
  };
}

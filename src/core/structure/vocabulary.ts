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
  // `保障` alone is not here: it excludes only a safeguards part (see `isSafeguardsHeading`).
  exclusionKeywords: ['保障措施', '组织实施', '指导思想', '基本原则', '目标', '发展基础', '面临形势', '发展现状'],
  bodySuffixes: [
    '厅',
    '局',
    '委',
    '办',
    '办公室',
    '部',
    '院',
    '署',
    '会',
    '中心',
    '政府',
    '管委会',
    '管理局',
    '委员会',
    '领导小组',
    '海关',
    '银行',
    '支行',
    '分行',
    '公司',
    '集团',
    '专班',
    '工作组',
    '指挥部',
    '街道',
    '乡',
    '镇',
    '协',
    '联',
  ],
  collectiveBodies: [
    '有关设区市政府',
    '各市人民政府',
    '各设区市政府',
    '各县（市、区）人民政府',
    '各区县',
    '省级有关部门',
    '市级有关部门',
    '各区政府',
    '各地区',
    '各部门',
    '各地区各部门',
  ],
  measureWords: [
    '个',
    '项',
    '家',
    '所',
    '座',
    '条',
    '名',
    '人',
    '人次',
    '位',
    '种',
    '件',
    '台',
    '套',
    '张',
    '份',
    '部',
    '床',
    '户',
    '元',
    '万元',
    '亿元',
    '万亿元',
    '吨',
    '亩',
    '公里',
    '平方米',
    '个工作日',
    '天',
    '小时',
    // What the real plans of shared/realworld/ measure in besides (counted over the 465 documents).
    '周',
    '个月',
    '分钟',
    '秒',
    '岁',
    '周岁',
    '万人',
    '辆',
    '艘',
    '架',
    '列',
    '册',
    '篇',
    '株',
    '头',
    '只',
    '羽',
    '千瓦',
    '万千瓦',
    '兆瓦',
    '吉瓦',
    '千瓦时',
    '兆瓦时',
    '瓦',
    '千伏',
    '伏',
    '吨标准煤',
    '标准煤',
    '立方米',
    '方',
    '公顷',
    '平方公里',
    '平方千米',
    '万平方米',
    '千米',
    '米',
    '厘米',
    '毫米',
    '公斤',
    '千克',
    '克',
    '微克',
    '斤',
    // Not 类 (1类新药), 次 (一件事一次办), 期 (二期工程), 方 (一方面), 支 (一支队伍): grades and words.
    '标箱',
    '兆',
    '美元',
    '场',
    '场次',
    '处',
    '批次',
    '宗',
    '轮',
    '强',
    '届',
    '所学校',
    '英寸',
    '款',
    '车次',
    '班次',
    '架次',
    '航线',
    '床位',
    '亿人次',
    '万人次',
  ],
};

/**
 * Compound nouns that hold a task keyword without being one (see structure/headingWords): `工程`
 * naming engineering as a field or a trade — its machinery, equipment, materials, research centres
 * and engineers (`（九）工程机械产业链`, `工程技术研究中心`, `软件工程`) — rather than a programme
 * (`实施…提升工程`, `重点工程`); `行动不便` (mobility). Construction works (`工程建设`, `工程项目`,
 * `工程质量`) stay keywords: headings about them are tasks of their own.
 * Words that only a word boundary tells apart (`进行动态`, `项目标准`) need no entry here.
 */
export const keywordCompounds: Readonly<Record<string, { before: readonly string[]; after: readonly string[] }>> = {
  工程: {
    before: ['软件', '生物', '基因', '遗传', '土木', '化学', '化工'],
    after: [
      '机械',
      '装备',
      '技术',
      '师',
      '院',
      '化',
      '研究中心',
      '中心',
      '塑料',
      '材料',
      '数据',
      '应用',
      '实验室',
      '科技',
      '教育',
      '设计',
      '咨询',
      '勘察',
      '监理',
      '造价',
      '学',
      '硕士',
      '博士',
    ],
  },
  行动: { before: [], after: ['不便'] },
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

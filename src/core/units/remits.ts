/**
 * What a body is responsible for, as data: the words by which a clause shows it is in that body's
 * remit. A unit suggestion for a clause is judged by it: a sector body (卫生健康委, 教育局, 交通运输局 …)
 * fits a clause that speaks of its sector and is out of place in one that does not (a 工业互联网
 * task offered `市卫生健康委` because a life-health precedent assigned it); a body whose remit is
 * every sector (发展改革委, 财政局, 人民政府, 有关部门) is not in the table and fits any clause.
 */

export interface Remit {
  /** Parts of a body's name that make it this body at any level (`卫生健康` in 省卫生健康委 and 县卫生健康局). */
  bodies: readonly string[];
  /** Words a clause within the remit uses; one is enough. */
  words: readonly string[];
}

/** Health words, without the 健康 of 健康发展 (an industry's healthy growth is no health matter). */
const health = [
  '卫生',
  '医疗',
  '医院',
  '医生',
  '医师',
  '医学',
  '医养',
  '医药',
  '药品',
  '药物',
  '疫苗',
  '疾病',
  '疾控',
  '医共体',
  '医联体',
  '慢性病',
  '传染病',
  '诊疗',
  '临床',
  '护理',
  '康复',
  '中医',
  '妇幼',
  '体检',
  '健康管理',
  '健康服务',
  '健康产业',
  '生命健康',
  '全民健康',
  '老年健康',
  '心理健康',
  '大健康',
  '托育',
];

export const remits: readonly Remit[] = [
  { bodies: ['卫生健康', '卫健', '卫生计生'], words: health },
  { bodies: ['医保', '医疗保障'], words: ['医保', '医疗保障', '医疗保险', '医药', '药品', '耗材', '集中采购', '诊疗', '医疗服务', '医院', '长期护理'] },
  { bodies: ['药监', '药品监督', '药品监管'], words: ['药', '医疗器械', '器械', '化妆品', '临床', '审评'] },
  {
    bodies: ['教育', '教委'],
    // The school's own words too: a 双减 clause (课堂教学, 作业设计, 课后服务, 校外培训) names no 教育 or 学校,
    // and its 培训 alone made the 人社局 its first unit. Not bare 作业: 特种作业, 高空作业 are no school matter.
    words: [
      '教育',
      '学校',
      '高校',
      '大学',
      '院校',
      '学院',
      '学生',
      '教师',
      '课程',
      '学科',
      '产教',
      '中小学',
      '幼儿',
      '招生',
      '办学',
      '研究生',
      '教学',
      '课堂',
      '教研',
      '校长',
      '师资',
      '德育',
      '课后服务',
      '校外培训',
      '双减',
      '作业设计',
      '作业负担',
      '学位',
      '入学',
      '班额',
    ],
  },
  { bodies: ['民政'], words: ['养老', '民政', '社会救助', '慈善', '社区', '殡葬', '婚姻', '儿童福利', '残疾', '社会组织', '低保', '困难群众', '福利', '老年'] },
  {
    bodies: ['交通运输', '交通委'],
    words: [
      '交通',
      '运输',
      '物流',
      '道路',
      '公路',
      '港口',
      '码头',
      '航运',
      '航空',
      '机场',
      '铁路',
      '轨道',
      '公交',
      '客运',
      '货运',
      '快递',
      '低空',
      '航线',
      '船舶',
      '内河',
      '水运',
      '海事',
      '航道',
      '出行',
      '车辆',
      '汽车',
      '枢纽',
    ],
  },
  {
    bodies: ['农业农村', '农委', '乡村振兴'],
    words: ['农业', '农村', '农民', '乡村', '种业', '粮食', '耕地', '农田', '农产品', '畜牧', '渔业', '种植', '养殖', '涉农', '三农', '农机', '农文旅'],
  },
  { bodies: ['文化和旅游', '文旅', '文化旅游'], words: ['文化', '旅游', '文旅', '演艺', '非遗', '文物', '景区', '博物馆', '影视', '动漫', '游客'] },
  { bodies: ['体育'], words: ['体育', '健身', '赛事', '运动'] },
  { bodies: ['生态环境'], words: ['生态', '环境', '污染', '排放', '减排', '碳', '环保', '固废', '大气', '水质', '绿色', '节能'] },
  {
    bodies: ['住房城乡建设', '住房和城乡建设', '住建'],
    words: ['住房', '住宅', '建筑', '城市更新', '物业', '房地产', '保障房', '保障性', '老旧小区', '市政', '燃气', '城乡建设', '工程建设', '装配式', '用房'],
  },
  { bodies: ['自然资源', '规划资源', '规划和自然资源'], words: ['土地', '用地', '国土', '空间规划', '矿产', '自然资源', '海洋', '测绘', '林地', '耕地', '规划'] },
  { bodies: ['水利', '水务'], words: ['水利', '水资源', '水库', '河道', '河湖', '防汛', '灌溉', '供水', '节水', '排水'] },
  { bodies: ['公安'], words: ['公安', '治安', '犯罪', '户籍', '交通管理', '警', '反诈', '安全'] },
  { bodies: ['司法'], words: ['司法', '法治', '法律', '律师', '公证', '仲裁', '调解', '普法'] },
  { bodies: ['应急管理'], words: ['应急', '安全生产', '防灾', '减灾', '救援', '消防', '灾害', '危险化学品', '安全'] },
  { bodies: ['退役军人'], words: ['退役军人', '军人', '优抚', '双拥', '军队'] },
  {
    bodies: ['人社', '人力社保', '人力资源'],
    words: ['就业', '人才', '社保', '社会保险', '职业技能', '技能', '培训', '工资', '劳动', '人力资源', '职称', '创业', '博士后', '专家'],
  },
  { bodies: ['商务'], words: ['商务', '贸易', '外贸', '外资', '招商', '消费', '会展', '电商', '电子商务', '商贸', '流通', '进出口', '开放', '跨境', '市场', '出口', '企业'] },
  { bodies: ['金融'], words: ['金融', '融资', '资本', '基金', '信贷', '贷款', '担保', '保险', '上市', '投资', '债', '银行', '资金'] },
  { bodies: ['知识产权'], words: ['知识产权', '专利', '商标', '版权', '地理标志'] },
  {
    bodies: ['市场监管', '市场监督'],
    words: [
      '市场监管',
      '质量',
      '标准',
      '计量',
      '认证',
      '检验',
      '检测',
      '食品',
      '特种设备',
      '价格',
      '竞争',
      '知识产权',
      '专利',
      '广告',
      '经营主体',
      '市场主体',
      '药',
      '器械',
      '营商环境',
    ],
  },
  { bodies: ['统计'], words: ['统计', '监测', '核算', '调查', '指标'] },
  { bodies: ['国资'], words: ['国资', '国企', '国有'] },
  { bodies: ['网信'], words: ['网信', '网络', '数据', '互联网', '信息化', '数字', '平台'] },
  { bodies: ['数据局'], words: ['数据', '数字', '算力', '信息化', '政务服务', '一网', '平台', '智慧', '互联网', '人工智能', '智能'] },
  { bodies: ['人才办', '组织部'], words: ['人才', '引才', '专家', '团队', '干部', '院士'] },
  { bodies: ['宣传部'], words: ['宣传', '舆论', '文明', '新闻', '文化'] },
  { bodies: ['政法委'], words: ['政法', '平安', '综治', '社会治理', '安全'] },
  { bodies: ['税务'], words: ['税', '发票'] },
  { bodies: ['审计'], words: ['审计'] },
  {
    bodies: ['经信', '工信', '工业和信息化', '经济和信息化', '经济信息化', '科经委'],
    words: [
      '工业',
      '产业',
      '制造',
      '企业',
      '信息化',
      '数字',
      '互联网',
      '软件',
      '集成电路',
      '智能',
      '电子',
      '通信',
      '技改',
      '园区',
      '工厂',
      '车间',
      '平台',
      '5G',
      '中小企业',
      '专精特新',
    ],
  },
  {
    bodies: ['科技', '科学技术', '科委', '科协', '科经委'],
    words: ['科技', '研发', '创新', '技术', '科研', '实验室', '攻关', '成果', '研究', '专利', '高新', '孵化', '新型研发', '平台', '人工智能', '算力', '前沿'],
  },
];

/** How a body sits with a clause: within its remit, a body of every sector, or out of its remit. */
export type RemitFit = 'fits' | 'general' | 'off';

/** How many of a body's remit words the clause holds; undefined for a body of every sector. */
function overlap(unit: string, clause: string): number | undefined {
  const own = remits.filter((remit) => remit.bodies.some((body) => unit.includes(body)));
  if (own.length === 0) return undefined;
  return Math.max(...own.map((remit) => remit.words.filter((word) => clause.includes(word)).length));
}

/**
 * Whether `unit` (a body's name, any level) is a body for `clause`.
 *
 * @example remitFit('市卫生健康委', '推进工业互联网平台建设。') // 'off'
 * @example remitFit('市卫生健康委', '深化医养结合服务。') // 'fits'
 * @example remitFit('市发展改革委', '推进工业互联网平台建设。') // 'general'
 */
export function remitFit(unit: string, clause: string): RemitFit {
  const words = overlap(unit, clause);
  return words === undefined ? 'general' : words > 0 ? 'fits' : 'off';
}

/**
 * Units ordered for a clause: those of its remit first, the one whose remit the clause speaks of
 * most before the others (a 产教融合 clause mentions 企业 too, but three words of education), then
 * bodies of every sector, then the rest; otherwise as given.
 */
export function byRemit(units: readonly string[], clause: string): string[] {
  // A body of every sector ranks after any that fits (half a word) and before any that does not.
  const rank = (unit: string): number => {
    const words = overlap(unit, clause);
    return words === undefined ? 0.5 : words === 0 ? -1 : words;
  };
  return units
    .map((unit, order) => ({ unit, order, rank: rank(unit) }))
    .sort((a, b) => b.rank - a.rank || a.order - b.order)
    .map((entry) => entry.unit);
}

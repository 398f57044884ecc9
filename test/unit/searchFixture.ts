import type { Target } from '../../src/core/model';
import type { SearchClause, SearchCorpus, SearchDocument } from '../../src/core/search/types';

/**
 * A small corpus written for the search tests: four plans on biomedicine and health, each clause
 * in the style of a provincial or municipal plan, with overlapping themes across documents so
 * ranking and diversification have something to choose between.
 */

const documents: SearchDocument[] = [
  { id: 'zj', title: '浙江省人民政府办公厅关于加快生物医药产业发展的实施意见', shortName: '浙江省 加快生物医药产业发展实施意见', region: '浙江省', level: '省级', year: 2021 },
  { id: 'sh', title: '上海市促进生命健康产业高质量发展行动方案', shortName: '上海市 生命健康产业行动方案', region: '上海市', level: '市级', year: 2022 },
  { id: 'sd', title: '山东省医疗器械产业创新发展规划', shortName: '山东省 医疗器械产业创新发展规划', region: '山东省', level: '省级', year: 2023 },
  { id: 'pd', title: '浦东新区生物医药产业三年行动计划', shortName: '上海市浦东新区 生物医药产业三年行动计划', region: '上海市浦东新区', level: '区级', year: 2024 },
];

const range = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };

/** Keys in the order of the index schema, which the index's content hash depends on. */
function target(text: string, metric: string, raw: string, deadline?: number): Target {
  return { text, range, ...(deadline === undefined ? {} : { deadline }), quantities: [{ kind: 'count', raw }], metric };
}

type Row = [doc: number, text: string, path: string[], targets?: Target[]];

const rows: Row[] = [
  [0, '加强生物医药产业统计监测与分析，建立季度调度和年度考核制度，定期通报重点任务推进情况。', ['三、保障措施', '（四）强化考核评估']],
  [
    0,
    '到2025年，新获批上市一类创新药10个以上，三类医疗器械产品30个以上。',
    ['一、总体要求', '（二）发展目标'],
    [target('到2025年，新获批上市一类创新药10个以上', '新获批上市一类创新药', '10个以上', 2025)],
  ],
  [0, '支持医疗机构开展互联网诊疗服务，推进电子处方流转和药品网上配送。', ['二、重点任务', '（五）发展智慧医疗']],
  [0, '对引进的顶尖人才团队，采取“一事一议”方式给予个性化支持。', ['二、重点任务', '（七）集聚高端人才']],
  [1, '建立生命健康产业运行监测机制，通过季度监测、半年评估和年终考核推动任务落实。', ['四、保障措施']],
  [1, '到2025年，力争获批一类新药8个左右，建成高能级创新平台15个以上。', ['一、行动目标'], [target('到2025年，力争获批一类新药8个左右', '获批一类新药', '8个左右', 2025)]],
  [1, '试点互联网医院开设在线门诊，为慢性病复诊患者提供线上处方和配送服务。', ['二、重点任务', '（三）推进数字医疗']],
  [1, '推动人工智能在药物靶点发现和分子设计中的应用，建设智能药物研发平台。', ['二、重点任务', '（一）加快药物创新']],
  [2, '聚焦手术机器人、高端医学影像设备等领域，实施医疗器械关键技术攻关。', ['三、主要任务', '（二）突破关键技术']],
  [
    2,
    '到2025年，全省医疗器械产业营业收入达到1000亿元，新增三类医疗器械注册证20个。',
    ['二、发展目标'],
    [target('新增三类医疗器械注册证20个', '新增三类医疗器械注册证', '20个', 2025)],
  ],
  [2, '建立医工协同创新机制，支持医疗机构与企业联合开展医疗器械研发。', ['三、主要任务', '（三）深化医工结合']],
  [3, '按季度跟踪重点任务进展，将目标完成情况纳入区级部门绩效考核。', ['五、保障措施']],
  [3, '加大领军人才和创新团队引进力度，在住房、子女入学等方面给予保障。', ['三、主要任务', '（四）人才引育']],
  [3, '支持企业开发新药贷等专属信贷产品，扩大知识产权质押融资规模。', ['三、主要任务', '（五）金融支持']],
  [3, '建立医工协同创新机制，支持医疗机构与企业联合开展医疗器械研发。', ['三、主要任务', '（六）医工协同']],
];

export const fixtureCorpus: SearchCorpus = {
  documents,
  clauses: rows.map(([doc, text, path, targets], line): SearchClause => ({ doc, text, path, line: line * 2, targets: targets ?? [], units: [] })),
};

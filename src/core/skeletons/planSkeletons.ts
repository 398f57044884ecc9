import type { SnippetVocabulary } from '../snippets/corpusVocabulary';
import { resolveVocabulary } from '../snippets/snippetFile';
import { parseSnippet } from '../snippets/snippetSyntax';
import { formatSnippet, joinSnippets } from '../snippets/snippetText';

/**
 * The skeleton a new plan starts from, one per kind, laid out the way the corpus plans of that kind
 * are organised. Each skeleton is a list of blocks in snippet syntax, each numbered from 1 on its
 * own; `joinSnippets` runs the tab stops on in order. A choice `${n|@measureUnits|}` is filled from
 * the corpus vocabulary, as in the clause snippets.
 */

export const planKinds = ['实施意见', '行动计划', '行动方案', '规划'] as const;
export type PlanKind = (typeof planKinds)[number];

export interface PlanSkeleton {
  kind: PlanKind;
  /** Which corpus plans the layout follows, shown next to the kind in the picker. */
  basis: string;
  blocks: string[];
}

const quantifiedGoal = '——${1:分项目标}。到${2:20××}年，${3:指标}${4|达到,突破,新增,累计达到|}${5:数值}${6|@measureUnits|}${7|以上,左右|}。';
/** Item `n` of a task list; items are numbered straight through the sections, as in the corpus. */
const task = (n: number): string => `${n}. ` + '${1:任务标题}。${2:任务内容}。（责任单位：${3:责任单位}）';
const leadTask = (n: number): string => `${n}. ` + '${1:任务标题}。${2:任务内容}。（${3:牵头单位}牵头，${4:配合单位}按职责分工负责）';
const guidingIdeology =
  '以习近平新时代中国特色社会主义思想为指导，${1:深入落实……决策部署}，坚持${2:创新引领、协同发力、开放合作}，以${3:……}为突破口，着力${4:……}，${5:为……提供坚实支撑}。';

export const planSkeletons: Readonly<Record<PlanKind, PlanSkeleton>> = {
  实施意见: {
    kind: '实施意见',
    basis: '总体要求（指导思想、总体目标）、重点任务（责任单位）、保障措施，如浙江省生命健康科技创新实施意见',
    blocks: [
      '# ${1:××省人民政府办公厅}关于${2:加快……发展}的实施意见',
      '${1|各市、县（市、区）人民政府，省政府直属各单位,各市人民政府，省政府各部门、各直属机构|}：',
      '为${1:……}，经${2|省政府,市政府|}同意，现提出如下实施意见：',
      '## 一、总体要求',
      '### （一）指导思想',
      guidingIdeology,
      '### （二）总体目标',
      quantifiedGoal,
      quantifiedGoal,
      '## 二、重点任务',
      '### （一）${1:重点方向}',
      task(1),
      task(2),
      '### （二）${1:重点方向}',
      task(3),
      '## 三、保障措施',
      '### （一）加强组织保障\n\n${1:建立由……组成的协调工作机制，建立健全专家咨询机制。}（责任单位：${2:责任单位}）',
      '### （二）加强政策保障\n\n${1:……}（责任单位：${2:责任单位}）',
      '### （三）加强金融支撑\n\n${1:发挥各类投资基金作用，……}（责任单位：${2:责任单位}）',
      '### （四）强化考核评估\n\n${1:建立完善……推进评价体系。}（责任单位：${2:责任单位}）',
    ],
  },
  行动计划: {
    kind: '行动计划',
    basis: '总体思路、主要目标、重点任务（分项行动）、支持政策（牵头、配合）、保障措施，如山东省生物医药产业科技创新行动计划',
    blocks: [
      '# ${1:××省××}行动计划\n\n（${2:20××}—${3:20××}年）',
      '为${1:……}，${2:充分发挥科技创新引领作用}，特制定本行动计划。',
      '## 一、总体思路',
      '${1:把握……发展趋势，瞄准……，坚持……，打造……。}',
      '## 二、主要目标',
      '到${1:20××}年，${2:力争突破}${3:数值}${4|@measureUnits|}以上${5:关键技术}；${6:指标}达到${7:数值}${8|@measureUnits|}。',
      '## 三、重点任务',
      '### （一）实施${1:……}行动\n\n${2:面向……，突破……关键技术。}到${3:20××}年，${4:新获批}${5:数值}${6|@measureUnits|}。（${7:牵头单位}牵头，${8:配合单位}按职责分工负责）',
      '### （二）实施${1:……}行动\n\n${2:……}（${3:牵头单位}牵头，${4:配合单位}按职责分工负责）',
      '## 四、支持政策',
      '### （一）${1:政策标题}\n\n对${2:支持对象}，经评审给予最高${3:数额}${4|@fundingUnits|}资金支持。（${5:牵头单位}牵头，${6:配合单位}按职责分工负责）',
      '### （二）${1:政策标题}\n\n${2:……}（${3:牵头单位}按职责分工负责）',
      '## 五、保障措施',
      '### （一）加强组织领导\n\n${1:……牵头建立多部门联动的工作机制，加强统筹调度。}',
      '### （二）强化资金保障\n\n${1:优化……资金配置，引导社会资本加大投入。}',
      '### （三）加强人才队伍建设\n\n${1:……}',
      '### （四）加强监督考核\n\n${1:强化目标责任考核及动态跟踪，通过季度监测、半年评估、年终考核等方式，综合评价各项任务完成情况。}',
    ],
  },
  行动方案: {
    kind: '行动方案',
    basis: '总体要求（指导思想、行动目标）、发展方向、重点任务（编号条目）、保障措施、附件任务分解表，如浦东新区生物医药产业高质量发展行动方案',
    blocks: [
      '# ${1:××区××}行动方案（${2:20××}—${3:20××}年）',
      '根据${1:《……》}等文件精神，为${2:加快推进……}，特制定本行动方案。',
      '## 一、总体要求',
      '### （一）指导思想',
      guidingIdeology,
      '### （二）行动目标',
      '到${1:20××}年底，${2:……}。',
      '1. ${1:目标类别}。${2:指标}${3|达到,突破,新增,累计达到|}${4:数值}${5|@measureUnits|}${6|以上,左右|}。',
      '2. ${1:目标类别}。${2:指标}${3|达到,突破,新增,累计达到|}${4:数值}${5|@measureUnits|}${6|以上,左右|}。',
      '## 二、发展方向',
      '### （一）${1:聚焦重点巩固优势}\n\n${2:……}',
      '### （二）${1:把握趋势培育新兴}\n\n${2:……}',
      '## 三、重点任务',
      '### （一）${1:……}',
      leadTask(1),
      leadTask(2),
      '### （二）${1:……}',
      leadTask(3),
      '## 四、保障措施',
      '### （一）加强组织领导\n\n${1:成立由……等单位组成的联席会议，统筹……重大事项。}',
      '### （二）加强政策供给\n\n${1:……}',
      '### （三）加强部署落实\n\n按照责任到部门的原则，制定重点任务分工表，明确牵头部门（协同单位）、任务节点。${1:由……统筹，按季度跟踪重点任务进展。}',
      '附件：${1:《……行动方案》}任务分解表\n\n## 附件\n\n$1任务分解表\n\n| 序号 | 重点任务 | 具体工作 | 责任部门 |\n| --- | --- | --- | --- |\n| 1 | ${2:重点任务} | ${3:具体工作} | ${4:责任部门} |',
    ],
  },
  规划: {
    kind: '规划',
    basis: '发展基础、面临形势、总体要求（指导思想、基本原则、发展目标）、主要任务、空间布局、保障措施，如浙江省医药产业发展“十四五”规划',
    blocks: [
      '# ${1:××省××产业发展}“${2:十五五}”规划',
      '${1:……}。为${2:……}，根据${3:《……》}等文件精神，特编制本规划。规划期为${4:20××}—${5:20××}年。',
      '## 一、发展基础',
      '### （一）发展成效\n\n1. ${1:产业规模稳步扩大}。${2:……}',
      '### （二）存在问题\n\n1. ${1:……}。${2:……}',
      '## 二、面临形势',
      '### （一）发展机遇\n\n一是${1:……}；二是${2:……}。',
      '### （二）风险挑战\n\n一是${1:……}；二是${2:……}。',
      '## 三、总体要求',
      '### （一）指导思想',
      guidingIdeology,
      '### （二）基本原则',
      '——${1|创新引领,数字赋能,政企协同,开放共享|}。${2:……}',
      '——${1|数字赋能,创新引领,政企协同,开放共享|}。${2:……}',
      '### （三）发展目标',
      '到${1:20××}年，${2:……}。',
      quantifiedGoal,
      quantifiedGoal,
      '## 四、主要任务',
      '### （一）${1:……}',
      task(1),
      task(2),
      '### （二）${1:……}',
      task(3),
      '## 五、空间布局',
      '${1:聚焦……，加快构建“……”的产业发展空间格局。}',
      '## 六、保障措施',
      '### （一）加强组织协调\n\n${1:加强……等部门协同，健全工作机制，形成工作合力。}',
      '### （二）加大政策支持\n\n${1:……}',
      '### （三）强化金融支持\n\n${1:……}',
      '### （四）强化人才支撑\n\n${1:……}',
    ],
  },
};

/** The skeleton of `kind` as one snippet body, ready to insert into an empty document. */
export function planSkeletonSnippet(kind: PlanKind, vocabulary: SnippetVocabulary): string {
  const joined = joinSnippets(planSkeletons[kind].blocks);
  return formatSnippet(resolveVocabulary(parseSnippet(joined), vocabulary, `skeleton ${kind}`));
}

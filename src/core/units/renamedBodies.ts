/**
 * Bodies renamed or abolished by the 2018 reform of Party and state institutions and the 2021 and
 * 2023 reforms after it (the table of shared/spec/review-checks.md; a unit test holds this file to
 * it). Each old name as drafts write it, without its level prefix (省/市/县/区…), with the current
 * name(s) that replace it. `province` gives the names at provincial level where they differ (a
 * 厅 for a 局; 药品监督管理局 beside 市场监督管理局).
 */
export interface RenamedBody {
  old: string;
  current: readonly string[];
  province?: readonly string[];
  /** The name at national level where it differs (国家旅游局 → 文化和旅游部). */
  national?: readonly string[];
  /** The year of the reform that renamed it. */
  year: number;
  reform: string;
}

const reform2018 = '2018年党和国家机构改革';

type Levels = { current: readonly string[]; province: readonly string[]; national?: readonly string[] };

function row(year: number, reform: string, names: Record<string, readonly string[] | Levels>): RenamedBody[] {
  return Object.entries(names).map(([old, to]) => ('current' in to ? { old, ...to, year, reform } : { old, current: to, year, reform }));
}

export const renamedBodies: readonly RenamedBody[] = [
  ...row(2018, reform2018, {
    卫生计生委: ['卫生健康委'],
    卫生和计划生育委员会: ['卫生健康委员会'],
    卫计委: ['卫生健康委'],
    国土资源部: ['自然资源部'],
    国土资源厅: ['自然资源厅'],
    国土资源局: ['自然资源局'],
    环境保护部: ['生态环境部'],
    环境保护厅: ['生态环境厅'],
    环境保护局: ['生态环境局'],
    环保厅: ['生态环境厅'],
    环保局: ['生态环境局'],
    农业部: ['农业农村部'],
    农业厅: ['农业农村厅'],
    农业局: ['农业农村局'],
    农业委员会: ['农业农村委员会'],
    农委: ['农业农村委'],
    文化部: ['文化和旅游部'],
    文化厅: ['文化和旅游厅'],
    文化局: ['文化和旅游局'],
    旅游局: { current: ['文化和旅游局'], province: ['文化和旅游厅'], national: ['文化和旅游部'] },
    旅游发展委员会: { current: ['文化和旅游局'], province: ['文化和旅游厅'] },
    旅游委: { current: ['文化和旅游局'], province: ['文化和旅游厅'] },
    工商行政管理局: ['市场监督管理局'],
    工商局: ['市场监管局'],
    质量技术监督局: ['市场监督管理局'],
    质监局: ['市场监管局'],
    食品药品监督管理局: { current: ['市场监督管理局'], province: ['药品监督管理局', '市场监督管理局'] },
    食药监局: { current: ['市场监管局'], province: ['药监局', '市场监管局'] },
    安全生产监督管理局: { current: ['应急管理局'], province: ['应急管理厅'] },
    安监局: { current: ['应急管理局'], province: ['应急管理厅'] },
    监察厅: ['监察委员会'],
    监察局: ['监察委员会'],
    银监会: ['国家金融监督管理总局'],
    保监会: ['国家金融监督管理总局'],
    银监局: ['金融监管局'],
    保监局: ['金融监管局'],
  }),
  ...row(2023, '2023年党和国家机构改革', {
    银保监会: ['国家金融监督管理总局'],
    银保监局: ['金融监管局'],
  }),
  ...row(2021, '2021年设立国家乡村振兴局（2024年起多并入农业农村部门）', {
    扶贫办: { current: ['乡村振兴局', '农业农村局'], province: ['乡村振兴局', '农业农村厅'] },
    扶贫开发领导小组办公室: { current: ['乡村振兴局', '农业农村局'], province: ['乡村振兴局', '农业农村厅'] },
  }),
];

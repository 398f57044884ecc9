/**
 * Names Chinese policy texts use interchangeably for one thing: a region and its standing short
 * name, an international or regulatory term and its usual Latin abbreviation. Each group is what
 * the text that introduced the name defines, not a judgement of likeness; a drafter writes one form,
 * a precedent the other. Forms of one character (沪, 鲁) are left out: alone they say nothing.
 *
 * Sources: regions as the State Council's regional plans name them (《长江三角洲区域一体化发展规划纲要》
 * 2019 for 长三角 = 沪苏浙皖, 《粤港澳大湾区发展规划纲要》 2019, 《成渝地区双城经济圈建设规划纲要》 2021,
 * 《珠江三角洲地区改革发展规划纲要》 2008, 《推动共建丝绸之路经济带和21世纪海上丝绸之路的愿景与行动》 2015);
 * drug regulation as NMPA's rules and the 药品管理法 (2019) name it (GMP, GLP, GCP, MAH, ICH); other
 * abbreviations as the bodies and agreements name themselves (FDA, EMA, WHO, RCEP, CPTPP, PPP).
 */
export const policyAliases: readonly (readonly string[])[] = [
  ['长三角', '长江三角洲', '沪苏浙皖'],
  ['珠三角', '珠江三角洲'],
  ['粤港澳大湾区', '大湾区'],
  ['成渝地区双城经济圈', '成渝双城经济圈'],
  ['一带一路', '丝绸之路经济带'],
  ['碳达峰碳中和', '双碳'],
  ['人工智能', 'AI'],
  ['物联网', 'IoT'],
  ['虚拟现实', 'VR'],
  ['增强现实', 'AR'],
  ['国内生产总值', 'GDP'],
  ['首次公开发行', 'IPO'],
  ['政府和社会资本合作', 'PPP'],
  ['区域全面经济伙伴关系协定', 'RCEP'],
  ['全面与进步跨太平洋伙伴关系协定', 'CPTPP'],
  ['世界卫生组织', 'WHO'],
  ['美国食品药品监督管理局', '美国食品药品管理局', 'FDA'],
  ['欧洲药品管理局', 'EMA'],
  ['国际人用药品注册技术协调会', 'ICH'],
  ['药品生产质量管理规范', 'GMP'],
  ['药物非临床研究质量管理规范', 'GLP'],
  ['药物临床试验质量管理规范', 'GCP'],
  ['药品上市许可持有人', 'MAH'],
  ['合同研究组织', 'CRO'],
  ['合同生产组织', '合同定制生产', 'CMO'],
  ['合同研发生产组织', '合同定制研发生产', 'CDMO'],
  ['医疗保障', '医保'],
];

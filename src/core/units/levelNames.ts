import type { Level } from './draftPlace';

/**
 * What a body is called at each administrative level, as data. A prefix swap alone invents bodies
 * (`区科经委` → `市科经委`, `省药监局` → `县药监局`): a province's 厅 is a 局 below it, a city's
 * 发展改革委 is a county's 发展改革局, drug regulation below the province is the 市场监管局's, and
 * some names are one place's own (浦东's 科经委, 上海's 科委/商务委), whose counterpart elsewhere is
 * the usual body of that remit. Names are written without their level prefix, in the form drafts
 * use (short `经信厅` beside long `经济和信息化厅`), so an adapted name keeps the form it was given.
 */

/** One body's name at 省, 市, 区 and 县, in one written form. */
export type LevelForm = Readonly<Record<Level, string>>;

/** A name that is one place's own, and the usual form it stands for elsewhere. */
export interface LocalName {
  name: string;
  /** Places whose plans use the name (matched in the draft's region: `上海市浦东新区` holds 浦东). */
  places: readonly string[];
  /** The usual body (or bodies) of that remit, by their form's 省 name. */
  usual: readonly string[];
}

/** A 厅 at the province, a 局 below it: `hall('科技')` is 科技厅 / 科技局 / 科技局 / 科技局. */
function hall(stem: string): LevelForm {
  return { 省: `${stem}厅`, 市: `${stem}局`, 区: `${stem}局`, 县: `${stem}局` };
}

/** A body called the same at every level (`统计局`, `委组织部`). */
function same(name: string): LevelForm {
  return { 省: name, 市: name, 区: name, 县: name };
}

/** A commission down to the district, a 局 in a county (`发展改革委` → `县发展改革局`). */
function commission(stem: string, county = `${stem}局`): LevelForm {
  return { 省: `${stem}委`, 市: `${stem}委`, 区: `${stem}委`, 县: county };
}

export const levelForms: readonly LevelForm[] = [
  hall('科技'),
  hall('科学技术'),
  hall('经信'),
  hall('经济和信息化'),
  hall('工信'),
  hall('工业和信息化'),
  hall('财政'),
  hall('教育'),
  hall('民政'),
  hall('人社'),
  hall('人力社保'),
  hall('人力资源社会保障'),
  hall('人力资源和社会保障'),
  hall('自然资源'),
  hall('生态环境'),
  hall('住建'),
  hall('住房城乡建设'),
  hall('住房和城乡建设'),
  hall('交通运输'),
  hall('农业农村'),
  hall('水利'),
  hall('商务'),
  hall('文化和旅游'),
  hall('文旅'),
  hall('公安'),
  hall('司法'),
  hall('审计'),
  hall('应急管理'),
  hall('退役军人事务'),
  commission('发展改革'),
  commission('发改'),
  { 省: '发展和改革委员会', 市: '发展和改革委员会', 区: '发展和改革委员会', 县: '发展和改革局' },
  commission('卫生健康'),
  commission('卫健'),
  commission('国资'),
  commission('民族宗教'),
  same('统计局'),
  same('市场监管局'),
  same('市场监督管理局'),
  same('医保局'),
  same('医疗保障局'),
  same('数据局'),
  same('大数据局'),
  same('税务局'),
  same('林业局'),
  same('体育局'),
  same('外办'),
  same('科协'),
  same('乡村振兴局'),
  same('金融监管局'),
  same('政府'),
  same('人民政府'),
  same('委组织部'),
  same('委宣传部'),
  same('委统战部'),
  same('委政法委'),
  same('委网信办'),
  same('委人才办'),
  same('委金融办'),
  same('委编办'),
  same('委改革办'),
  same('级有关部门'),
  { 省: '政府办公厅', 市: '政府办公室', 区: '政府办公室', 县: '政府办公室' },
  // Drugs are regulated by the province; below it, by the 市场监管局.
  { 省: '药监局', 市: '市场监管局', 区: '市场监管局', 县: '市场监管局' },
  { 省: '药品监督管理局', 市: '市场监督管理局', 区: '市场监督管理局', 县: '市场监督管理局' },
  // Most counties fold intellectual property into the 市场监管局.
  { 省: '知识产权局', 市: '知识产权局', 区: '知识产权局', 县: '市场监管局' },
  { 省: '地方金融监管局', 市: '地方金融监管局', 区: '金融办', 县: '金融办' },
];

export const localNames: readonly LocalName[] = [
  // 浦东新区科技和经济委员会: science and industry in one body; elsewhere two.
  { name: '科经委', places: ['浦东'], usual: ['科技厅', '经信厅'] },
  { name: '科技和经济委员会', places: ['浦东'], usual: ['科技厅', '经信厅'] },
  { name: '金融局', places: ['浦东'], usual: ['地方金融监管局'] },
  { name: '人才办', places: ['浦东'], usual: ['委人才办'] },
  { name: '规划资源局', places: ['上海'], usual: ['自然资源厅'] },
  { name: '科委', places: ['上海', '北京'], usual: ['科技厅'] },
  { name: '科学技术委员会', places: ['上海', '北京'], usual: ['科学技术厅'] },
  { name: '教委', places: ['上海', '北京', '天津', '重庆'], usual: ['教育厅'] },
  { name: '商务委', places: ['上海'], usual: ['商务厅'] },
  { name: '经济信息化委', places: ['上海'], usual: ['经信厅'] },
  { name: '经信委', places: ['上海'], usual: ['经信厅'] },
  { name: '住房城乡建设管理委', places: ['上海'], usual: ['住房城乡建设厅'] },
  { name: '交通委', places: ['上海', '北京'], usual: ['交通运输厅'] },
  { name: '农业农村委', places: ['上海', '北京'], usual: ['农业农村厅'] },
  { name: '药品监管局', places: ['上海'], usual: ['药监局'] },
];

/** Each name's form; a name of two forms (`市场监管局`) belongs to the first, its own. */
const formOfName = new Map<string, LevelForm>();
for (const form of levelForms) for (const name of Object.values(form)) if (!formOfName.has(name)) formOfName.set(name, form);
const formByProvinceName = new Map(levelForms.map((form) => [form.省, form]));
const localByName = new Map(localNames.map((local) => [local.name, local]));

/**
 * A body's name (without level prefix) as the usual body of `level`: itself when that level has it,
 * its counterparts when it is another level's or another place's own name; empty when the table
 * does not know it, so nothing is invented.
 *
 * @example bodyAtLevel('科技厅', '省', '市') // ['科技局']
 * @example bodyAtLevel('科经委', '区', '区', '某区') // ['科技局', '经信局']
 * @example bodyAtLevel('科经委', '区', '区', '上海市浦东新区') // ['科经委']
 */
export function bodyAtLevel(body: string, from: Level, level: Level, region = ''): string[] {
  const local = localByName.get(body);
  if (local) {
    if (from === level && local.places.some((place) => region.includes(place))) return [body];
    return local.usual.flatMap((name) => {
      const form = formByProvinceName.get(name);
      return form ? [form[level]] : [];
    });
  }
  // A name a plan of the draft's level wrote stands as written (`区发改委` in a district plan).
  if (from === level) return [body];
  const form = formOfName.get(body);
  return form ? [form[level]] : [];
}

/**
 * The written forms of one body, its full name first: a list of units offers the body once, in the
 * first form it meets (the draft's own). The bundled corpus writes 南京's `市发改委` beside 山东's
 * `省发展改革委`, and a served snippet offered both `市发展改革委` and `市发改委`.
 */
const sameBodyForms: readonly (readonly string[])[] = [
  ['发展改革委', '发展和改革委员会', '发改委'],
  ['人力资源社会保障', '人力资源和社会保障', '人力社保', '人社'],
  ['经济和信息化', '经信'],
  ['工业和信息化', '工信'],
  ['住房城乡建设', '住房和城乡建设', '住建'],
  ['卫生健康委', '卫健委'],
  ['文化和旅游', '文旅'],
  ['市场监督管理局', '市场监管局'],
  ['医疗保障局', '医保局'],
];

/** Longest form first, so `发展和改革委员会` is not read as holding a shorter one. */
const formsByLength = sameBodyForms.flatMap((forms) => forms.map((form) => ({ form, full: forms[0]! }))).sort((a, b) => b.form.length - a.form.length);

/**
 * The same key for every written form of one body at one level.
 *
 * @example sameBodyKey('市发改委') === sameBodyKey('市发展改革委') // true
 * @example sameBodyKey('市人社局') === sameBodyKey('市人力资源社会保障局') // true
 */
export function sameBodyKey(name: string): string {
  const found = formsByLength.find(({ form }) => name.includes(form));
  return found ? name.replace(found.form, found.full) : name;
}

import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusUnitNames } from '../../src/core/checks/unitNames';
import { bodyText, parseCorpusDocument } from '../../src/core/corpus/corpusDocument';
import { parsePlan } from '../../src/core/parsing/parsePlan';
import { adaptUnit, type Level } from '../../src/core/units/draftPlace';
import { levelForms } from '../../src/core/units/levelNames';

const root = join(__dirname, '../..');
const levels: Level[] = ['省', '市', '区', '县'];

/**
 * Every unit the bundled corpus assigns, and bodies real plans in ../shared/realworld name, as a
 * plan of 某省, 某市, 某区 and 某县 would call that body (`-` where none is offered).
 */
const table: [name: string, atLevel: [省: string, 市: string, 区: string, 县: string]][] = [
  // The bundled corpus's 38 names.
  ['省科技厅', ['省科技厅', '市科技局', '区科技局', '县科技局']],
  ['区科经委', ['省科技厅、省经信厅', '市科技局、市经信局', '区科技局、区经信局', '县科技局、县经信局']],
  ['省卫生健康委', ['省卫生健康委', '市卫生健康委', '区卫生健康委', '县卫生健康局']],
  ['张江管理局', ['-', '-', '-', '-']],
  ['省发展改革委', ['省发展改革委', '市发展改革委', '区发展改革委', '县发展改革局']],
  ['省财政厅', ['省财政厅', '市财政局', '区财政局', '县财政局']],
  ['省经信厅', ['省经信厅', '市经信局', '区经信局', '县经信局']],
  ['省药监局', ['省药监局', '市市场监管局', '区市场监管局', '县市场监管局']],
  ['保税区管理局', ['-', '-', '-', '-']],
  ['有关设区市政府', ['有关设区市政府', '-', '-', '-']],
  ['省教育厅', ['省教育厅', '市教育局', '区教育局', '县教育局']],
  ['区人社局', ['省人社厅', '市人社局', '区人社局', '县人社局']],
  ['区发改委', ['省发改委', '市发改委', '区发改委', '县发改局']],
  ['区市场监管局', ['省市场监管局', '市市场监管局', '区市场监管局', '县市场监管局']],
  ['区卫生健康委', ['省卫生健康委', '市卫生健康委', '区卫生健康委', '县卫生健康局']],
  ['临港新片区管委会', ['-', '-', '-', '-']],
  ['区商务委', ['省商务厅', '市商务局', '区商务局', '县商务局']],
  ['区国资委', ['省国资委', '市国资委', '区国资委', '县国资局']],
  ['区规划资源局', ['省自然资源厅', '市自然资源局', '区自然资源局', '县自然资源局']],
  ['区财政局', ['省财政厅', '市财政局', '区财政局', '县财政局']],
  ['区金融局', ['省地方金融监管局', '市地方金融监管局', '区金融办', '县金融办']],
  ['省医保局', ['省医保局', '市医保局', '区医保局', '县医保局']],
  ['区人才办', ['省委人才办', '市委人才办', '区委人才办', '县委人才办']],
  ['区生态环境局', ['省生态环境厅', '市生态环境局', '区生态环境局', '县生态环境局']],
  ['区知识产权局', ['省知识产权局', '市知识产权局', '区知识产权局', '县市场监管局']],
  ['各片区管理局', ['-', '-', '-', '-']],
  ['宁波海关', ['-', '-', '-', '-']],
  ['杭州市政府', ['-', '-', '-', '-']],
  ['杭州海关', ['-', '-', '-', '-']],
  ['省人力社保厅', ['省人力社保厅', '市人力社保局', '区人力社保局', '县人力社保局']],
  ['省人力资源社会保障厅', ['省人力资源社会保障厅', '市人力资源社会保障局', '区人力资源社会保障局', '县人力资源社会保障局']],
  ['省商务厅', ['省商务厅', '市商务局', '区商务局', '县商务局']],
  ['省地方金融监管局', ['省地方金融监管局', '市地方金融监管局', '区金融办', '县金融办']],
  ['省委人才办', ['省委人才办', '市委人才办', '区委人才办', '县委人才办']],
  ['省委金融办', ['省委金融办', '市委金融办', '区委金融办', '县委金融办']],
  ['省工业和信息化厅', ['省工业和信息化厅', '市工业和信息化局', '区工业和信息化局', '县工业和信息化局']],
  ['省级有关部门', ['省级有关部门', '市级有关部门', '区级有关部门', '县级有关部门']],
  ['省统计局', ['省统计局', '市统计局', '区统计局', '县统计局']],
  // Bodies real plans name (../shared/realworld): 上海's own names become the usual ones elsewhere.
  ['市科委', ['省科技厅', '市科技局', '区科技局', '县科技局']],
  ['市教委', ['省教育厅', '市教育局', '区教育局', '县教育局']],
  ['市商务委', ['省商务厅', '市商务局', '区商务局', '县商务局']],
  ['市经济信息化委', ['省经信厅', '市经信局', '区经信局', '县经信局']],
  ['市住房城乡建设管理委', ['省住房城乡建设厅', '市住房城乡建设局', '区住房城乡建设局', '县住房城乡建设局']],
  ['市药品监管局', ['省药监局', '市市场监管局', '区市场监管局', '县市场监管局']],
  ['市工信局', ['省工信厅', '市工信局', '区工信局', '县工信局']],
  ['市工业和信息化局', ['省工业和信息化厅', '市工业和信息化局', '区工业和信息化局', '县工业和信息化局']],
  ['省经济和信息化厅', ['省经济和信息化厅', '市经济和信息化局', '区经济和信息化局', '县经济和信息化局']],
  ['省大数据局', ['省大数据局', '市大数据局', '区大数据局', '县大数据局']],
  ['省文化和旅游厅', ['省文化和旅游厅', '市文化和旅游局', '区文化和旅游局', '县文化和旅游局']],
  ['市农业农村局', ['省农业农村厅', '市农业农村局', '区农业农村局', '县农业农村局']],
  ['市委网信办', ['省委网信办', '市委网信办', '区委网信办', '县委网信办']],
  ['市委组织部', ['省委组织部', '市委组织部', '区委组织部', '县委组织部']],
  ['市发改委', ['省发改委', '市发改委', '区发改委', '县发改局']],
  ['市政府', ['省政府', '市政府', '区政府', '县政府']],
  ['市科协', ['省科协', '市科协', '区科协', '县科协']],
  ['省国资委', ['省国资委', '市国资委', '区国资委', '县国资局']],
  ['市审批服务局', ['-', '市审批服务局', '-', '-']],
  ['市场监管总局', ['-', '-', '-', '-']],
];

describe('unit names as each level calls the body', () => {
  for (const [name, atLevel] of table) {
    it(`${name}: ${atLevel.join(' / ')}`, () => {
      for (const [i, level] of levels.entries()) {
        const expected = atLevel[i] === '-' ? [] : atLevel[i]!.split('、');
        assert.deepEqual(adaptUnit(name, { level, region: `某${level}` }), expected, `in a ${level} plan`);
      }
    });
  }

  it('holds every unit the bundled corpus assigns: a new one needs its row here', () => {
    const corpus = readdirSync(join(root, 'corpus'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => parseCorpusDocument(readFileSync(join(root, 'corpus', name), 'utf8'), name));
    const names = corpusUnitNames(corpus.map((document) => parsePlan(bodyText(document))));
    const missing = names.filter((name) => !table.some(([row]) => row === name));
    assert.deepEqual(missing, []);
  });

  it('keeps a place’s own name only in that place’s plan', () => {
    assert.deepEqual(adaptUnit('区科经委', { level: '区', region: '上海市浦东新区' }), ['区科经委']);
    assert.deepEqual(adaptUnit('市科委', { level: '市', region: '上海市' }), ['市科委']);
    assert.deepEqual(adaptUnit('市商务委', { level: '市', region: '北京市' }), ['市商务局']);
    assert.deepEqual(adaptUnit('区规划资源局', { level: '区', region: '上海市浦东新区' }), ['区规划资源局']);
  });

  const realworld = join(root, '../shared/realworld/docs');
  it('invents no body at another level for any body named in the real plans', function () {
    if (!existsSync(realworld)) this.skip();
    const known = new Set(levelForms.flatMap((form) => Object.values(form)));
    const names = new Set<string>();
    for (const file of readdirSync(realworld)) {
      const text = readFileSync(join(realworld, file), 'utf8');
      for (const match of text.matchAll(/(?<![\u4e00-\u9fa5])(?:省|市(?!场)|区|县)[\u4e00-\u9fa5]{1,10}?(?:厅|局|委|办)(?![\u4e00-\u9fa5])/gu)) names.add(match[0]);
    }
    assert.ok(names.size > 50, `${names.size} names`);
    for (const name of names) {
      for (const level of levels) {
        if (name.startsWith(level)) continue;
        for (const adapted of adaptUnit(name, { level, region: `某${level}` })) {
          assert.ok(adapted.startsWith(level) && known.has(adapted.slice(1)), `${name} in a ${level} plan → ${adapted}`);
        }
      }
    }
  });
});

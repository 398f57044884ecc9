/**
 * The layout of 党政机关公文 in GB/T 9704-2012, as the numbers a .docx needs. The standard states
 * millimetres and 号 sizes; Word counts twips (1/20 pt) and half-points, so the conversions live
 * here once and the tests read the written XML back against the millimetres.
 */

const twipsPerMm = 1440 / 25.4;

/** Millimetres in twips, rounded to the nearest twip (1/1440 inch ≈ 0.018 mm). */
export function mmToTwips(mm: number): number {
  return Math.round(mm * twipsPerMm);
}

export function twipsToMm(twips: number): number {
  return twips / twipsPerMm;
}

/** 5.2.1 A4 paper. */
export const paperMm = { width: 210, height: 297 } as const;

/** 5.2.2 版心 156 mm × 225 mm, 天头 37 mm, 订口 28 mm; the other two margins follow. */
export const marginMm = { top: 37, left: 28, bottom: paperMm.height - 37 - 225, right: paperMm.width - 28 - 156 } as const;

export const page = {
  width: mmToTwips(paperMm.width),
  height: mmToTwips(paperMm.height),
  top: mmToTwips(marginMm.top),
  bottom: mmToTwips(marginMm.bottom),
  left: mmToTwips(marginMm.left),
  right: mmToTwips(marginMm.right),
} as const;

/** The 版心 in twips. */
export const textBlock = {
  width: page.width - page.left - page.right,
  height: page.height - page.top - page.bottom,
} as const;

/** 5.2.4 一般每面排22行，每行排28个字. */
export const grid = { linesPerPage: 22, charsPerLine: 28 } as const;

/** 号 sizes in points. */
export const pointSize = { 二号: 22, 三号: 16, 四号: 14 } as const;

/** Body text size: 三号. The grid's character pitch is counted against it. */
export const bodyPt = pointSize.三号;

/**
 * Line pitch in twips: the largest whole value that still fits 22 lines in the 版心
 * (579 twips ≈ 28.95 pt, the pitch of the usual 公文 templates).
 */
export const linePitch = Math.floor(textBlock.height / grid.linesPerPage);

/**
 * `w:charSpace`: how much the grid's character pitch differs from the body size, in 1/4096 pt.
 * Rounded down so that 28 characters of the pitch fit in the 版心 width.
 */
export const charSpace = Math.floor((textBlock.width / grid.charsPerLine / 20 - bodyPt) * 4096);

/** One body character (三号) in twips, for indents counted in characters. */
export const charTwips = bodyPt * 20;

/**
 * Fonts: the names Chinese offices install, each with the name Windows ships as its fallback
 * (written as `w:altName` in the font table, which Word and LibreOffice use when the first is missing).
 */
export const fonts = {
  title: { name: '方正小标宋简体', fallback: '宋体' },
  body: { name: '仿宋_GB2312', fallback: '仿宋' },
  heading1: { name: '黑体', fallback: 'SimHei' },
  heading2: { name: '楷体_GB2312', fallback: '楷体' },
  pageNumber: { name: '宋体', fallback: 'SimSun' },
  /** Digits and Latin letters in the body. */
  latin: { name: 'Times New Roman', fallback: 'Times New Roman' },
} as const;

export type FontRole = keyof typeof fonts;

/**
 * 7.5 页码: 4号半角宋体阿拉伯数字, an 一字线 on each side, 7 mm below the 版心; odd pages right and
 * even pages left, one character in from the edge of the 版心.
 */
export const pageNumberLayout = {
  pt: pointSize.四号,
  dash: '—',
  /** From the page's bottom edge to the footer's baseline area: 35 mm − 7 mm − one 4号 line. */
  footerMm: marginMm.bottom - 7 - 6,
  insetTwips: pointSize.四号 * 20,
} as const;

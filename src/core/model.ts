/**
 * The plain data every part of the project exchanges: a plan parsed into its structure, the
 * responsible units and targets found in it. Produced by the structure parser, consumed by the
 * checks, the index, the outline and the adapters. No behaviour lives here.
 */

/** 0-based line and UTF-16 column, the same convention as VS Code's `Position`. */
export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Numbering level, from the outermost: `一、` part, `（一）` section, `1.` item, `——` lead-dash item. */
export type ClauseKind = 'part' | 'section' | 'item' | 'dash' | 'paragraph';

/** How a responsible unit was written; `table` means a 任务分解表 row assigns it. */
export type UnitForm = 'annotation' | 'lead' | 'parenthetical' | 'table';

export interface UnitAssignment {
  form: UnitForm;
  /** Bodies that lead (牵头) or are solely responsible (负责, 责任单位). */
  lead: string[];
  /** Bodies that support (配合, 按职责分工负责 when a lead is named). */
  support: string[];
  /** Where the assignment is written; for `table` the table row. */
  range: Range;
}

export type QuantityKind = 'count' | 'percent' | 'range' | 'multiplier' | 'coverage' | 'scale';

export interface Quantity {
  kind: QuantityKind;
  /** As written, e.g. `20个以上`, `5.5%`, `2-3个`, `翻一番`, `千亿级`. */
  raw: string;
  /** Numeric value as written, in `unit` (lower bound of a range), Chinese numerals converted: `50万亩` → 50 万亩. */
  value?: number;
  /** Upper bound of a range. */
  upper?: number;
  /** Measure word or unit: 个, 家, 亿元, %, 个百分点 … */
  unit?: string;
  /** 以上, 左右, 力争, 累计, 超过, 不少于 … */
  qualifier?: string;
}

export interface Target {
  /** The target statement (one sentence or item). */
  text: string;
  range: Range;
  /** Year in 到2025年 / 至2025年 / 2025年前, when stated. */
  deadline?: number;
  quantities: Quantity[];
  /** The phrase the first quantity measures, e.g. `获批一类创新药`. */
  metric?: string;
}

export interface Clause {
  kind: ClauseKind;
  /** The number as written without its punctuation (digits half-width): `一`, `3`, `①`; absent for paragraphs and dashes. */
  number?: string;
  /** The first short phrase ending in `。`, or the heading text for parts and sections. */
  title?: string;
  /** Full text from the number to the next heading or item of the same or a higher level. */
  text: string;
  /** Titles of the enclosing parts and sections, outermost first. */
  path: string[];
  range: Range;
  units: UnitAssignment[];
  targets: Target[];
  children: Clause[];
  /** Pieces of a run-in enumeration (`一是…；二是…`) on the clause's first line, when there is one. */
  runIn?: RunInItem[];
}

/** One piece of a run-in enumeration: `一是建立…` up to `二是`. */
export interface RunInItem {
  /** `一`, `二` … */
  number: string;
  text: string;
  range: Range;
}

/** A Markdown table (or a 任务分解表 written as one), with group rows kept as rows. */
export interface PlanTable {
  path: string[];
  header: string[];
  rows: string[][];
  /** The 0-based line of each row of `rows`, so a feature reads a row where it is without splitting it again. */
  rowLines: number[];
  range: Range;
  /** The line just before the table when it names it (`附件：重点任务分解表`). */
  caption?: string;
}

/** The period a plan states (`（2025—2027年）`, `“十四五”`), and where it says so. */
export interface PlanPeriod {
  start: number;
  end: number;
  source: 'front-matter' | 'title' | 'sentence';
  /** 0-based line where it was read. */
  line: number;
}

export interface ParsedPlan {
  /** The plan period, when the draft states one. */
  period?: PlanPeriod;
  /** Top-level clauses (parts, or paragraphs before the first part), each with its children. */
  clauses: Clause[];
  tables: PlanTable[];
  lineCount: number;
}

import { allClauses, type CorpusIndex, type IndexedDocument } from '../corpus/corpusIndex';
import type { ParsedPlan, PlanTable } from '../model';
import { before, ownText } from './ownText';
import type { SearchClause, SearchCorpus, SearchDocument } from './types';

/**
 * Turns the built corpus index into what the engine searches. A parsed clause's text runs over
 * its children, so each clause contributes only its own text (up to its first child): a hover
 * then shows the item that matches, not the whole part around it. Rows of tables (a 任务分解表)
 * are clauses too, since their cells are the tasks.
 */

/** Table rows shorter than this (after trimming) are not precedents. */
const minClauseLength = 6;

export function fromCorpusIndex(index: CorpusIndex): SearchCorpus {
  const documents: SearchDocument[] = [];
  const clauses: SearchClause[] = [];
  index.documents.forEach((indexed, doc) => {
    documents.push(describeDocument(indexed));
    clauses.push(...documentClauses(indexed.lines, indexed.plan, doc));
  });
  return { documents, clauses };
}

/**
 * The search clauses of one parsed document, `doc` being its index in `SearchCorpus.documents`.
 * Exported for the user's own corpus folders (src/core/userCorpus/toSearchCorpus.ts), which are
 * cut into clauses exactly as the bundled corpus is.
 */
export function documentClauses(lines: string[], plan: ParsedPlan, doc: number): SearchClause[] {
  const clauses: SearchClause[] = [];
  for (const clause of allClauses(plan)) {
    const own = ownText(lines, clause, plan.tables);
    if (!own) continue;
    clauses.push({
      doc,
      text: own.text,
      path: clause.path,
      line: clause.range.start.line,
      targets: clause.targets.filter((t) => before(t.range.start, own.range.end)),
      units: clause.units,
      source: clause,
    });
  }
  // A 任务分解表 row that gives a task its units restates that task (often in other words).
  const taskOfRow = new Map<number, number>();
  for (const clause of clauses) for (const unit of clause.units) if (unit.form === 'table') taskOfRow.set(unit.range.start.line, clause.line);
  for (const table of plan.tables) {
    for (const row of tableRows(lines, table, doc)) {
      const task = taskOfRow.get(row.line);
      clauses.push(task === undefined ? row : { ...row, restates: task });
    }
  }
  return clauses;
}

function describeDocument(indexed: IndexedDocument): SearchDocument {
  const { id, title, region, level, kind, date, period } = indexed.meta;
  const year = date ? Number(date.slice(0, 4)) : period?.from;
  return { id, title, shortName: shortName(title, region, kind), level, region, kind, ...(year === undefined ? {} : { year }), ...(period ? { period } : {}) };
}

/**
 * `浙江省人民政府办公厅关于加快生命健康科技创新发展的实施意见` → `浙江省 加快生命健康科技创新发展实施意见`:
 * the region and what the document is about, without the issuer that a title repeats.
 */
export function shortName(title: string, region: string, kind: string): string {
  const about = title.lastIndexOf('关于');
  let subject = about >= 0 ? title.slice(about + 2) : title;
  if (subject.endsWith(`的${kind}`)) subject = subject.slice(0, -kind.length - 1) + kind;
  // The title may repeat the region, whole or its last part (`上海市浦东新区` … `浦东新区生物医药…`).
  for (let overlap = region.length; overlap >= 2; overlap--) {
    if (subject.startsWith(region.slice(region.length - overlap))) {
      subject = subject.slice(overlap);
      break;
    }
  }
  return `${region} ${subject}`.trim();
}

/** One clause per body row but group rows; the row's line is found by its first cell, searching down the table. */
function tableRows(lines: string[], table: PlanTable, doc: number): SearchClause[] {
  const out: SearchClause[] = [];
  let cursor = table.range.start.line;
  for (const row of table.rows) {
    const cells = row.map((cell) => cell.trim()).filter((cell) => cell !== '');
    const text = cells.join('　');
    // A group row (one filled cell across a wider table) heads the rows under it, as a section
    // title does: it is no clause, and as a result it only repeated a heading.
    if (text.length < minClauseLength || (cells.length === 1 && table.header.length > 1)) continue;
    const first = cells[0]!;
    let line = cursor;
    while (line <= table.range.end.line && !(lines[line] ?? '').includes(first)) line++;
    if (line > table.range.end.line) line = cursor;
    cursor = line;
    out.push({ doc, text, path: table.path, line, targets: [], units: [] });
  }
  return out;
}

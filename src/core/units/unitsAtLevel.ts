import { defaultVocabulary } from '../structure/vocabulary';
import { readLines } from '../structure/lines';
import { adaptUnit, type DraftPlace } from './draftPlace';
import { findInlineUnits } from './inlineUnits';

/**
 * A clause's responsibility notes (`（省教育厅、省财政厅负责）`, `责任单位：省科技厅`) with each body in
 * the draft's level, as unit suggestions name it (`adaptUnit`: 省教育厅 → 市教育局 in a 市 plan). A body
 * with no counterpart at that level (a national one, another place's own) stays as written: which to
 * write instead is the drafter's call. Only the notes change; the clause's own words do not.
 */
export function unitsAtLevel(text: string, place: DraftPlace): string {
  if (!place.level) return text;
  const lines = readLines(text);
  const out = lines.map((line) => {
    let written = line.text;
    // From the line's end back, so the columns of the notes before stay where they were read.
    for (const assignment of findInlineUnits(line, line.contentStart, defaultVocabulary).reverse()) {
      if (assignment.range.start.line !== assignment.range.end.line) continue;
      const { column: start } = assignment.range.start;
      const { column: end } = assignment.range.end;
      let note = written.slice(start, end);
      for (const body of [...assignment.lead, ...assignment.support]) {
        const [adapted] = adaptUnit(body, place);
        if (adapted !== undefined && adapted !== body) note = note.split(body).join(adapted);
      }
      written = written.slice(0, start) + note + written.slice(end);
    }
    return written;
  });
  return out.join('\n');
}

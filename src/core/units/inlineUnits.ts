import type { UnitAssignment } from '../model';
import type { SourceLine } from '../structure/lines';
import type { PlanVocabulary } from '../structure/vocabulary';
import { containsBody, isBody, isNamedMember, isRelatedForm, leadLabels, splitMembers, splitOutsideBrackets, supportLabels } from './bodies';

/**
 * Responsible units written in a clause's own line, in the forms of the spec:
 * 1. annotations `（责任单位：A、B）`, `责任单位：A`, `（牵头单位：A；配合单位：B）`;
 * 2. leads `（A牵头，B按职责分工负责）`, `（A负责）`, `由A负责`, `由A牵头`;
 * 3. a trailing parenthetical whose members are all bodies, `（省发展改革委、省科技厅）`.
 * A body named in running prose (`市投资促进局要会同…`) is deliberately not an assignment.
 * Everything is read from the width-folded line, so `(责任单位:A)` and `（责任单位：A）` are alike.
 */

interface Group {
  open: number;
  close: number;
}

/** Outermost bracket pairs of a folded line, found with one stack pass. */
function bracketGroups(folded: string, from: number): Group[] {
  const groups: Group[] = [];
  const opens: number[] = [];
  for (let at = from; at < folded.length; at++) {
    if (folded[at] === '(') opens.push(at);
    else if (folded[at] === ')' && opens.length > 0) {
      const open = opens.pop() as number;
      if (opens.length === 0) groups.push({ open, close: at });
    }
  }
  return groups;
}

function range(line: SourceLine, start: number, end: number): UnitAssignment['range'] {
  return { start: { line: line.index, column: start }, end: { line: line.index, column: end } };
}

/** Longest member list an annotation is read for; keeps a pathological line linear. */
const longestAnnotation = 300;

/** Where an annotation's member list stops: the closing bracket, `；` before another label, `。`. */
function annotationEnd(folded: string, from: number): number {
  let depth = 0;
  const limit = Math.min(folded.length, from + longestAnnotation);
  for (let at = from; at < limit; at++) {
    const char = folded[at];
    if (char === '(') depth++;
    else if (char === ')' || char === '】' || char === ']') {
      if (depth === 0) return at;
      depth--;
    } else if (depth === 0 && (char === '。' || char === ';' || char === '|' || char === ':')) {
      // A second colon belongs to the next label (`责任单位：A 配合单位：B`); step back over it.
      if (char !== ':') return at;
      let labelStart = at;
      while (labelStart > from && folded[labelStart - 1] !== ',' && folded[labelStart - 1] !== '、' && labelStart > at - 6) labelStart--;
      return labelStart;
    }
  }
  return limit;
}

function readAnnotations(line: SourceLine, from: number, vocabulary: PlanVocabulary): UnitAssignment[] {
  const { folded, text } = line;
  const found: UnitAssignment[] = [];
  for (const [labels, role] of [
    [leadLabels, 'lead'],
    [supportLabels, 'support'],
  ] as const) {
    for (const label of labels) {
      let at = folded.indexOf(label, from);
      while (at >= 0) {
        let colon = at + label.length;
        while (folded[colon] === ' ') colon++;
        if (folded[colon] === ':') {
          const end = annotationEnd(folded, colon + 1);
          const members = splitMembers(text.slice(colon + 1, end)).filter((m) => isNamedMember(m, vocabulary));
          if (members.length > 0) {
            found.push({
              form: 'annotation',
              lead: role === 'lead' ? members : [],
              support: role === 'support' ? members : [],
              range: range(line, at, end),
            });
          }
        }
        at = folded.indexOf(label, at + label.length);
      }
    }
  }
  return mergeAdjacent(found);
}

/** `（牵头单位：A；配合单位：B）` is one assignment written as two labels. */
function mergeAdjacent(found: UnitAssignment[]): UnitAssignment[] {
  found.sort((a, b) => a.range.start.column - b.range.start.column);
  const merged: UnitAssignment[] = [];
  for (const next of found) {
    const previous = merged[merged.length - 1];
    if (previous && next.range.start.column - previous.range.end.column <= 2) {
      previous.lead.push(...next.lead);
      previous.support.push(...next.support);
      previous.range = { start: previous.range.start, end: next.range.end };
    } else {
      merged.push({ ...next, lead: [...next.lead], support: [...next.support] });
    }
  }
  return merged;
}

type Role = 'lead' | 'duty' | 'support';

/** Role endings of a lead segment, longest first so `按职责分工负责` wins over `负责`. */
const roleEndings: [string, Role][] = [
  ['按职责分工负责', 'duty'],
  ['按职责分别负责', 'duty'],
  ['按职责负责', 'duty'],
  ['分工负责', 'duty'],
  ['共同负责', 'duty'],
  ['分别负责', 'duty'],
  ['牵头负责', 'lead'],
  ['负责', 'duty'],
  ['牵头', 'lead'],
  ['配合', 'support'],
  ['参与', 'support'],
];

function readRole(segment: string): { names: string; role: Role } | undefined {
  const trimmed = segment.trim();
  for (const [ending, role] of roleEndings) {
    if (!trimmed.endsWith(ending)) continue;
    const names = trimmed.slice(0, trimmed.length - ending.length);
    return { names: names.startsWith('由') ? names.slice(1) : names, role };
  }
  return undefined;
}

/**
 * A lead group's clauses: `A牵头，B按职责分工负责` splits at `，` and `；`, not at `、`; and at `。`,
 * after which a note may follow (`（工业和信息化部、发展改革委等负责。列第一位者为牵头单位，下同）`).
 */
const segmentSeparators = new Set(['，', ',', '；', ';', '。']);

/** `（A牵头，B按职责分工负责）`, `（A、B牵头）`, `（A负责）`. */
function readLeadGroup(inner: string, vocabulary: PlanVocabulary): { lead: string[]; support: string[] } | undefined {
  const lead: string[] = [];
  const duty: string[] = [];
  const support: string[] = [];
  let hasLeadRole = false;
  for (const segment of splitOutsideBrackets(inner, segmentSeparators)) {
    const role = readRole(segment);
    if (!role) continue;
    const names = splitMembers(role.names);
    // The spec asks that A hold a body: `（省发展改革委、各有关部门按职责分工负责）` names one.
    if (!names.some((name) => containsBody(name, vocabulary))) continue;
    if (role.role === 'lead') {
      hasLeadRole = true;
      lead.push(...names);
    } else if (role.role === 'duty') duty.push(...names);
    else support.push(...names);
  }
  // With a named lead, those "按职责分工负责" support it; alone, they are the responsible units.
  if (hasLeadRole) return { lead, support: [...duty, ...support] };
  if (duty.length > 0) return { lead: duty, support };
  return undefined;
}

function isTrailing(folded: string, after: number): boolean {
  for (let at = after; at < folded.length; at++) {
    const char = folded[at];
    if (!(char === '。' || char === ';' || char === '.' || char === ' ' || char === '\t' || char === '*')) return false;
  }
  return true;
}

function readBracketed(line: SourceLine, from: number, vocabulary: PlanVocabulary, annotated: UnitAssignment[]): UnitAssignment[] {
  const found: UnitAssignment[] = [];
  // Both lists are in column order: walk them together instead of testing every pair.
  let next = 0;
  for (const group of bracketGroups(line.folded, from)) {
    let following = annotated[next];
    while (following && following.range.start.column <= group.open) following = annotated[++next];
    if (following && following.range.start.column < group.close) continue;
    const inner = line.text.slice(group.open + 1, group.close);
    const leads = readLeadGroup(inner, vocabulary);
    if (leads) {
      found.push({ form: 'lead', ...leads, range: range(line, group.open, group.close + 1) });
      continue;
    }
    if (!isTrailing(line.folded, group.close + 1)) continue;
    const members = splitMembers(inner);
    // Form 3: bodies, with the vague "related" forms allowed beside them (`（市经济信息化委、市科委、相关区）`).
    const bodies = members.filter((member) => isBody(member, vocabulary));
    if (bodies.length > 0 && members.every((member) => bodies.includes(member) || isRelatedForm(member))) {
      found.push({ form: 'parenthetical', lead: members, support: [], range: range(line, group.open, group.close + 1) });
    }
  }
  return found;
}

/** Stops a `由…` candidate: punctuation that ends the phrase before any `负责`/`牵头`. */
const phraseStops = new Set(['，', ',', '。', ';', '；', ':', '：', '(', ')', '!', '?']);
const longestLeadPhrase = 40;

/** Words between the names and `负责` that are not part of a name: `由A、B共同负责`. */
const leadModifiers = ['按职责分工', '按职责', '共同', '分别', '统筹', '具体'];

/** The names of `由…负责`: `A、B`, `A和B`, `A会同B` (B supports). */
function readLeadNames(written: string, vocabulary: PlanVocabulary): { lead: string[]; support: string[] } | undefined {
  let names = written.trim();
  for (const modifier of leadModifiers) if (names.endsWith(modifier)) names = names.slice(0, -modifier.length);
  const [first = '', ...others] = names.split('会同');
  // Split at 和/及/与 first; when that breaks a name (省发展和改革委员会), read the names whole.
  const attempts = [(part: string) => splitMembers(part.replace(/[和及与]/g, '、')), (part: string) => splitMembers(part)];
  for (const split of attempts) {
    const lead = split(first);
    const support = others.flatMap(split);
    if (lead.length > 0 && [...lead, ...support].every((name) => isBody(name, vocabulary))) return { lead, support };
  }
  return undefined;
}

/** `由A负责`, `由A牵头`, `由A、B负责`, `由A会同B负责`. */
function readByLead(line: SourceLine, from: number, vocabulary: PlanVocabulary): UnitAssignment[] {
  const { folded, text } = line;
  const found: UnitAssignment[] = [];
  if (!folded.includes('负责', from) && !folded.includes('牵头', from)) return found;
  let at = folded.indexOf('由', from);
  while (at >= 0) {
    const limit = Math.min(folded.length, at + 1 + longestLeadPhrase);
    for (let end = at + 1; end < limit && !phraseStops.has(folded.charAt(end)); end++) {
      if (!folded.startsWith('负责', end) && !folded.startsWith('牵头', end)) continue;
      const byLead = readLeadNames(text.slice(at + 1, end), vocabulary);
      if (byLead) found.push({ form: 'lead', ...byLead, range: range(line, at, end + 2) });
      break;
    }
    at = folded.indexOf('由', at + 1);
  }
  return found;
}

/** Every assignment written on `line` from column `from` on, in the order written. */
export function findInlineUnits(line: SourceLine, from: number, vocabulary: PlanVocabulary): UnitAssignment[] {
  const annotations = readAnnotations(line, from, vocabulary);
  const all = [...annotations, ...readBracketed(line, from, vocabulary, annotations), ...readByLead(line, from, vocabulary)];
  return all.sort((a, b) => a.range.start.column - b.range.start.column);
}

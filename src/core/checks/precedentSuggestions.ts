import type { Quantity, Target, UnitAssignment } from '../model';
import { byRemit, remitFit } from '../units/remits';

/**
 * Turns the closest corpus precedents of a draft clause into what a quick fix offers: the units
 * they assign ("as in 浙江…") and how they quantified a comparable target. The precedents come from
 * the retrieval engine, best first; this module only reads their parsed structure.
 */

/** A precedent clause as the retrieval engine returns it: what it assigns and what it targets. */
export interface Precedent {
  /** A short name of the precedent's document, e.g. `浙江 生命健康实施意见`. */
  source: string;
  /** How far the precedent is to be trusted, 0–1 (`precedents/confidence.ts`). */
  confidence: number;
  units: readonly UnitAssignment[];
  targets: readonly Target[];
}

export interface UnitSuggestion {
  /** Lead bodies first, then supporting ones, each once. */
  units: string[];
  source: string;
}

export interface QuantitySuggestion {
  quantity: Quantity;
  /** The phrase the quantity measures, when the parser found one. */
  metric?: string;
  source: string;
  /** The precedent's target statement, to show beside the fix. */
  example: string;
}

/** More names than this make an annotation nobody would copy whole. */
const maxUnits = 5;

/**
 * Units of the first precedents that assign any, one suggestion per distinct list. A precedent's
 * units are a suggestion only when it is a close match (`floor`, the confidence under which the
 * hover says the corpus holds no close precedent: a loose match's bodies are another topic's), and
 * only its bodies whose remit the clause speaks of or that serve every sector (`remits.ts`): a
 * life-health precedent's 卫生健康委 is no body for a 工业互联网 task. Those of the clause's remit
 * come first.
 */
export function unitSuggestions(precedents: readonly Precedent[], clause: string, floor: number, limit = 2): UnitSuggestion[] {
  const out: UnitSuggestion[] = [];
  const seen = new Set<string>();
  for (const { source, confidence, units: assigned } of precedents) {
    if (confidence < floor) continue;
    const fitting = [...new Set(assigned.flatMap((u) => [...u.lead, ...u.support]))].filter((unit) => remitFit(unit, clause) !== 'off');
    const units = byRemit(fitting, clause).slice(0, maxUnits);
    const key = units.join('、');
    if (units.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push({ units, source });
    if (out.length === limit) break;
  }
  return out;
}

/** The first quantified target of each precedent that has one, distinct by how it is quantified. */
export function quantitySuggestions(precedents: readonly Precedent[], limit = 2): QuantitySuggestion[] {
  const out: QuantitySuggestion[] = [];
  const seen = new Set<string>();
  for (const { source, targets } of precedents) {
    const target = targets.find((t) => t.quantities.length > 0);
    const quantity = target?.quantities[0];
    if (!target || !quantity) continue;
    const key = `${target.metric ?? ''}|${quantity.kind}|${quantity.unit ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ quantity, metric: target.metric, source, example: target.text });
    if (out.length === limit) break;
  }
  return out;
}

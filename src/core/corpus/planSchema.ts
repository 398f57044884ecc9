import { z } from 'zod';
import type { Clause, ParsedPlan } from '../model';

/**
 * zod mirror of the parsed-plan contract in ../model.ts, used to validate the built index on load.
 * The `satisfies` clauses make the compiler fail here when model.ts changes and this file does not.
 */

const PositionSchema = z.strictObject({ line: z.number().int().min(0), column: z.number().int().min(0) });
const RangeSchema = z.strictObject({ start: PositionSchema, end: PositionSchema });

export const UnitAssignmentSchema = z.strictObject({
  form: z.enum(['annotation', 'lead', 'parenthetical', 'table']),
  lead: z.array(z.string()),
  support: z.array(z.string()),
  range: RangeSchema,
});

const QuantitySchema = z.strictObject({
  kind: z.enum(['count', 'percent', 'range', 'multiplier', 'coverage', 'scale']),
  raw: z.string(),
  value: z.number().optional(),
  upper: z.number().optional(),
  unit: z.string().optional(),
  qualifier: z.string().optional(),
});

export const TargetSchema = z.strictObject({
  text: z.string(),
  range: RangeSchema,
  deadline: z.number().int().optional(),
  quantities: z.array(QuantitySchema),
  metric: z.string().optional(),
});

export const ClauseSchema: z.ZodType<Clause> = z.strictObject({
  kind: z.enum(['part', 'section', 'item', 'dash', 'paragraph']),
  number: z.string().optional(),
  title: z.string().optional(),
  text: z.string(),
  path: z.array(z.string()),
  range: RangeSchema,
  units: z.array(UnitAssignmentSchema),
  targets: z.array(TargetSchema),
  get children() {
    return z.array(ClauseSchema);
  },
  runIn: z.array(z.strictObject({ number: z.string(), text: z.string(), range: RangeSchema })).optional(),
});

const PlanTableSchema = z.strictObject({
  path: z.array(z.string()),
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  rowLines: z.array(z.number().int().min(0)),
  range: RangeSchema,
  caption: z.string().optional(),
});

const PlanPeriodSchema = z.strictObject({
  start: z.number().int(),
  end: z.number().int(),
  source: z.enum(['front-matter', 'title', 'sentence']),
  line: z.number().int().min(0),
});

export const ParsedPlanSchema = z.strictObject({
  period: PlanPeriodSchema.optional(),
  clauses: z.array(ClauseSchema),
  tables: z.array(PlanTableSchema),
  lineCount: z.number().int().min(0),
}) satisfies z.ZodType<ParsedPlan>;

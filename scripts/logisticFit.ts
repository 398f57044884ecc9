/**
 * The two fits the confidence is measured with (scripts/calibrateConfidence.ts,
 * scripts/analyseConfidence.ts). Features are small (0–1 or z-scores); the intercept comes first.
 */

export interface Sample {
  x: number[];
  y: boolean;
  /** How much the sample counts (1 when absent): weighs two corpora alike however many candidates each gives. */
  weight?: number;
}

export interface FitOptions {
  steps?: number;
  rate?: number;
  /** L2 penalty on the weights (not the intercept). */
  penalty?: number;
}

const logistic = (z: number): number => 1 / (1 + Math.exp(-z));
const dot = (w: readonly number[], x: readonly number[], from: number): number => x.reduce((sum, v, i) => sum + v * w[i + from]!, 0);

/** Logistic regression by gradient descent with a light L2 penalty: [intercept, ...weights]. */
export function fitLogistic(samples: readonly Sample[], options: FitOptions = {}): number[] {
  const { steps = 20_000, rate = 0.5, penalty = 1e-3 } = options;
  const width = samples[0]!.x.length + 1;
  const w = new Array<number>(width).fill(0);
  const total = samples.reduce((sum, s) => sum + (s.weight ?? 1), 0);
  for (let step = 0; step < steps; step++) {
    const grad = new Array<number>(width).fill(0);
    for (const { x, y, weight = 1 } of samples) {
      const error = (logistic(w[0]! + dot(w, x, 1)) - (y ? 1 : 0)) * weight;
      grad[0]! += error;
      x.forEach((v, i) => (grad[i + 1]! += error * v));
    }
    for (let i = 0; i < width; i++) w[i]! -= rate * (grad[i]! / total + (i > 0 ? penalty * w[i]! : 0));
  }
  return w;
}

/**
 * A conditional logit: which of one query's candidates are the precedents, learnt from the order
 * within each query only (no intercept: a query's own level cancels). Groups without both a
 * precedent and another candidate teach nothing and are left out.
 */
export function fitWithinQuery(groups: readonly (readonly Sample[])[], options: FitOptions = {}): number[] {
  const { steps = 4_000, rate = 0.2, penalty = 1e-3 } = options;
  const useful = groups.filter((g) => g.some((s) => s.y) && g.some((s) => !s.y));
  const width = groups.find((g) => g.length > 0)?.[0]?.x.length ?? 0;
  const w = new Array<number>(width).fill(0);
  for (let step = 0; step < steps && useful.length > 0; step++) {
    const grad = new Array<number>(width).fill(0);
    for (const group of useful) {
      const e = group.map((s) => Math.exp(dot(w, s.x, 0)));
      const sum = e.reduce((a, b) => a + b, 0);
      const positives = group.filter((s) => s.y).length;
      group.forEach((s, j) => s.x.forEach((v, i) => (grad[i]! += v * ((positives * e[j]!) / sum - (s.y ? 1 : 0)))));
    }
    for (let i = 0; i < width; i++) w[i]! -= rate * (grad[i]! / useful.length + penalty * w[i]!);
  }
  return w;
}

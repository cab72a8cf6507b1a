import type { SimulatedStep, SimulationComparison } from '../api/definitionTypes';

// The pure side of the comparison view: which definition to compare with by default, the two
// timelines laid out row by row, and the numbers as the view prints them.

/** One line of the side-by-side table: the n-th step of each run (either may have ended sooner). */
export interface CompareRow {
  index: number;
  a?: SimulatedStep;
  b?: SimulatedStep;
}

/** The two timelines side by side, step by step, in the order their steps ended. */
export function alignRows(a: SimulatedStep[], b: SimulatedStep[]): CompareRow[] {
  const rows: CompareRow[] = [];
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    rows.push({ index, a: a[index], b: b[index] });
  }
  return rows;
}

/**
 * The definition to compare the open one with when the designer has not chosen: its legacy
 * procedure (`rural-housing` → `rural-housing-legacy`), or for a legacy one the reformed matter;
 * otherwise none (the designer picks).
 */
export function defaultCounterpart(id: string, ids: readonly string[]): string | undefined {
  const legacy = `${id}-legacy`;
  if (ids.includes(legacy)) return legacy;
  const reformed = id.endsWith('-legacy') ? id.slice(0, -'-legacy'.length) : undefined;
  if (reformed && ids.includes(reformed)) return reformed;
  return undefined;
}

/** Working days to one decimal, as the CLI prints them: 11.9, 58, 0.5. */
export function formatDays(days: number): string {
  const rounded = Math.round(days * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** `2026-03-02T09:00:00+08:00` → `03-02 09:00`, in the instant's own offset (the calendar's zone). */
export function shortTime(instant: string): string {
  const match = /^\d{4}-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(instant);
  return match ? `${match[1]}-${match[2]} ${match[3]}:${match[4]}` : instant;
}

/** The totals line's numbers: both runs' working days, how many fewer the faster needs and how many times faster it is. */
export interface CompareTotals {
  a: string;
  b: string;
  /** Which run is faster; undefined when both take the same working time. */
  faster?: 'a' | 'b';
  /** Working days saved by the faster run, positive. */
  saved: string;
  /** Slower ÷ faster, to one decimal; undefined when the faster run took no working time. */
  times?: string;
}

export function totalsOf(comparison: SimulationComparison): CompareTotals {
  const { a, b } = comparison;
  const difference = b.workingDays - a.workingDays;
  const faster = Math.abs(difference) < 0.05 ? undefined : difference < 0 ? 'b' : 'a';
  const [slow, fast] = faster === 'a' ? [b, a] : [a, b];
  return {
    a: formatDays(a.workingDays),
    b: formatDays(b.workingDays),
    faster,
    saved: formatDays(Math.abs(difference)),
    times: faster && fast.workingDays > 0 ? (slow.workingDays / fast.workingDays).toFixed(1) : undefined,
  };
}

/** Who held a step: its units one by one, or the applicant / the system as the engine names them. */
export function holderOf(step: SimulatedStep): string {
  return step.units.length > 0 ? step.units.join('、') : step.holder;
}

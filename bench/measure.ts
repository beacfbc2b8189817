/** Shared by the benchmarks: one JSON line per measurement, median of several timed runs. */

export interface Measurement {
  readonly bench: string;
  readonly rows: number;
  readonly ms: number;
  /** Apps Script service calls, where they apply. */
  readonly calls?: number;
}

export type Report = (m: Measurement) => void;

export const printMeasurement: Report = (m) => console.log(JSON.stringify(m));

/** Median wall time in ms of `runs` runs after one warm-up, so one slow run does not decide. */
export function time(fn: () => unknown, runs = 7): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(runs / 2)]! * 10) / 10;
}

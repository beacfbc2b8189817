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
  return median(times);
}

/** time() for an asynchronous `fn`: median wall time in ms of `runs` awaited runs after one warm-up. */
export async function timeAsync(fn: () => Promise<unknown>, runs = 3): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

function median(times: number[]): number {
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]! * 10) / 10;
}

/**
 * Remembers the global Apps Script services `names` (set by a bench to its fakes) and returns
 * the function that puts them back as they were, so one bench leaves nothing behind for the next.
 */
export function saveGlobals(names: readonly string[]): () => void {
  const g = globalThis as Record<string, unknown>;
  const saved = names.map((name) => ({ name, had: name in g, value: g[name] }));
  return () => {
    for (const { name, had, value } of saved) {
      if (had) g[name] = value;
      else delete g[name];
    }
  };
}

/** A bench job whose budget issue 11 sets: `BENCH <job> rows=<n> calls=<k> ms=<t>` (one machine-readable line). */
export type BenchJob = 'report' | 'setup' | 'recompute' | 'daily' | 'docx' | 'rollup' | 'rollup-growth';

/**
 * Prints one machine-readable line, `BENCH <job> key=value …`, in the order the fields are given
 * (e.g. `BENCH recompute rows=1000 calls=24 ms=180.2`).
 */
export function printBench(job: BenchJob, fields: Readonly<Record<string, number>>): void {
  console.log(`BENCH ${job} ${Object.entries(fields).map(([k, v]) => `${k}=${v}`).join(' ')}`);
}

/**
 * The offline Sở roll-up at 250 / 500 / 1,000 schools (issue 14: 50 indicators and 40 tasks
 * each): a folder of snapshot files through `cds-tracker rollup` (read, validate, roll up, write
 * the Sở workbook), each size in a child process so its peak memory is its own. Prints
 * `BENCH rollup schools=<n> ms=<t> mb=<peak MB> core_ms=<rollUp alone>` per size, then the growth
 * check `BENCH rollup-growth per_school_ratio=<ms per school at 1,000 ÷ at 250>`, and throws when
 * that ratio shows clearly superlinear growth (above GROWTH_LIMIT; linear is about 1).
 *
 * Run alone: `node scripts/run-ts.mjs bench/rollup.ts`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { calendarDate } from '../src/core/date';
import { rollUp } from '../src/core/rollup/rollup';
import { runRollup } from '../src/cli/rollup';
import { DEFAULT_SNAPSHOT_DEPS } from '../src/cli/snapshot';
import { generatedSnapshots } from '../test/support/rollupSnapshots';
import { printBench, time } from './measure';

const SIZES = [250, 500, 1000] as const;
const INDICATORS = 50;
const TASKS = 40;
/** ms per school at 1,000 over ms per school at 250: linear ≈ 1, quadratic ≈ 4. */
const GROWTH_LIMIT = 2;
const AS_OF = calendarDate(2026, 10, 20);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function peakKiB(): number {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}

function snapshotsOf(n: number) {
  return generatedSnapshots(n, 14, { indicators: INDICATORS, tasks: TASKS });
}

function writeFolder(n: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cds-rollup-${n}-`));
  for (const s of snapshotsOf(n)) fs.writeFileSync(path.join(dir, `${s.schoolId}.json`), JSON.stringify(s));
  return dir;
}

/** The child: one `rollup` of the folder, its wall time and peak memory on stdout. */
async function child(dir: string): Promise<void> {
  const out = path.join(dir, '..', `${path.basename(dir)}-tong-hop.xlsx`);
  const quiet = { ...DEFAULT_SNAPSHOT_DEPS, log: () => {}, error: (line: string) => console.error(line) };
  const t0 = performance.now();
  const code = await runRollup([dir, '--out', out, '--ngay', '20/10/2026'], quiet);
  const ms = performance.now() - t0;
  fs.rmSync(out, { force: true });
  if (code !== 0) throw new Error(`rollup exited ${code}`);
  console.log(`ROLLUP_MS ${ms.toFixed(1)} PEAK_KIB ${peakKiB()}`);
}

export async function benchRollup(): Promise<void> {
  const perSchool: number[] = [];
  for (const n of SIZES) {
    const dir = writeFolder(n);
    try {
      const snapshots = snapshotsOf(n);
      const coreMs = time(() => rollUp(snapshots, AS_OF), 5);
      const out = execFileSync(process.execPath, [path.join(ROOT, 'scripts/run-ts.mjs'), path.join(ROOT, 'bench/rollup.ts'), '--child', dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
      const m = /ROLLUP_MS ([\d.]+) PEAK_KIB (\d+)/.exec(out);
      if (!m) throw new Error(`bench child printed no figures: ${out}`);
      const ms = Number(m[1]);
      perSchool.push(ms / n);
      printBench('rollup', { schools: n, ms, mb: Math.round(Number(m[2]) / 1024), core_ms: coreMs });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const ratio = Math.round((perSchool[perSchool.length - 1]! / perSchool[0]!) * 100) / 100;
  printBench('rollup-growth', { per_school_ratio: ratio });
  if (ratio > GROWTH_LIMIT) throw new Error(`rollup grows superlinearly: ms per school at ${SIZES[SIZES.length - 1]} is ${ratio}× that at ${SIZES[0]} (limit ${GROWTH_LIMIT})`);
}

if (process.argv[1]?.endsWith(path.join('bench', 'rollup.ts'))) {
  if (process.argv[2] === '--child') await child(process.argv[3]!);
  else await benchRollup();
}

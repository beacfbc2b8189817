/**
 * Offline .docx at 5,600 table rows (issue 11 budget): the core OOXML writer against the former
 * `docx`-package renderer (bench/docxPackage.ts), timed in the same run, and the writer's peak
 * memory measured in a child process (so the package's own garbage does not count). Prints
 * `BENCH docx rows=5600 ms=<t> mb=<peak MB> ratio=<package time ÷ writer time>`.
 *
 * Run alone: `node scripts/run-ts.mjs bench/docx.ts`. The child (`… bench/docx.ts --child`)
 * builds the plan, the model and the document and writes the .docx, then prints its peak resident
 * memory (VmHWM; maxRSS off Linux): an upper bound for the writer's.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildReportDocument, type ReportDocument } from '../src/core/report/document';
import { buildReport } from '../src/core/report/model';
import { reportDocxBytes } from '../src/core/report/ooxml';
import { planWithRows } from '../test/support/reportPlans';
import { reportDocxBuffer as docxPackageBuffer } from './docxPackage';
import { printBench, time, timeAsync } from './measure';

const ROWS = 5600;
/** planWithRows(5628) makes a report of exactly 5,600 table rows (some indicator rows fold into their groups). */
const PLAN_ROWS = 5628;
const Q3 = { kind: 'quarter', year: 2026, quarter: 3 } as const;
const ISSUED = { year: 2026, month: 10, day: 15 };
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function benchDocument(): { doc: ReportDocument; tableRows: number } {
  const plan = planWithRows(PLAN_ROWS, { links: true });
  const model = buildReport(plan, Q3, ISSUED);
  return { doc: buildReportDocument(model, plan.settings.schoolName), tableRows: model.indicators.rows.length + model.tasks.rows.length };
}

function peakKiB(): number {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}

/** The child: the whole offline report at ROWS table rows, then its peak memory in KiB on stdout. */
function child(): void {
  const { doc } = benchDocument();
  const bytes = reportDocxBytes(doc);
  if (bytes.length === 0) throw new Error('empty .docx');
  console.log(`PEAK_KIB ${peakKiB()}`);
}

export async function benchDocx(): Promise<void> {
  const { doc, tableRows } = benchDocument();
  if (tableRows !== ROWS) throw new Error(`bench document has ${tableRows} table rows, not ${ROWS}`);
  const ms = time(() => reportDocxBytes(doc), 5);
  const packageMs = await timeAsync(() => docxPackageBuffer(doc), 1);
  const out = execFileSync(process.execPath, [path.join(ROOT, 'scripts/run-ts.mjs'), path.join(ROOT, 'bench/docx.ts'), '--child'], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const kib = Number(/PEAK_KIB (\d+)/.exec(out)?.[1]);
  printBench('docx', { rows: ROWS, ms, mb: Math.round(kib / 1024), ratio: Math.round((packageMs / ms) * 10) / 10 });
}

if (process.argv[1]?.endsWith(path.join('bench', 'docx.ts'))) {
  if (process.argv[2] === '--child') child();
  else await benchDocx();
}

/**
 * `npm run bench`: performance figures. The jobs issue 11 budgets print one machine-readable line
 * each, `BENCH <job> rows=<n> calls=<k> ms=<t>` (report, setup, recompute, daily at 100 / 1,000 /
 * 10,000 rows; `BENCH docx rows=5600 ms=<t> mb=<peak MB> ratio=<docx package ÷ our writer>`);
 * the other figures are one JSON line per measurement ({"bench", "rows", "ms", "calls"}).
 * Each area adds its benchmark module to the list below.
 */
import { benchCustomFunctions } from './customFunctions';
import { benchDocx } from './docx';
import { printMeasurement } from './measure';
import { benchRecompute } from './recompute';
import { benchRollup } from './rollup';
import { benchReport } from './report';
import { benchReminders } from './reminders';
import { benchSetup } from './setup';

const BENCHES: readonly ((report: typeof printMeasurement) => void | Promise<void>)[] = [
  benchCustomFunctions,
  benchSetup,
  benchRecompute,
  benchReminders,
  benchReport,
  benchDocx,
  benchRollup,
];

for (const bench of BENCHES) await bench(printMeasurement);

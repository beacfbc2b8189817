/**
 * `npm run bench`: performance figures, one JSON line per measurement
 * ({"bench", "rows", "ms", "calls"}). Each area adds its benchmark module to the list below.
 */
import { benchCustomFunctions } from './customFunctions';
import { printMeasurement } from './measure';
import { benchRecompute } from './recompute';
import { benchReport } from './report';
import { benchReminders } from './reminders';

const BENCHES: readonly ((report: typeof printMeasurement) => void | Promise<void>)[] = [
  benchCustomFunctions,
  benchRecompute,
  benchReport,
  benchReminders,
];

for (const bench of BENCHES) await bench(printMeasurement);

/**
 * `npm run bench`: performance figures, one JSON line per measurement
 * ({"bench", "rows", "ms", "calls"}). Each area adds its benchmark module to the list below.
 */
import { benchCustomFunctions } from './customFunctions';
import { printMeasurement } from './measure';

const BENCHES: readonly ((report: typeof printMeasurement) => void | Promise<void>)[] = [
  benchCustomFunctions,
  // issue 3: recompute at 100 / 1,000 / 10,000 rows
  // issue 4: report at 30 / 300 / 3,000 table rows
  // issue 5: reminder run over 1,000 and 10,000 occurrences
];

for (const bench of BENCHES) await bench(printMeasurement);

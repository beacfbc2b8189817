/**
 * `npm run preview` (scripts/preview.mjs) runs this to write the sample consolidated report of a
 * Sở (src/sample/soRollup.ts: 300 generated schools, a roster school that never sent, the roll-up
 * as of 15/10/2026) as .docx into the folder given, and prints the file's path.
 */
import fs from 'node:fs';
import path from 'node:path';
import { reportDocxBuffer } from '../src/cli/docx';
import { buildRollupReport, buildRollupReportDocument, rollupReportFileStem } from '../src/core/report/rollupReport';
import { rollUp } from '../src/core/rollup/rollup';
import { SAMPLE_ROLLUP_AS_OF, SAMPLE_SO_SETTINGS, sampleSnapshots } from '../src/sample/soRollup';

const out = path.resolve(process.argv[2] ?? 'out/preview');
const count = Number(process.argv[3] ?? 300);
const rollup = rollUp(sampleSnapshots(count), SAMPLE_ROLLUP_AS_OF, { roster: [{ schoolId: 'HP9001', schoolName: 'Trường THCS Hòa Bình' }] });
const model = buildRollupReport(rollup, SAMPLE_SO_SETTINGS, { kind: 'quarter', year: 2026, quarter: 3 }, SAMPLE_ROLLUP_AS_OF);
const file = path.join(out, `${rollupReportFileStem(model)}.docx`);
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(file, await reportDocxBuffer(buildRollupReportDocument(model)));
console.log(file);

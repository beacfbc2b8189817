/**
 * Cập nhật đánh giá & tiến độ on the in-memory spreadsheet fake (the same code path as Apps
 * Script, service calls counted) at 100 / 1,000 / 10,000 indicators and tasks. The first run
 * appends the missing Tiến độ rows; the figure is the median of re-runs (the daily case).
 */
import { recomputeSpreadsheet } from '../src/gas/recompute';
import { CallLog } from '../test/fakes/calls';
import { FakeSpreadsheet } from '../test/fakes/spreadsheet';
import { fillSpreadsheet, generatedPlan } from '../test/support/sheetPlans';
import { printBench, type Report, time } from './measure';

const NOW = new Date('2026-10-15T03:00:00Z');

/** Staff's (or the .xlsx template's) TODAY() formula in every «Quá hạn (ngày)» cell of Tiến độ. */
function overdueFormulas(spreadsheet: FakeSpreadsheet): void {
  const progress = spreadsheet.sheet('Tiến độ');
  const column = progress.values[0]!.indexOf('Quá hạn (ngày)') + 1;
  for (let r = 2; r <= progress.extent().lastRow; r++) progress.putFormula(r, column, `=IF(F${r}="";MAX(0;TODAY()-D${r});0)`, 0);
}

export function benchRecompute(report: Report): void {
  const cases = [100, 1_000, 10_000].map((rows) => ({ rows, formulas: false })).concat([{ rows: 1_000, formulas: true }]);
  for (const { rows, formulas } of cases) {
    const log = new CallLog();
    const spreadsheet = new FakeSpreadsheet(log);
    fillSpreadsheet(spreadsheet, generatedPlan(rows));
    const run = () => recomputeSpreadsheet(spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, NOW);
    run(); // appends the missing Tiến độ rows
    if (formulas) overdueFormulas(spreadsheet);
    const progressRows = spreadsheet.sheet('Tiến độ').snapshot().length - 1;
    log.clear();
    run();
    const calls = log.calls.length;
    const note = formulas ? ', công thức ở mọi ô «Quá hạn (ngày)»' : '';
    const ms = time(run, 5);
    report({ bench: `recompute (${rows} chỉ tiêu + ${rows} nhiệm vụ, ${progressRows} dòng Tiến độ${note})`, rows, ms, calls });
    if (!formulas) printBench('recompute', { rows, calls, ms });
  }
}

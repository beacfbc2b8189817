/**
 * Cập nhật đánh giá & tiến độ on the in-memory spreadsheet fake (the same code path as Apps
 * Script, service calls counted) at 100 / 1,000 / 10,000 indicators and tasks. The first run
 * appends the missing Tiến độ rows; the figure is the median of re-runs (the daily case).
 */
import { recomputeSpreadsheet } from '../src/gas/recompute';
import { CallLog } from '../test/fakes/calls';
import { FakeSpreadsheet } from '../test/fakes/spreadsheet';
import { fillSpreadsheet, generatedPlan } from '../test/support/sheetPlans';
import { type Report, time } from './measure';

const NOW = new Date('2026-10-15T03:00:00Z');

export function benchRecompute(report: Report): void {
  for (const rows of [100, 1_000, 10_000]) {
    const log = new CallLog();
    const spreadsheet = new FakeSpreadsheet(log);
    fillSpreadsheet(spreadsheet, generatedPlan(rows));
    const run = () => recomputeSpreadsheet(spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, NOW);
    run(); // appends the missing Tiến độ rows
    const progressRows = spreadsheet.sheet('Tiến độ').snapshot().length - 1;
    log.clear();
    run();
    const calls = log.calls.length;
    report({ bench: `recompute (${rows} chỉ tiêu + ${rows} nhiệm vụ, ${progressRows} dòng Tiến độ)`, rows, ms: time(run, 5), calls });
  }
}

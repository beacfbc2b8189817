import { it, vi } from 'vitest';
import { setUpSpreadsheet } from '../../src/gas/setUp';
import { recomputeSpreadsheet } from '../../src/gas/recompute';
import { asGas, Button, installGasFakes } from '../fakes';
import { fillSpreadsheet, generatedPlan } from '../support/sheetPlans';
import { writeFileSync } from 'node:fs';
const NOW = new Date('2026-10-15T03:00:00Z');
it('probe', () => {
  const out: Record<string, unknown> = {};
  const tally = (calls: { service: string; method: string }[]) => { const m: Record<string, number> = {}; for (const c of calls) m[`${c.service}.${c.method}`] = (m[`${c.service}.${c.method}`] ?? 0) + 1; return m; };
  for (const [label, resp] of [['blank', Button.NO], ['sample', Button.YES]] as const) {
    const f = installGasFakes(); f.spreadsheetApp.ui.alertResponse = resp;
    setUpSpreadsheet(asGas(f.spreadsheetApp.spreadsheet), asGas(f.spreadsheetApp.ui), NOW);
    out[label] = { total: f.log.calls.length, by: tally(f.log.calls) }; vi.unstubAllGlobals();
  }
  { const f = installGasFakes(); fillSpreadsheet(f.spreadsheetApp.spreadsheet, generatedPlan(20)); f.spreadsheetApp.ui.alertResponse = Button.YES;
    f.log.clear(); setUpSpreadsheet(asGas(f.spreadsheetApp.spreadsheet), asGas(f.spreadsheetApp.ui), NOW);
    out.rerun = { total: f.log.calls.length, by: tally(f.log.calls) }; vi.unstubAllGlobals(); }
  { const f = installGasFakes(); fillSpreadsheet(f.spreadsheetApp.spreadsheet, generatedPlan(10)); f.log.clear();
    recomputeSpreadsheet(asGas(f.spreadsheetApp.spreadsheet), NOW);
    out.recompute = { total: f.log.calls.length, by: tally(f.log.calls) }; vi.unstubAllGlobals(); }
  writeFileSync(process.env.PROBE_OUT ?? '/tmp/dtigas/probe.json', JSON.stringify(out, null, 1));
});

/**
 * The report at 30 / 300 / 3,000 table rows: DocumentApp calls (against the recording fake, as
 * Apps Script would count them) and wall time for model + layout + Google Doc, and for the .docx.
 * Calls must grow no faster than linearly in rows (in fact: only with group rows and links).
 */
import { reportDocxBuffer } from '../src/cli/docx';
import { buildReportDocument, type TableBlock } from '../src/core/report/document';
import { buildReport } from '../src/core/report/model';
import { writeReportDoc } from '../src/gas/reportDoc';
import { styleTablesWithDocsApi } from '../src/gas/reportDocApi';
import { FakeDocsApi } from '../test/fakes/docsApi';
import { CallLog } from '../test/fakes/calls';
import { documentCalls, FakeDocumentApp } from '../test/fakes/documentApp';
import { planWithRows } from '../test/support/reportPlans';
import { type Report, saveGlobals, time, timeAsync } from './measure';

const Q3 = { kind: 'quarter', year: 2026, quarter: 3 } as const;
const ISSUED = { year: 2026, month: 10, day: 15 };

export async function benchReport(report: Report): Promise<void> {
  const global = globalThis as Record<string, unknown>;
  const restore = saveGlobals(['DocumentApp', 'Docs']);
  try {
    for (const rows of [30, 300, 3000]) {
      const plan = planWithRows(rows, { links: true });
      const model = buildReport(plan, Q3, ISSUED);
      const tableRows = model.indicators.rows.length + model.tasks.rows.length;
      const log = new CallLog();
      const gas = () => {
        log.clear();
        const app = new FakeDocumentApp(log);
        global.DocumentApp = app;
        global.Docs = new FakeDocsApi(app, log);
        const doc = buildReportDocument(buildReport(plan, Q3, ISSUED), plan.settings.schoolName);
        const { id } = writeReportDoc(doc, () => ({}) as GoogleAppsScript.Base.Blob);
        styleTablesWithDocsApi(id, doc.blocks.filter((b): b is TableBlock => b.kind === 'table'));
      };
      gas();
      const calls = documentCalls(log) + log.count('Docs');
      report({ bench: 'report: Google Doc (DocumentApp + Docs API calls, fakes)', rows: tableRows, ms: time(gas, 5), calls });

      const doc = buildReportDocument(model, plan.settings.schoolName);
      report({ bench: 'report: .docx', rows: tableRows, ms: await timeAsync(() => reportDocxBuffer(doc)) });
    }
  } finally {
    restore();
  }
}

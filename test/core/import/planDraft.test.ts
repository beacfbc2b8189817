import { describe, expect, it } from 'vitest';
import { readDocxBody, type DocxBody } from '../../../src/core/import/docxBody';
import { readPlanDraft } from '../../../src/core/import/planDraft';
import { applyImportWrites, importPreviewLines, planImport } from '../../../src/sheet/importPlan';
import { planTabs } from '../../../src/sheet/planTabs';
import { readWorkbook } from '../../../src/sheet/workbook';
import { anLaoDocx, LE_LOI_INDICATOR_ROWS, LE_LOI_TASK_ROWS, thcsOtherStyleDocx, tranDuongDocx } from '../../support/planDocx';

function body(bytes: Uint8Array): DocxBody {
  const r = readDocxBody(bytes);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('readPlanDraft with the table and header readers', () => {
  it('An Lão: 22 indicators in 4 groups, 29 tasks in 7 groups, Cấu hình from the header, in document order', async () => {
    const d = readPlanDraft(body(await anLaoDocx()));
    const fromTables = <T extends { source: { row?: number } }>(items: readonly T[]) => items.filter((i) => i.source.row !== undefined);
    const indicators = fromTables(d.indicators);
    const tasks = fromTables(d.tasks);
    expect(indicators).toHaveLength(22);
    expect(new Set(indicators.map((i) => i.group.numeral)).size).toBe(4);
    expect(tasks).toHaveLength(29);
    expect(new Set(tasks.map((t) => t.group.numeral)).size).toBe(7);
    expect(tasks.map((t) => t.id)).toEqual(Array.from({ length: 29 }, (_, i) => String(i + 1)));
    const keys = d.settings.map((s) => s.key);
    expect(keys).toEqual(expect.arrayContaining(['schoolName', 'schoolCode', 'place', 'planYear', 'planReference', 'signerTitle', 'signerName']));
    expect(d.partsFound).toEqual(expect.arrayContaining(['Phần đầu văn bản', 'Chữ ký', 'Bảng chỉ tiêu', 'Bảng nhiệm vụ']));
  });

  it('Trần Dương: the monthly rows as tasks with their months', async () => {
    const d = readPlanDraft(body(await tranDuongDocx()));
    const monthly = d.tasks.filter((t) => t.source.row !== undefined);
    expect(monthly.map((t) => t.timing)).toEqual(['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4, 5', 'Tháng 6', 'Tháng 7', 'Tháng 8', 'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12']);
    expect(d.settings.find((s) => s.key === 'signerName')?.value).toBe('Bùi Thị Thúy');
  });
});

describe('readPlanDraft on a plan in another school\'s table style (Lê Lợi), through to the sheet', () => {
  it('imports the indicators with their targets, the tasks with their products, and lists the budget table for review', async () => {
    const d = readPlanDraft(body(await thcsOtherStyleDocx()));
    const indicatorRows = LE_LOI_INDICATOR_ROWS.filter((r) => r.length > 2);
    const taskRows = LE_LOI_TASK_ROWS.filter((r) => r.length > 1);
    expect(d.indicators.map((i) => [i.id, i.name, i.target])).toEqual(indicatorRows.map(([id, name, , target]) => [id, name, target]));
    expect(d.tasks.map((t) => [t.id, t.product, t.timing])).toEqual(taskRows.map(([id, , product, , timing]) => [id, product, timing]));
    expect(d.settings.find((s) => s.key === 'schoolName')?.value).toBe('TRƯỜNG THCS LÊ LỢI');
    expect(d.leftovers.map((l) => l.source.where)).toEqual(['Bảng 3 (Phụ lục III)']);

    const result = planImport(d, planTabs(undefined), { fallbackYear: 2026 });
    const read = readWorkbook(applyImportWrites(planTabs(undefined), result.writes), { fallbackYear: 2026 });
    expect(read.plan.indicators.map((i) => [i.group.numeral, i.id, i.targetText, i.unit])).toEqual(
      indicatorRows.map(([id, , unit, target]) => [Number(id) <= 3 ? 'A' : 'B', id, target, unit]),
    );
    expect(read.plan.tasks.map((t) => [t.group.numeral, t.id, t.product, t.lead, t.timing])).toEqual(
      taskRows.map(([id, , product, lead, timing]) => [Number(id) <= 2 ? 'I' : 'II', id, product, lead, timing]),
    );
    const lines = importPreviewLines(result.preview);
    expect(lines).toContainEqual(expect.stringMatching(/^ {4}\d+\. Bảng 3 \(Phụ lục III\): «TT · Hạng mục · Số lượng · Kinh phí dự kiến \(triệu đồng\)»\. Bảng có cột STT nhưng không nhận ra là bảng chỉ tiêu hay nhiệm vụ/));
  });
});

import { describe, expect, it } from 'vitest';
import { templateWorkbook } from '../../src/cli/xlsxTemplate';
import { calendarDate } from '../../src/core/date';
import type { Plan, Settings } from '../../src/core/plan';
import { settingsRows } from '../../src/sheet/planTabs';
import { SETTING_FIELDS } from '../../src/sheet/settings';

describe('the .xlsx template and the setting table', () => {
  it('writes every setting of the table in Cấu hình as Khởi tạo does (same cells)', () => {
    const settings = Object.fromEntries(SETTING_FIELDS.map((f) => [f.key, f.example])) as unknown as Settings;
    const plan: Plan = { settings, indicators: [], tasks: [], progress: [], assignments: [] };
    const ws = templateWorkbook(plan, calendarDate(2026, 10, 15)).getWorksheet('Cấu hình')!;
    const rows = settingsRows(plan);
    expect(ws.actualRowCount).toBe(rows.length);
    rows.forEach((row, r) => row.forEach((cell, c) => expect(ws.getCell(r + 1, c + 1).value ?? '', `${r + 1},${c + 1}`).toEqual(cell)));
  });
});

import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../src/core/date';
import { fromSheetValues, toSheetValues } from '../../src/gas/sheetValues';

describe('cells written to Sheets', () => {
  it('keeps copied text as text: a leading =, +, - or @ gets the apostrophe Sheets hides', () => {
    expect(toSheetValues([['=IMPORTRANGE("x","A1")', '- Tổ chức tập huấn', '+84 912', '@Tổ Toán', 'Quý II', 0.95, true, '']], 'Asia/Ho_Chi_Minh')).toEqual([
      [`'=IMPORTRANGE("x","A1")`, "'- Tổ chức tập huấn", "'+84 912", "'@Tổ Toán", 'Quý II', 0.95, true, ''],
    ]);
  });

  it('writes a calendar day as the midnight Sheets shows as that day, and reads it back', () => {
    const [[written]] = toSheetValues([[calendarDate(2026, 4, 5)]], 'Asia/Ho_Chi_Minh') as Date[][];
    expect(written!.toISOString()).toBe('2026-04-04T17:00:00.000Z');
    expect(fromSheetValues([[written]], 'Asia/Ho_Chi_Minh')).toEqual([[calendarDate(2026, 4, 5)]]);
  });
});

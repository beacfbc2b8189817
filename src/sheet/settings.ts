/**
 * Cấu hình: key/value rows → Settings. Keys are matched by folding and aliases. A missing or
 * unreadable setting never stops reading: it gets a blank or the default, and a problem names
 * the Cấu hình cell to fill.
 */
import { isCalendarDate } from '../core/date';
import { isValidEmail, normalizeEmail } from '../core/email';
import { parseNumber } from '../core/number';
import type { Settings } from '../core/plan';
import { DEFAULT_REMIND_DAYS_BEFORE, MAX_REMIND_DAYS_BEFORE } from '../core/reminders/stages';
import { cleanText, foldText } from '../core/text';
import { cellA1 } from './a1';
import { headerKey, locateHeader } from './headers';
import { SETTING_SPECS, SETTINGS_TAB, type SettingKey } from './schema';
import type { Cell, Problem, Rows } from './workbook';

export { DEFAULT_REMIND_DAYS_BEFORE };
export const DEFAULT_REMINDER_HOUR = 7;

/** Text of a cell with its line breaks kept (each line cleaned). */
export function multilineText(cell: Cell | undefined): string {
  if (cell === undefined || cell === '') return '';
  if (typeof cell !== 'string') return isCalendarDate(cell) ? '' : String(cell);
  return cell
    .split(/\r?\n/)
    .map(cleanText)
    .filter((l) => l !== '')
    .join('\n');
}

interface SettingCell {
  readonly row: number;
  readonly column: number;
  readonly value: Cell;
}

export function readSettings(tab: string, rows: Rows, fallbackYear: number): { settings: Settings; problems: Problem[] } {
  const problems: Problem[] = [];
  const layout = locateHeader(rows, SETTINGS_TAB);
  const keyColumn = layout?.columns.get('key') ?? 1;
  const valueColumn = layout?.columns.get('value') ?? 2;
  const valueHeader = layout?.headers.get('value') ?? 'Giá trị';
  const firstRow = (layout?.headerRow ?? 0) + 1;

  const specOf = new Map<string, SettingKey>();
  for (const s of SETTING_SPECS) for (const label of [s.label, ...s.aliases]) specOf.set(headerKey(label), s.key);

  const found = new Map<SettingKey, SettingCell>();
  const extraRecipients: string[] = [];
  let previous: SettingKey | undefined;
  for (let r = firstRow; r <= rows.length; r++) {
    const row = rows[r - 1] ?? [];
    const keyText = String(row[keyColumn - 1] ?? '');
    const value = row[valueColumn - 1] ?? '';
    if (foldText(keyText) === '') {
      // A recipient list may continue on the rows below "Nơi nhận", key cell blank.
      if (previous === 'recipients' && value !== '') extraRecipients.push(multilineText(value));
      else previous = undefined;
      continue;
    }
    const key = specOf.get(headerKey(keyText));
    previous = key;
    if (key && !found.has(key)) found.set(key, { row: r, column: valueColumn, value });
  }

  const lastRow = Math.max(rows.length, firstRow - 1);
  const specOfKey = (key: SettingKey) => SETTING_SPECS.find((s) => s.key === key)!;
  const text = (key: SettingKey): string => {
    const cell = found.get(key);
    const spec = specOfKey(key);
    const value = cell ? multilineText(cell.value) : '';
    if (value === '' && spec.required) {
      problems.push(
        cell
          ? { tab, row: cell.row, column: valueHeader, a1: cellA1(cell.row, cell.column), message: `Chưa điền «${spec.label}» (${spec.help}).` }
          : {
              tab,
              row: lastRow + 1,
              a1: cellA1(lastRow + 1, keyColumn),
              message: `Thiếu dòng «${spec.label}»: thêm dòng này (cột «Thiết lập» ghi «${spec.label}», cột «Giá trị» ghi giá trị; ${spec.help}).`,
            },
      );
    }
    return value;
  };
  const invalid = (key: SettingKey, message: string): void => {
    const cell = found.get(key)!;
    problems.push({ tab, row: cell.row, column: valueHeader, a1: cellA1(cell.row, cell.column), message });
  };
  const number = (key: SettingKey, fallback: number, valid: (n: number) => boolean, hint: string): number => {
    const raw = text(key);
    if (raw === '') return fallback;
    const cell = found.get(key)!;
    const n = typeof cell.value === 'number' ? cell.value : parseNumber(raw);
    if (n === null || !valid(n)) {
      invalid(key, `«${specOfKey(key).label}» không hợp lệ: '${raw}' (${hint}); tạm dùng ${fallback}.`);
      return fallback;
    }
    return n;
  };

  const yearText = text('planYear');
  let planYear = fallbackYear;
  if (yearText !== '') {
    const n = parseNumber(yearText.replace(/^n[aă]m\s*/i, ''));
    if (n !== null && Number.isInteger(n) && n >= 2000 && n <= 2100) planYear = n;
    else invalid('planYear', `«Năm kế hoạch» không hợp lệ: '${yearText}' (ví dụ: 2026); tạm dùng ${fallbackYear}.`);
  }

  const boardHeadEmail = text('boardHeadEmail');
  if (boardHeadEmail !== '' && !isValidEmail(normalizeEmail(boardHeadEmail))) invalid('boardHeadEmail', `E-mail trưởng ban không hợp lệ: '${boardHeadEmail}' (ví dụ: hieutruong@truong.edu.vn).`);

  const ruleText = text('reportingRule');
  const ruleKey = foldText(ruleText);
  let reportingRule: Settings['reportingRule'] = 'calendar';
  if (/\b15\b|\b14\b|giua thang|mid/.test(ruleKey)) reportingRule = 'mid-month';
  else if (ruleKey !== '' && !/duong lich|theo quy|calendar|quy/.test(ruleKey)) {
    invalid('reportingRule', `«Cách tính kỳ báo cáo» không hiểu: '${ruleText}' (ghi «Theo quý dương lịch» hoặc «Từ ngày 15 tháng trước đến ngày 14»); tạm tính theo quý dương lịch.`);
  }

  const recipients = [text('recipients'), ...extraRecipients]
    .flatMap((t) => t.split('\n'))
    .map((l) => cleanText(l.replace(/^[-+•–]\s*/, '')))
    .filter((l) => l !== '');

  const settings: Settings = {
    parentAgency: text('parentAgency'),
    schoolName: text('schoolName'),
    schoolCode: text('schoolCode'),
    place: text('place'),
    planYear,
    planReference: text('planReference'),
    signerTitle: text('signerTitle'),
    signerName: text('signerName'),
    recipients,
    remindDaysBefore: number(
      'remindDaysBefore',
      DEFAULT_REMIND_DAYS_BEFORE,
      (n) => Number.isInteger(n) && n >= 0 && n <= MAX_REMIND_DAYS_BEFORE,
      `số ngày từ 0 đến ${MAX_REMIND_DAYS_BEFORE}`,
    ),
    reminderHour: number('reminderHour', DEFAULT_REMINDER_HOUR, (n) => Number.isInteger(n) && n >= 0 && n <= 23, 'giờ từ 0 đến 23'),
    boardHeadEmail,
    reportingRule,
    proposals: text('proposals'),
    schoolYears: [],
  };
  return { settings, problems };
}

/**
 * Cấu hình: key/value rows → Settings. Keys are matched by folding and aliases. A missing or
 * unreadable setting never stops reading: it gets a blank or the default, and a problem names
 * the Cấu hình cell to fill.
 */
import {
  type SchoolYearDates, defaultSchoolYear, schoolYearCalendarYear, schoolYearOf,
} from '../core/calendar';
import {
  calendarDate, compareDates, dayPartsOf, daysInMonth, formatDdMmYyyy, isCalendarDate, isValidCalendarDate,
  type CalendarDate, type DayParts,
} from '../core/date';
import { isValidEmail, normalizeEmail } from '../core/email';
import { parseNumber } from '../core/number';
import type { Settings } from '../core/plan';
import { DEFAULT_REMIND_DAYS_BEFORE, MAX_REMIND_DAYS_BEFORE } from '../core/reminders/stages';
import { cleanText, foldText } from '../core/text';
import { cellA1 } from './a1';
import { headerKey, locateHeader } from './headers';
import { DEADLINE_KINDS, readReportDeadline, type ReportDeadlines } from '../core/report/deadlines';
import { DEADLINE_SETTING_KEYS, SETTING_SPECS, SETTINGS_TAB, type SettingKey } from './schema';
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
  const schoolYear = readSchoolYear(planYear, found, invalid);
  const reportDeadlines = readReportDeadlines(planYear, found, invalid);
  return { settings: { ...settings, schoolYears: schoolYear ? [schoolYear] : [], ...(reportDeadlines ? { reportDeadlines } : {}) }, problems };
}

/**
 * «Hạn báo cáo tháng / quý / 6 tháng / năm», as the plan writes them; read by the timing reader
 * (core/report/deadlines.ts). A blank row means no deadline; a bad one is a problem naming its cell and
 * is left out. Undefined when none is recorded.
 */
function readReportDeadlines(
  planYear: number,
  found: ReadonlyMap<SettingKey, SettingCell>,
  invalid: (key: SettingKey, message: string) => void,
): ReportDeadlines | undefined {
  const out: { -readonly [K in keyof ReportDeadlines]: ReportDeadlines[K] } = {};
  for (const kind of DEADLINE_KINDS) {
    const key = DEADLINE_SETTING_KEYS[kind];
    const cell = found.get(key);
    if (!cell || cell.value === '') continue;
    const value = isCalendarDate(cell.value) ? cell.value : multilineText(cell.value).replace(/\n/g, ' ');
    if (value === '') continue;
    const read = readReportDeadline(kind, value, planYear);
    const label = SETTING_SPECS.find((s) => s.key === key)!.label;
    if (!read.ok) {
      invalid(key, `«${label}» ${read.error.replace(/^không hiểu hạn [^']*/, 'không hiểu: ')}; tạm bỏ qua hạn này.`);
      continue;
    }
    out[kind] = read.value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

const SCHOOL_YEAR_KEYS = ['schoolYearStart', 'firstTermEnd', 'schoolYearEnd'] as const;
type SchoolYearKey = (typeof SCHOOL_YEAR_KEYS)[number];
const SCHOOL_YEAR_FIELD = { schoolYearStart: 'start', firstTermEnd: 'firstTermEnd', schoolYearEnd: 'end' } as const;

interface SchoolYearSetting {
  readonly key: SchoolYearKey;
  readonly parts: DayParts;
  readonly shown: string;
}

/**
 * The school year Cấu hình sets: «Ngày khai giảng», «Kết thúc học kỳ I», «Kết thúc năm học», each a
 * date cell, «dd/mm/yyyy» or «dd/mm». A full date pins the school year it falls in (July to June);
 * day/month alone stands for the school year ending in the plan year. A blank keeps the Bộ's default;
 * a bad value is a problem naming its cell and keeps the default. Undefined when nothing is set or
 * the dates contradict each other (then the defaults apply to every school year).
 */
function readSchoolYear(
  planYear: number,
  found: ReadonlyMap<SettingKey, SettingCell>,
  invalid: (key: SettingKey, message: string) => void,
): SchoolYearDates | undefined {
  const fallback = defaultSchoolYear(planYear - 1);
  const label = (key: SettingKey) => SETTING_SPECS.find((s) => s.key === key)!.label;
  const settings: SchoolYearSetting[] = [];
  for (const key of SCHOOL_YEAR_KEYS) {
    const cell = found.get(key);
    if (!cell || cell.value === '') continue;
    const value = cell.value;
    const shown = isCalendarDate(value) ? formatDdMmYyyy(value) : multilineText(value);
    if (shown === '') continue;
    const parts: DayParts | undefined = isCalendarDate(value)
      ? { day: value.day, month: value.month, year: value.year }
      : typeof value === 'string' ? dayPartsOf(value) : undefined;
    if (!parts || !isValidCalendarDate(parts.year ?? 2000, parts.month, parts.day)) {
      const d = fallback[SCHOOL_YEAR_FIELD[key]];
      invalid(key, `«${label(key)}» không hợp lệ: '${shown}' (ghi ngày/tháng hoặc ngày/tháng/năm, ví dụ ${key === 'schoolYearStart' ? '05/09/2025' : key === 'firstTermEnd' ? '18/01/2026' : '31/05/2026'}); tạm dùng ${dayMonth(d)}.`);
      continue;
    }
    settings.push({ key, parts, shown });
  }
  if (settings.length === 0) return undefined;

  const dated = settings.filter((s) => s.parts.year !== undefined);
  const startYear = dated.length > 0 ? schoolYearOf(asDate(dated[0]!.parts)) : planYear - 1;
  const stray = dated.find((s) => schoolYearOf(asDate(s.parts)) !== startYear);
  if (stray) {
    invalid(stray.key, `«${label(stray.key)}» (${stray.shown}) không cùng một năm học với «${label(dated[0]!.key)}» (${dated[0]!.shown}); tạm dùng ngày mặc định ${defaultsText()}.`);
    return undefined;
  }
  const base = defaultSchoolYear(startYear);
  const dateOf = (key: SchoolYearKey): CalendarDate => {
    const s = settings.find((x) => x.key === key);
    if (!s) return base[SCHOOL_YEAR_FIELD[key]];
    const year = s.parts.year ?? schoolYearCalendarYear(startYear, s.parts.month);
    return calendarDate(year, s.parts.month, Math.min(s.parts.day, daysInMonth(year, s.parts.month)));
  };
  const dates: SchoolYearDates = { startYear, start: dateOf('schoolYearStart'), firstTermEnd: dateOf('firstTermEnd'), end: dateOf('schoolYearEnd') };
  const startFirst = compareDates(dates.start, dates.firstTermEnd) < 0;
  const termFirst = compareDates(dates.firstTermEnd, dates.end) < 0;
  if (!startFirst || !termFirst) {
    const set = (key: SchoolYearKey) => settings.some((s) => s.key === key);
    const blamed: SchoolYearKey = set('firstTermEnd') ? 'firstTermEnd' : !startFirst ? 'schoolYearStart' : 'schoolYearEnd';
    const shownDates = [dates.start, dates.firstTermEnd, dates.end].map(formatDdMmYyyy).join(', ');
    invalid(blamed, `Ngày của năm học phải theo thứ tự khai giảng < kết thúc học kỳ I < kết thúc năm học (đang là ${shownDates}); tạm dùng ngày mặc định ${defaultsText()}.`);
    return undefined;
  }
  return dates;
}

function asDate(parts: DayParts): CalendarDate {
  return calendarDate(parts.year!, parts.month, parts.day);
}

function dayMonth(date: CalendarDate): string {
  return formatDdMmYyyy(date).slice(0, 5);
}

function defaultsText(): string {
  const d = defaultSchoolYear(2025);
  return `${dayMonth(d.start)}, ${dayMonth(d.firstTermEnd)}, ${dayMonth(d.end)}`;
}



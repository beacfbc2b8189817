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
import type { RollupSettings, Settings } from '../core/plan';
import { DEFAULT_REMIND_DAYS_BEFORE, MAX_REMIND_DAYS_BEFORE } from '../core/reminders/stages';
import { cleanText, foldDiacritics, foldText } from '../core/text';
import { cellA1 } from './a1';
import { headerKey, locateHeader } from './headers';
import { DEADLINE_KINDS, readReportDeadline, type ReportDeadlines } from '../core/report/deadlines';
import type { DtiLevelRule } from '../core/dti/selfAssessment';
import { DEADLINE_SETTING_KEYS, DTI_LEVEL_RULE_LABELS, REPORTING_RULE_LABELS, SETTING_SPECS, SETTINGS_TAB, type SettingKey, type SettingRowKey } from './schema';
import { idOf } from './cells';
import type { Cell, Problem, Rows } from './workbook';

export { DEFAULT_REMIND_DAYS_BEFORE };
export const DEFAULT_REMINDER_HOUR = 7;
/** Hạn tự đánh giá CĐS when Cấu hình leaves it blank: 31/5, as the QĐ 4725 cycle has it. */
export const DEFAULT_DTI_DEADLINE = { day: 31, month: 5 } as const;

const SCHOOL_YEAR_KEYS = ['schoolYearStart', 'firstTermEnd', 'schoolYearEnd'] as const;
const ROLLUP_KEYS = ['rollupUrl', 'rollupSchoolId', 'rollupToken'] as const;
type SchoolYearKey = (typeof SCHOOL_YEAR_KEYS)[number];
const SCHOOL_YEAR_FIELD = { schoolYearStart: 'start', firstTermEnd: 'firstTermEnd', schoolYearEnd: 'end' } as const;

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

/** What a setting's parser gets: the Cấu hình rows found, and how to report a problem at one. */
export interface SettingCells {
  /** The row's value cell (undefined when the row is missing). */
  cell(row: SettingRowKey): SettingCell | undefined;
  /** The row's text, lines kept; a required row left blank or missing is reported (once per call). */
  text(row: SettingRowKey): string;
  /** A problem at the row's value cell (the row must have been found). */
  invalid(row: SettingRowKey, message: string): void;
  /** Plan year when Cấu hình has none. */
  readonly fallbackYear: number;
  /** Values of the rows below «Nơi nhận» with a blank key cell (a list continued). */
  readonly continued: readonly string[];
}

/**
 * One setting of Settings: the Cấu hình rows it is read from (a composite one, such as the
 * school year, has several), its parser (never throws: a bad value is a problem and the
 * default), its default, how Khởi tạo and the .xlsx template write it back (one cell per row),
 * and an example value, which written then read gives back.
 */
export interface SettingField<K extends SettingKey> {
  readonly key: K;
  readonly rows: readonly SettingRowKey[];
  /** The value of a blank (or missing) row. */
  readonly default: (fallbackYear: number) => Settings[K];
  /** `before`: the settings read so far (those above this one in the table). */
  readonly read: (cells: SettingCells, before: Partial<Settings>) => Settings[K];
  readonly write: (value: Settings[K]) => Cell[];
  readonly example: Settings[K];
}

/** Every setting, each from its own rows; the compiler asks for a row when Settings gains a field. */
export type SettingTable = { readonly [K in SettingKey]-?: SettingField<K> };

const label = (key: SettingRowKey): string => SETTING_SPECS.find((s) => s.key === key)!.label;

/** A setting of one row read as text (lines kept). */
function textField<K extends SettingKey & SettingRowKey>(key: K, example: string): SettingField<K> {
  return {
    key,
    rows: [key],
    default: () => '' as Settings[K],
    read: (cells) => cells.text(key) as Settings[K],
    write: (value) => [value as Cell],
    example: example as Settings[K],
  };
}

/** A whole number of one row, in range; blank or bad gives `fallback` (bad is a problem). */
function numberField<K extends 'remindDaysBefore' | 'reminderHour'>(key: K, fallback: number, valid: (n: number) => boolean, hint: string, example: number): SettingField<K> {
  return {
    key,
    rows: [key],
    default: () => fallback,
    read: (cells) => {
      const raw = cells.text(key);
      if (raw === '') return fallback;
      const cell = cells.cell(key)!;
      const n = typeof cell.value === 'number' ? cell.value : parseNumber(raw);
      if (n === null || !valid(n)) {
        cells.invalid(key, `«${label(key)}» không hợp lệ: '${raw}' (${hint}); tạm dùng ${fallback}.`);
        return fallback;
      }
      return n;
    },
    write: (value) => [value],
    example,
  };
}

export const SETTING_TABLE: SettingTable = {
  parentAgency: textField('parentAgency', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG'),
  schoolName: textField('schoolName', 'Trường THPT An Lão'),
  schoolCode: textField('schoolCode', 'THPTAL'),
  place: textField('place', 'An Lão'),
  planYear: {
    key: 'planYear',
    rows: ['planYear'],
    default: (fallbackYear) => fallbackYear,
    read: (cells) => {
      const yearText = cells.text('planYear');
      if (yearText === '') return cells.fallbackYear;
      const n = parseNumber(yearText.replace(/^n[aă]m\s*/i, ''));
      if (n !== null && Number.isInteger(n) && n >= 2000 && n <= 2100) return n;
      cells.invalid('planYear', `«Năm kế hoạch» không hợp lệ: '${yearText}' (ví dụ: 2026); tạm dùng ${cells.fallbackYear}.`);
      return cells.fallbackYear;
    },
    write: (value) => [value],
    example: 2026,
  },
  planReference: textField('planReference', 'Kế hoạch số 12/KH-THPTAL ngày 10/3/2026 của Trường THPT An Lão'),
  signerTitle: textField('signerTitle', 'KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG'),
  signerName: textField('signerName', 'Nguyễn Văn Hùng'),
  recipients: {
    key: 'recipients',
    rows: ['recipients'],
    default: () => [],
    read: (cells) =>
      [cells.text('recipients'), ...cells.continued]
        .flatMap((t) => t.split('\n'))
        .map((l) => cleanText(l.replace(/^[-+•–]\s*/, '')))
        .filter((l) => l !== ''),
    write: (value) => [value.join('\n')],
    example: ['Sở GD&ĐT Hải Phòng (để b/c);', 'Lưu: VT.'],
  },
  remindDaysBefore: numberField(
    'remindDaysBefore',
    DEFAULT_REMIND_DAYS_BEFORE,
    (n) => Number.isInteger(n) && n >= 0 && n <= MAX_REMIND_DAYS_BEFORE,
    `số ngày từ 0 đến ${MAX_REMIND_DAYS_BEFORE}`,
    5,
  ),
  reminderHour: numberField('reminderHour', DEFAULT_REMINDER_HOUR, (n) => Number.isInteger(n) && n >= 0 && n <= 23, 'giờ từ 0 đến 23', 8),
  boardHeadEmail: {
    key: 'boardHeadEmail',
    rows: ['boardHeadEmail'],
    default: () => '',
    read: (cells) => {
      const email = cells.text('boardHeadEmail');
      if (email !== '' && !isValidEmail(normalizeEmail(email))) cells.invalid('boardHeadEmail', `E-mail trưởng ban không hợp lệ: '${email}' (ví dụ: hieutruong@truong.edu.vn).`);
      return email;
    },
    write: (value) => [value],
    example: 'hieutruong@example.edu.vn',
  },
  reportingRule: {
    key: 'reportingRule',
    rows: ['reportingRule'],
    default: () => 'calendar',
    read: (cells) => {
      const ruleText = cells.text('reportingRule');
      const ruleKey = foldText(ruleText);
      if (/\b15\b|\b14\b|giua thang|mid/.test(ruleKey)) return 'mid-month';
      if (ruleKey !== '' && !/duong lich|theo quy|calendar|quy/.test(ruleKey)) {
        cells.invalid('reportingRule', `«Cách tính kỳ báo cáo» không hiểu: '${ruleText}' (ghi «Theo quý dương lịch» hoặc «Từ ngày 15 tháng trước đến ngày 14»); tạm tính theo quý dương lịch.`);
      }
      return 'calendar';
    },
    write: (value) => [REPORTING_RULE_LABELS[value]],
    example: 'mid-month',
  },
  proposals: textField('proposals', 'Đề nghị Sở GD&ĐT hỗ trợ kinh phí nâng cấp đường truyền.'),
  schoolYears: {
    key: 'schoolYears',
    rows: SCHOOL_YEAR_KEYS,
    default: () => [],
    read: (cells, before) => {
      const year = readSchoolYear(before.planYear ?? cells.fallbackYear, cells);
      return year ? [year] : [];
    },
    // Blank keeps the Bộ's default; a configured school year is written back as its dates.
    write: (value) => SCHOOL_YEAR_KEYS.map((key) => (value[0] ? formatDdMmYyyy(value[0][SCHOOL_YEAR_FIELD[key]]) : '')),
    example: [{ startYear: 2025, start: calendarDate(2025, 9, 5), firstTermEnd: calendarDate(2026, 1, 16), end: calendarDate(2026, 5, 29) }],
  },
  reportDeadlines: {
    key: 'reportDeadlines',
    rows: DEADLINE_KINDS.map((kind) => DEADLINE_SETTING_KEYS[kind]),
    default: () => undefined,
    read: (cells, before) => readReportDeadlines(before.planYear ?? cells.fallbackYear, cells),
    write: (value) => DEADLINE_KINDS.map((kind) => value?.[kind]?.text ?? ''),
    example: exampleDeadlines(),
  },
  rollup: {
    key: 'rollup',
    rows: ROLLUP_KEYS,
    default: () => undefined,
    read: (cells) => readRollup(cells),
    write: (value) => [value?.url ?? '', value?.schoolId ?? '', value?.token ?? ''],
    example: { url: 'https://script.google.com/macros/s/AKfycbx-vi-du-ma-trien-khai/exec', schoolId: '31000123', token: 'b6f1c0d2-5e7a-4c1b-9d3e-2a8f7c6e5d41' },
  },
  dtiLevelRule: {
    key: 'dtiLevelRule',
    rows: ['dtiLevelRule'],
    default: () => 'lowerCapped',
    read: (cells) => readDtiLevelRule(cells),
    write: (value) => [DTI_LEVEL_RULE_LABELS[value]],
    example: 'lower',
  },
  dtiDeadline: {
    key: 'dtiDeadline',
    rows: ['dtiDeadline'],
    default: () => DEFAULT_DTI_DEADLINE,
    read: (cells) => readDtiDeadline(cells),
    write: (value) => [dayMonthText(value)],
    example: { day: 15, month: 5 },
  },
  dtiIndicator: {
    key: 'dtiIndicator',
    rows: ['dtiIndicator'],
    default: () => '',
    // STT as the Chỉ tiêu tab's ids are read: «05», «5.» and 5 are indicator 5.
    read: (cells) => idOf(cells.text('dtiIndicator').replace(/^(?:STT|chỉ tiêu|chi tieu)\s*/i, '')),
    write: (value) => [value],
    example: '5',
  },
};

/**
 * The roll-up rows (issue 14). The address must be https (the token travels with each push); a
 * bad one is a problem at its cell and the school sends nothing until it is fixed. Undefined when
 * the three rows are blank or missing.
 */
function readRollup(cells: SettingCells): RollupSettings | undefined {
  const [url, schoolId, token] = ROLLUP_KEYS.map((key) => cells.text(key).replace(/\s*\n\s*/g, ''));
  if (url === '' && schoolId === '' && token === '') return undefined;
  if (url !== '' && !isHttpsUrl(url)) {
    cells.invalid('rollupUrl', `«${label('rollupUrl')}» phải là một địa chỉ bắt đầu bằng https:// (nhận được '${url}'); chưa gửi số liệu lên được cho đến khi sửa.`);
  }
  return { url, schoolId, token };
}

/** An absolute https URL with a host (what a receiver's web-app address is). */
export function isHttpsUrl(text: string): boolean {
  return /^https:\/\/[^\s/?#@]+\.[^\s/?#@]+(?:[/?#]\S*)?$/i.test(text);
}

/** The settings in Cấu hình's order. */
export const SETTING_FIELDS: readonly SettingField<SettingKey>[] = Object.values(SETTING_TABLE) as SettingField<SettingKey>[];

/** The example deadlines, as the reader reads them (so that writing then reading gives them back). */
function exampleDeadlines(): ReportDeadlines | undefined {
  const month = readReportDeadline('month', 'Trước ngày 12 hằng tháng', 2026);
  const year = readReportDeadline('year', 'Trước ngày 05/12', 2026);
  return month.ok && year.ok ? { month: month.value, year: year.value } : undefined;
}

/** The Cấu hình cells of each setting as Khởi tạo and the template write them (blank without a plan). */
export function settingCells(settings: Settings | undefined): ReadonlyMap<SettingRowKey, Cell> {
  const out = new Map<SettingRowKey, Cell>();
  for (const field of SETTING_FIELDS) {
    const cells = settings ? field.write(settings[field.key] as never) : field.rows.map(() => '');
    field.rows.forEach((row, i) => out.set(row, cells[i] ?? ''));
  }
  return out;
}

export function readSettings(tab: string, rows: Rows, fallbackYear: number): { settings: Settings; problems: Problem[] } {
  const problems: Problem[] = [];
  const layout = locateHeader(rows, SETTINGS_TAB);
  const keyColumn = layout?.columns.get('key') ?? 1;
  const valueColumn = layout?.columns.get('value') ?? 2;
  const valueHeader = layout?.headers.get('value') ?? 'Giá trị';
  const firstRow = (layout?.headerRow ?? 0) + 1;

  const specOf = new Map<string, SettingRowKey>();
  for (const s of SETTING_SPECS) for (const label of [s.label, ...s.aliases]) specOf.set(headerKey(label), s.key);

  const found = new Map<SettingRowKey, SettingCell>();
  const continued: string[] = [];
  let previous: SettingRowKey | undefined;
  for (let r = firstRow; r <= rows.length; r++) {
    const row = rows[r - 1] ?? [];
    const keyText = String(row[keyColumn - 1] ?? '');
    const value = row[valueColumn - 1] ?? '';
    if (foldText(keyText) === '') {
      // A recipient list may continue on the rows below "Nơi nhận", key cell blank.
      if (previous === 'recipients' && value !== '') continued.push(multilineText(value));
      else previous = undefined;
      continue;
    }
    const key = specOf.get(headerKey(keyText));
    previous = key;
    if (key && !found.has(key)) found.set(key, { row: r, column: valueColumn, value });
  }

  const lastRow = Math.max(rows.length, firstRow - 1);
  const cells: SettingCells = {
    cell: (key) => found.get(key),
    text: (key) => {
      const cell = found.get(key);
      const spec = SETTING_SPECS.find((s) => s.key === key)!;
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
    },
    invalid: (key, message) => {
      const cell = found.get(key)!;
      problems.push({ tab, row: cell.row, column: valueHeader, a1: cellA1(cell.row, cell.column), message });
    },
    fallbackYear,
    continued,
  };

  const settings: Record<string, unknown> = {};
  for (const field of SETTING_FIELDS) {
    const value = field.read(cells, settings as Partial<Settings>);
    if (value !== undefined) settings[field.key] = value;
  }
  return { settings: settings as unknown as Settings, problems };
}

/**
 * «Hạn báo cáo tháng / quý / 6 tháng / năm», as the plan writes them; read by the timing reader
 * (core/report/deadlines.ts). A blank row means no deadline; a bad one is a problem naming its cell and
 * is left out. Undefined when none is recorded.
 */
function readReportDeadlines(planYear: number, cells: SettingCells): ReportDeadlines | undefined {
  const out: { -readonly [K in keyof ReportDeadlines]: ReportDeadlines[K] } = {};
  for (const kind of DEADLINE_KINDS) {
    const key = DEADLINE_SETTING_KEYS[kind];
    const cell = cells.cell(key);
    if (!cell || cell.value === '') continue;
    const value = isCalendarDate(cell.value) ? cell.value : multilineText(cell.value).replace(/\n/g, ' ');
    if (value === '') continue;
    const read = readReportDeadline(kind, value, planYear);
    if (!read.ok) {
      cells.invalid(key, `«${label(key)}» ${read.error.replace(/^không hiểu hạn [^']*/, 'không hiểu: ')}; tạm bỏ qua hạn này.`);
      continue;
    }
    out[kind] = read.value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

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
function readSchoolYear(planYear: number, cells: SettingCells): SchoolYearDates | undefined {
  const fallback = defaultSchoolYear(planYear - 1);
  const invalid = cells.invalid;
  const settings: SchoolYearSetting[] = [];
  for (const key of SCHOOL_YEAR_KEYS) {
    const cell = cells.cell(key);
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

/**
 * «Cách xác định mức CĐS của trường»: the labels Cấu hình writes and other wordings. Blank is the
 * add-in's assumption ('lowerCapped'); an unreadable value is a problem and keeps it.
 */
function readDtiLevelRule(cells: SettingCells): DtiLevelRule {
  const ruleText = cells.text('dtiLevelRule');
  const key = foldText(ruleText);
  if (key === '') return 'lowerCapped';
  if (/khong (xet|tinh|ap dung) (den |toi )?(dieu kien )?bat buoc/.test(key)) return 'lower';
  if (/bat buoc|toi da muc 1/.test(key)) return 'lowerCapped';
  if (/tung nhom|chi xep muc|khong xep muc|moi nhom/.test(key)) return 'groupsOnly';
  if (/thap hon|thap nhat/.test(key)) return 'lower';
  cells.invalid(
    'dtiLevelRule',
    `«${label('dtiLevelRule')}» không hiểu: '${ruleText}' (ghi «${DTI_LEVEL_RULE_LABELS.lowerCapped}», «${DTI_LEVEL_RULE_LABELS.lower}» hoặc «${DTI_LEVEL_RULE_LABELS.groupsOnly}»); tạm dùng cách mặc định.`,
  );
  return 'lowerCapped';
}

/** «31/05»: a day and month as Cấu hình writes them. */
function dayMonthText(value: { readonly day: number; readonly month: number }): string {
  return `${String(value.day).padStart(2, '0')}/${String(value.month).padStart(2, '0')}`;
}

/**
 * «Hạn tự đánh giá CĐS»: a date cell, «31/05», «31/5/2026», «Trước ngày 31/5», «ngày 31 tháng 5».
 * Only the day and month count (the deadline falls in the plan year). Blank is 31/5; a bad value is
 * a problem and keeps 31/5.
 */
function readDtiDeadline(cells: SettingCells): { readonly day: number; readonly month: number } {
  const cell = cells.cell('dtiDeadline');
  if (!cell || cell.value === '') return DEFAULT_DTI_DEADLINE;
  if (isCalendarDate(cell.value)) return { day: cell.value.day, month: cell.value.month };
  const shown = multilineText(cell.value).replace(/\n/g, ' ');
  if (shown === '') return DEFAULT_DTI_DEADLINE;
  const parts = typeof cell.value === 'string' ? dayPartsOf(foldDiacritics(shown).replace(/^(?:truoc|han|den het|den|cham nhat) (?=ngay |\d)/, '')) : undefined;
  if (!parts || !isValidCalendarDate(parts.year ?? 2000, parts.month, parts.day)) {
    cells.invalid('dtiDeadline', `«${label('dtiDeadline')}» không hợp lệ: '${shown}' (ghi ngày/tháng, ví dụ 31/05); tạm dùng ${dayMonthText(DEFAULT_DTI_DEADLINE)}.`);
    return DEFAULT_DTI_DEADLINE;
  }
  return { day: parts.day, month: parts.month };
}

/**
 * The calendar a plan's timings are read against: the plan year, and the school years its
 * school-year phrases («Học kỳ I», «cuối năm học», «năm học 2025-2026») name.
 *
 * A school year is named by the calendar year it starts in (năm học 2025-2026 → 2025). Its dates
 * come from Cấu hình when the school set them, otherwise from the Bộ's yearly framework
 * (QĐ 2269/QĐ-BGDĐT for 2025-2026: khai giảng 05/9, học kỳ I ends before 18/01, the school year
 * before 31/5; later years are assumed to keep that shape, as the last ones did).
 *
 * One school year set in Cấu hình stands for the others: a school year it does not set keeps the
 * configured days and months (khai giảng 20/8 one year → 20/8 every year), since provinces keep
 * their pattern from one year to the next far more often than the Bộ's framework moves.
 *
 * A school year runs from July to June: a date from July on belongs to the school year starting
 * that calendar year, a date before July to the one that started the year before.
 */
import { calendarDate, daysInMonth, type CalendarDate } from './date';
import type { Settings } from './plan';

export interface SchoolYearDates {
  /** The calendar year the school year starts in: 2025 for năm học 2025-2026. */
  readonly startYear: number;
  /** Khai giảng (the school year's first day). */
  readonly start: CalendarDate;
  /** The end of học kỳ I (due date of «Học kỳ I»). */
  readonly firstTermEnd: CalendarDate;
  /** The end of the school year (due date of «Học kỳ II», «cuối năm học»). */
  readonly end: CalendarDate;
}

export interface PlanCalendar {
  readonly planYear: number;
  /** School years set in Cấu hình, by start year; any other year takes `defaultSchoolYear`. */
  readonly schoolYears: ReadonlyMap<number, SchoolYearDates>;
}

/** The framework's dates for the school year starting in `startYear`: 05/9, 18/01 and 31/5. */
export function defaultSchoolYear(startYear: number): SchoolYearDates {
  return {
    startYear,
    start: calendarDate(startYear, 9, 5),
    firstTermEnd: calendarDate(startYear + 1, 1, 18),
    end: calendarDate(startYear + 1, 5, 31),
  };
}

/** A plan's calendar: its year and the school years Cấu hình sets (a plan year alone gets the defaults). */
export function planCalendar(planYear: number, configured: readonly SchoolYearDates[] = []): PlanCalendar {
  return { planYear, schoolYears: new Map(configured.map((y) => [y.startYear, y])) };
}

/** Accepts a bare plan year where the default school-year dates are meant (custom functions, tests). */
export function asPlanCalendar(calendar: PlanCalendar | number): PlanCalendar {
  return typeof calendar === 'number' ? planCalendar(calendar) : calendar;
}

/**
 * The dates of the school year starting in `startYear`: as set in Cấu hình; else the days and
 * months of the school year Cấu hình sets (the earliest, when it sets several); else the framework's.
 */
export function schoolYearDates(calendar: PlanCalendar, startYear: number): SchoolYearDates {
  const exact = calendar.schoolYears.get(startYear);
  if (exact) return exact;
  const pattern = [...calendar.schoolYears.values()].sort((a, b) => a.startYear - b.startYear)[0];
  return pattern ? movedToSchoolYear(pattern, startYear) : defaultSchoolYear(startYear);
}

/** The calendar year a school year starting in `startYear` has `month` in: July–December the first, else the next. */
export function schoolYearCalendarYear(startYear: number, month: number): number {
  return month >= 7 ? startYear : startYear + 1;
}

/** The start year of the school year a day belongs to (July to June). */
export function schoolYearOf(date: CalendarDate): number {
  return date.month >= 7 ? date.year : date.year - 1;
}

/** «2025-2026» for the school year starting in 2025. */
export function schoolYearName(startYear: number): string {
  return `${startYear}-${startYear + 1}`;
}

/** The same days and months in the school year starting in `startYear` (29/02 becomes 28/02 in a common year). */
function movedToSchoolYear(pattern: SchoolYearDates, startYear: number): SchoolYearDates {
  const move = (d: CalendarDate): CalendarDate => {
    const year = schoolYearCalendarYear(startYear, d.month);
    return calendarDate(year, d.month, Math.min(d.day, daysInMonth(year, d.month)));
  };
  return { startYear, start: move(pattern.start), firstTermEnd: move(pattern.firstTermEnd), end: move(pattern.end) };
}

/** The calendar of a plan as its Cấu hình sets it. */
export function settingsCalendar(settings: Pick<Settings, 'planYear' | 'schoolYears'>): PlanCalendar {
  return planCalendar(settings.planYear, settings.schoolYears);
}

/**
 * The day a command works as of (`--ngay`), as Vietnamese users type it: «2026-12-02» or
 * «02/12/2026» (also «2/12/2026»). Anything else, or a day that does not exist, is refused with a
 * Vietnamese sentence quoting the text; never a guess (no two-digit year, no month-first order).
 */
import { type CalendarDate, isValidCalendarDate } from '../core/date';
import { fail, ok, type Result } from '../core/result';
import { type CommandArgs, optionText, USAGE_EXIT } from './commandArgs';

/** How the usage writes the value of --ngay. */
export const DAY_OPTION_VALUE = 'YYYY-MM-DD|DD/MM/YYYY';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const VIETNAMESE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export function parseDayOption(text: string): Result<CalendarDate> {
  const t = text.trim();
  const iso = ISO.exec(t);
  const vn = iso ? undefined : VIETNAMESE.exec(t);
  const parts = iso ? { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) } : vn ? { year: Number(vn[3]), month: Number(vn[2]), day: Number(vn[1]) } : undefined;
  if (!parts) return fail(`Ngày không hợp lệ: «${text}» (viết theo dạng YYYY-MM-DD hoặc DD/MM/YYYY, ví dụ 2026-12-02 hoặc 02/12/2026)`);
  if (!isValidCalendarDate(parts.year, parts.month, parts.day)) return fail(`Ngày «${text}» không có trên lịch`);
  return ok(parts);
}

/**
 * A command's `--ngay`: the day given, `fallback()` when none is, or USAGE_EXIT once `error` has
 * said in Vietnamese why the text is not a day.
 */
export function dayOptionOrExit(args: CommandArgs, fallback: () => CalendarDate, error: (line: string) => void): CalendarDate | typeof USAGE_EXIT {
  const text = optionText(args, 'ngay');
  if (text === undefined) return fallback();
  const day = parseDayOption(text);
  if (day.ok) return day.value;
  error(`Tham số --ngay: ${day.error}.`);
  return USAGE_EXIT;
}

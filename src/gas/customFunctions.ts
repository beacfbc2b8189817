/**
 * Apps Script side of the custom functions: turns what Sheets hands in (Date objects meaning
 * midnight in the spreadsheet's time zone) into calendar days and back, and delegates to the
 * pure core. One time-zone lookup per call, whatever the size of the range.
 */
import { type CalendarDate, calendarDateOf, dayNumber, midnightIn, PLAN_TIME_ZONE } from '../core/date';
import { type DateCodec, danhGiaCells, hanChotCells, quaHanCells, tyLeDatCells } from '../core/sheetFunctions';
import { calendarDateCache, isDate } from './sheetValues';

function spreadsheetTimeZone(): string {
  try {
    return SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetTimeZone() || PLAN_TIME_ZONE;
  } catch {
    return PLAN_TIME_ZONE;
  }
}

/**
 * Date conversion for one call. Time-zone arithmetic is the costly part of a 10,000-row call,
 * and a column holds few distinct days, so each distinct day is converted once.
 */
function sheetDateCodec(): DateCodec {
  const timeZone = spreadsheetTimeZone();
  const dayOf = calendarDateCache(timeZone);
  const midnights = new Map<number, number>();
  let today: CalendarDate | undefined;
  return {
    readDate: (value) => (isDate(value) ? dayOf(value) : undefined),
    writeDate: (date) => {
      const key = dayNumber(date);
      let time = midnights.get(key);
      if (time === undefined) {
        time = midnightIn(date, timeZone).getTime();
        midnights.set(key, time);
      }
      return new Date(time);
    },
    today: () => (today ??= calendarDateOf(new Date(), timeZone)),
  };
}

export function danhGia(ketQua: unknown, chiTieu: unknown, ngayXet?: unknown): unknown {
  return danhGiaCells(ketQua, chiTieu, ngayXet, sheetDateCodec());
}

export function tyLeDat(ketQua: unknown, chiTieu: unknown, ngayXet?: unknown): unknown {
  return tyLeDatCells(ketQua, chiTieu, ngayXet, sheetDateCodec());
}

export function hanChot(thoiGian: unknown, nam?: unknown, ngayXet?: unknown): unknown {
  return hanChotCells(thoiGian, nam, ngayXet, sheetDateCodec());
}

export function quaHan(han: unknown, trangThai: unknown, ngayXet?: unknown): unknown {
  return quaHanCells(han, trangThai, ngayXet, sheetDateCodec());
}

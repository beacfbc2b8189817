/**
 * Apps Script side of the custom functions: turns what Sheets hands in (Date objects in the
 * spreadsheet's time zone) into calendar days and back, and delegates to the pure core.
 * CONTRACT: main.ts calls these four with the raw arguments Sheets passes.
 */
export function danhGia(_ketQua: unknown, _chiTieu: unknown): unknown {
  throw new Error('not implemented');
}
export function tyLeDat(_ketQua: unknown, _chiTieu: unknown): unknown {
  throw new Error('not implemented');
}
export function hanChot(_thoiGian: unknown, _nam?: unknown, _ngayXet?: unknown): unknown {
  throw new Error('not implemented');
}
export function quaHan(_han: unknown, _trangThai: unknown, _ngayXet?: unknown): unknown {
  throw new Error('not implemented');
}

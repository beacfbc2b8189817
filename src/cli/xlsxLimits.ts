/**
 * How large an .xlsx the command line reads. A school's plan is a few hundred rows and tens of
 * columns, a few hundred KB; these bounds are far above that and keep a hostile or broken file
 * (a zip bomb, a sheet whose data reaches XFD1048576) to bounded time and memory: exceljs needs
 * roughly ten times the XML it parses, so 48 MiB of XML stays well under 1 GB.
 */
import type { ZipLimits } from './zipEntries';

/** Largest .xlsx file read at all (checked before reading it). */
export const MAX_XLSX_FILE_BYTES = 32 * 1024 * 1024;

export const XLSX_ZIP_LIMITS: ZipLimits = {
  maxEntries: 2_000,
  maxTotalBytes: 48 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

/** Most rows (the last populated row's number) a tab may have. */
export const MAX_SHEET_ROWS = 20_000;
/** Most columns (the last populated column's number: 200 is GR) a tab may have. */
export const MAX_SHEET_COLUMNS = 200;
/** Most cells all merged ranges of one tab may cover together. */
export const MAX_MERGED_CELLS = 100_000;

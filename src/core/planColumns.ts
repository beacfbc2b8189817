/**
 * The headers of the plan's record columns and the other spellings accepted for them, shared by
 * the sheet's tab schema (src/sheet/schema.ts: the Chỉ tiêu and Nhiệm vụ tabs) and the plan import
 * (src/core/import/annexTables.ts: the annex tables of a Word plan), so a header the sheet reads is
 * read the same in a plan document. Headers compare folded (headerKey).
 */
import { foldText } from './text';

/** A column's header as the add-in writes it, and the other spellings meaning the same column. */
export interface ColumnNames {
  readonly header: string;
  readonly aliases: readonly string[];
}

/**
 * A target's header often names its year: «Chỉ tiêu phấn đấu năm 2026», «Mức đạt năm 2026». The
 * plan year is dropped from a header before it is compared (headerKey), «năm» is not (dropping it
 * would make «Chỉ tiêu năm 2026» the indicator's name, «Chỉ tiêu»), so each target spelling is also
 * accepted followed by «năm».
 */
function withYearWord(spellings: readonly string[]): string[] {
  const out = [...spellings];
  const seen = new Set(spellings.map((s) => foldText(s)));
  for (const s of spellings) {
    if (/ nam( hoc)?$/.test(foldText(s))) continue;
    const more = `${s} năm`;
    if (!seen.has(foldText(more))) {
      seen.add(foldText(more));
      out.push(more);
    }
  }
  return out;
}

export const INDICATOR_COLUMN_NAMES = {
  stt: { header: 'STT', aliases: ['TT', 'Số TT', 'Số thứ tự'] },
  name: { header: 'Chỉ tiêu', aliases: ['Tên chỉ tiêu', 'Nội dung chỉ tiêu', 'Nội dung', 'Chỉ tiêu cụ thể', 'Tiêu chí', 'Tên tiêu chí', 'Nội dung tiêu chí'] },
  unit: { header: 'Đơn vị tính', aliases: ['ĐVT', 'Đơn vị', 'Đơn vị đo'] },
  target: {
    header: 'Chỉ tiêu năm',
    aliases: withYearWord([
      'Mức đạt',
      'Mục tiêu',
      'Chỉ tiêu năm học',
      'Chỉ tiêu cần đạt',
      'Mức cần đạt',
      'Mục tiêu năm',
      'Chỉ tiêu giao',
      'Kết quả cần đạt',
      'Mục tiêu cần đạt',
      'Mức phấn đấu',
      'Chỉ tiêu phấn đấu',
      'Mục tiêu phấn đấu',
      'Chỉ tiêu đăng ký',
      'Chỉ tiêu kế hoạch',
    ]),
  },
} as const satisfies Record<string, ColumnNames>;

export const TASK_COLUMN_NAMES = {
  stt: { header: 'STT', aliases: ['TT', 'Số TT', 'Số thứ tự', 'Mã NV', 'Mã nhiệm vụ'] },
  name: {
    header: 'Nhiệm vụ',
    aliases: ['Tên nhiệm vụ', 'Nội dung nhiệm vụ', 'Nội dung', 'Nhiệm vụ, giải pháp', 'Nhiệm vụ cụ thể', 'Nhiệm vụ trọng tâm', 'Nội dung công việc', 'Tên công việc', 'Công việc', 'Các nhiệm vụ, giải pháp', 'Nhiệm vụ và giải pháp'],
  },
  product: {
    header: 'Sản phẩm/Kết quả',
    aliases: ['Sản phẩm', 'Kết quả', 'Sản phẩm đầu ra', 'Kết quả đầu ra', 'Sản phẩm, kết quả', 'Kết quả/Sản phẩm', 'Kết quả, sản phẩm', 'Sản phẩm dự kiến', 'Kết quả dự kiến', 'Sản phẩm cần đạt'],
  },
  lead: {
    header: 'Đơn vị chủ trì',
    aliases: ['Chủ trì', 'Đơn vị thực hiện', 'Bộ phận chủ trì', 'Chủ trì thực hiện', 'Bộ phận thực hiện', 'Người phụ trách', 'Phụ trách', 'Bộ phận phụ trách', 'Đơn vị phụ trách', 'Cá nhân phụ trách', 'Người thực hiện'],
  },
  partners: { header: 'Đơn vị phối hợp', aliases: ['Phối hợp', 'Bộ phận phối hợp', 'Đơn vị phối hợp thực hiện'] },
  timing: {
    header: 'Thời gian',
    // «Tháng» heads the timing of a plan laid out month by month («Tháng 1», «Tháng 4, 5»). Not «Tiến độ» alone: staff use it for a status column too.
    aliases: ['Thời gian thực hiện', 'Thời hạn', 'Thời gian hoàn thành', 'Tiến độ thực hiện', 'Thời gian triển khai', 'Hạn hoàn thành', 'Thời hạn hoàn thành', 'Tháng'],
  },
} as const satisfies Record<string, ColumnNames>;

const TRAILING_YEAR = /\s*\b((?:19|20)\d{2})$/;
/** A school year ending a folded header: «năm học 2025-2026» → «nam hoc 2025 2026». */
const TRAILING_SCHOOL_YEAR = /\s*\b((?:19|20)\d{2}) ((?:19|20)\d{2})$/;

/**
 * Folded header text, what aliases are compared on. A trailing year is dropped when it is
 * `planYear` ("Mức đạt 2026" → "muc dat" in 2026) and kept otherwise ("muc dat 2025"), so a
 * column of another year never matches; so is a trailing school year ending in `planYear`
 * ("Chỉ tiêu năm học 2025-2026" → "chi tieu nam hoc" in 2026, the calendar year a school-year
 * plan is tracked in). Without `planYear` nothing is dropped.
 */
export function headerKey(text: string, planYear?: number): string {
  const folded = foldText(text);
  const schoolYear = TRAILING_SCHOOL_YEAR.exec(folded);
  if (schoolYear && Number(schoolYear[2]) === planYear && Number(schoolYear[1]) + 1 === planYear) return folded.slice(0, schoolYear.index).trim();
  const year = TRAILING_YEAR.exec(folded);
  return year && Number(year[1]) === planYear ? folded.slice(0, year.index).trim() : folded;
}

/** The year a header ends with («Mức đạt 2026» → 2026, «năm học 2025-2026» → 2026), undefined when none. */
export function headerYear(text: string): number | undefined {
  const year = TRAILING_YEAR.exec(foldText(text));
  return year ? Number(year[1]) : undefined;
}

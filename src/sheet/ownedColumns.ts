/**
 * Which computed columns of a tab the add-in may write: a column whose header names the role
 * (exactly one column does, see headers.ts) and that carries the add-in's mark for that role. A
 * column with the role's header but no mark may be staff's own: it is never written, and the
 * user is told how to hand it over (Khởi tạo marks it on their «Có»).
 */
import { columnLetter } from './a1';
import type { HeaderLayout } from './headers';
import { computedColumnMark, type TabSpec } from './schema';

/**
 * The columns carrying each of the add-in's marks in one tab: mark value (`<tab>.<column key>`,
 * see computedColumnMark) → 1-based columns.
 */
export type TabColumnMarks = ReadonlyMap<string, readonly number[]>;

/** A column whose header names a computed role but which does not carry the add-in's mark. */
export interface UnmarkedColumn {
  /** The tab as named in the workbook. */
  readonly tab: string;
  readonly spec: TabSpec;
  /** The computed column's key. */
  readonly key: string;
  readonly column: number;
  /** The header as found in the sheet. */
  readonly header: string;
  /** The mark that hands the column to the add-in. */
  readonly mark: string;
}

export interface OwnedColumns {
  /** Column key → 1-based column, for each computed column the add-in may write. */
  readonly owned: ReadonlyMap<string, number>;
  readonly unmarked: readonly UnmarkedColumn[];
}

/**
 * The computed columns of a located tab the add-in may write. `marks` undefined: no marks are
 * known, because the tabs are ones the add-in lays out itself (the .xlsx template): each computed
 * column found by its header is its own.
 */
export function ownedColumns(tab: string, spec: TabSpec, layout: HeaderLayout, marks: TabColumnMarks | undefined): OwnedColumns {
  const owned = new Map<string, number>();
  const unmarked: UnmarkedColumn[] = [];
  for (const c of spec.columns) {
    const column = layout.columns.get(c.key);
    if (!c.computed || column === undefined) continue;
    const mark = computedColumnMark(spec, c);
    if (!marks || marks.get(mark)?.includes(column)) owned.set(c.key, column);
    else unmarked.push({ tab, spec, key: c.key, column, header: layout.headers.get(c.key) ?? c.header, mark });
  }
  return { owned, unmarked };
}

/** «Đánh giá» (tab «Chỉ tiêu», cột N): how a column is named to the user. */
export function describeColumn(column: Pick<UnmarkedColumn, 'tab' | 'column' | 'header'>): string {
  return `«${column.header}» (tab «${column.tab}», cột ${columnLetter(column.column)})`;
}

/** Why an unmarked column is not written and what to do about it (Cập nhật, Kiểm tra dữ liệu). */
export function unmarkedColumnMessage(column: UnmarkedColumn): string {
  const header = column.spec.columns.find((c) => c.key === column.key)!.header;
  return (
    `Cột «${column.header}» (cột ${columnLetter(column.column)}) của tab «${column.tab}» có tiêu đề của một cột do tiện ích tính nhưng không mang dấu của tiện ích, nên tiện ích không ghi vào. ` +
    'Nếu cột này để tiện ích tính: chọn «Chuyển đổi số → Khởi tạo bảng theo dõi» và đồng ý giao cột cho tiện ích. ' +
    `Nếu đây là cột thầy cô tự nhập: đổi tên tiêu đề (ví dụ «${column.header} của tổ»), tiện ích sẽ thêm cột «${header}» của mình ở bên phải bảng.`
  );
}

/**
 * The columns of one run without the add-in's mark, in one paragraph for Cập nhật's closing
 * message: one column gets unmarkedColumnMessage; several are listed (tab, header, letter) before
 * one instruction, so a workbook from before the marks does not get a paragraph per column.
 */
export function unmarkedColumnsMessage(columns: readonly UnmarkedColumn[]): string {
  if (columns.length === 1) return unmarkedColumnMessage(columns[0]!);
  return (
    `${columns.length} cột có tiêu đề của cột do tiện ích tính nhưng không mang dấu của tiện ích, nên tiện ích không ghi vào: ${columns.map(describeColumn).join(', ')}. ` +
    'Nếu các cột này để tiện ích tính: chọn «Chuyển đổi số → Khởi tạo bảng theo dõi» và đồng ý giao cột cho tiện ích. ' +
    'Nếu có cột thầy cô tự nhập: đổi tên tiêu đề cột đó (ví dụ thêm «của tổ»), tiện ích sẽ thêm cột của mình ở bên phải bảng.'
  );
}

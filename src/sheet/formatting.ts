/**
 * How the tabs Khởi tạo creates look, described once for both writers (Apps Script and exceljs):
 * number formats, dropdowns and validation, conditional formats, and which columns are computed.
 * Columns are referred to by key; writers turn them into letters of the layout they wrote
 * (header in row 1, columns in schema order).
 */
import { TASK_STATUSES } from '../core/status';
import { columnLetter } from './a1';
import type { ColumnFormat, ColumnValidation, TabSpec } from './schema';

export const NUMBER_FORMATS: Readonly<Record<ColumnFormat, string>> = {
  text: '',
  plainText: '@',
  date: 'dd/mm/yyyy',
  dateTime: 'dd/mm/yyyy hh:mm:ss',
  percent: '0.0%',
  integer: '0',
  number: '0.##',
};

export const COLORS = {
  met: '#d9ead3',
  unmet: '#f4cccc',
  error: '#fce5cd',
  dueSoon: '#fff2cc',
  overdue: '#ea9999',
  header: '#cfe2f3',
  computedHeader: '#e6e6e6',
} as const;

export interface ValidationRule {
  readonly kind: ColumnValidation;
  readonly list?: readonly string[];
  /** Rejected (false) or accepted with a warning (true). */
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

export function validationRule(kind: ColumnValidation): ValidationRule {
  switch (kind) {
    case 'status':
      return { kind, list: TASK_STATUSES, allowInvalid: false, helpText: `Chọn một trạng thái: ${TASK_STATUSES.join(', ')}.` };
    case 'date':
      return { kind, allowInvalid: false, helpText: 'Nhập ngày dạng dd/mm/yyyy, ví dụ 15/04/2026.' };
    case 'email':
      return { kind, allowInvalid: true, helpText: 'Nhập một địa chỉ e-mail, ví dụ ten@truong.edu.vn.' };
    case 'nonNegativeNumber':
      return { kind, allowInvalid: true, helpText: 'Nhập một số không âm.' };
  }
}

/** A conditional format on one column, from row 2 down. */
export type FormatCondition =
  | { readonly kind: 'textEquals'; readonly text: string }
  | { readonly kind: 'textStartsWith'; readonly text: string }
  | { readonly kind: 'numberGreaterThan'; readonly value: number }
  /** A formula written for row 2 (relative rows, absolute columns), true where the rule applies. */
  | { readonly kind: 'formula'; readonly formula: string };

export interface ConditionalFormat {
  readonly column: string;
  readonly condition: FormatCondition;
  readonly background: string;
}

/** Column letter of a key in the layout the add-in writes (schema order). */
export function letterOf(spec: TabSpec, key: string): string {
  const i = spec.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`Tab «${spec.name}» không có cột «${key}».`);
  return columnLetter(i + 1);
}

/**
 * Conditional formats of a tab. `remindDaysBefore` is the reminder window at set-up time
 * (a rule cannot read another tab; re-run Khởi tạo on an empty tab to change it).
 */
export function conditionalFormats(spec: TabSpec, remindDaysBefore: number): ConditionalFormat[] {
  const due = (dueKey: string, statusKey?: string): ConditionalFormat[] => {
    const d = `$${letterOf(spec, dueKey)}2`;
    const notDone = statusKey ? `,$${letterOf(spec, statusKey)}2<>"Hoàn thành"` : '';
    return [
      { column: dueKey, condition: { kind: 'formula', formula: `=AND(ISNUMBER(${d}),${d}<TODAY()${notDone})` }, background: COLORS.overdue },
      { column: dueKey, condition: { kind: 'formula', formula: `=AND(ISNUMBER(${d}),${d}>=TODAY(),${d}-TODAY()<=${remindDaysBefore}${notDone})` }, background: COLORS.dueSoon },
    ];
  };
  switch (spec.key) {
    case 'indicators':
      return [
        { column: 'verdict', condition: { kind: 'textEquals', text: 'Đạt' }, background: COLORS.met },
        { column: 'verdict', condition: { kind: 'textEquals', text: 'Chưa đạt' }, background: COLORS.unmet },
        { column: 'verdict', condition: { kind: 'textStartsWith', text: 'Lỗi' }, background: COLORS.error },
      ];
    case 'tasks':
      return [
        { column: 'state', condition: { kind: 'textStartsWith', text: 'Quá hạn' }, background: COLORS.overdue },
        { column: 'state', condition: { kind: 'textEquals', text: 'Hoàn thành' }, background: COLORS.met },
        { column: 'state', condition: { kind: 'textStartsWith', text: 'Lỗi' }, background: COLORS.error },
        ...due('nextDue'),
      ];
    case 'progress':
      return [
        { column: 'overdue', condition: { kind: 'numberGreaterThan', value: 0 }, background: COLORS.overdue },
        { column: 'status', condition: { kind: 'textEquals', text: 'Hoàn thành' }, background: COLORS.met },
        ...due('due', 'status'),
      ];
    default:
      return [];
  }
}

export const COMPUTED_NOTE = 'Cột do tiện ích «Chuyển đổi số» tính; sửa tay sẽ bị ghi đè khi «Cập nhật đánh giá & tiến độ».';

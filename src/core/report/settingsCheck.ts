/**
 * The Cấu hình rows a report needs. A missing one does not stop the report: it renders with a
 * visible blank ("Số: …/BC-…"), and the dialog / command line says which row to fill.
 */
import type { Settings } from '../plan';
import { cleanText } from '../text';

export interface MissingSetting {
  /** The row's name in Cấu hình, as the template writes it. */
  readonly row: string;
  /** Vietnamese: what is missing and what the report shows instead. */
  readonly message: string;
}

const REQUIRED: readonly { key: keyof Settings; row: string; shows: string }[] = [
  { key: 'parentAgency', row: 'Tên cơ quan chủ quản', shows: 'tên cơ quan chủ quản ở góc trái đầu văn bản' },
  { key: 'schoolName', row: 'Tên đơn vị', shows: 'tên đơn vị ở đầu văn bản và trong câu mở đầu' },
  { key: 'schoolCode', row: 'Ký hiệu đơn vị', shows: 'ký hiệu trong dòng «Số: …/BC-…»' },
  { key: 'place', row: 'Địa danh', shows: 'địa danh trước ngày tháng' },
  { key: 'signerTitle', row: 'Chức vụ người ký', shows: 'chức vụ ở khối chữ ký (ví dụ «KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG»)' },
  { key: 'signerName', row: 'Người ký', shows: 'họ tên người ký' },
  { key: 'recipients', row: 'Nơi nhận', shows: 'danh sách «Nơi nhận»' },
  { key: 'planReference', row: 'Số/ngày kế hoạch', shows: 'số, ngày của Kế hoạch trong câu mở đầu' },
];

function isEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.every((v) => isEmpty(v));
  return typeof value !== 'string' || cleanText(value) === '';
}

export function missingSettings(settings: Settings): MissingSetting[] {
  return REQUIRED.filter(({ key }) => isEmpty(settings[key])).map(({ row, shows }) => ({
    row,
    message: `Chưa có «${row}»: điền dòng «${row}» trong trang Cấu hình (báo cáo đang để trống ${shows}).`,
  }));
}

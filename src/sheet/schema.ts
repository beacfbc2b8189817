/**
 * The workbook's tabs and columns (DESIGN §2): names, the headers the add-in writes, the other
 * spellings it accepts, which columns the add-in computes, and how each column is laid out.
 * Columns are found by header text (see headers.ts), never by position.
 */
import type { Settings } from '../core/plan';
import { type ColumnNames, INDICATOR_COLUMN_NAMES, TASK_COLUMN_NAMES } from '../core/planColumns';

export type ColumnFormat = 'text' | 'plainText' | 'date' | 'dateTime' | 'percent' | 'integer' | 'number';
export type ColumnValidation = 'status' | 'date' | 'email' | 'nonNegativeNumber';

export interface ColumnSpec {
  readonly key: string;
  /** The header the add-in writes. */
  readonly header: string;
  /**
   * Other headers meaning the same column (folded before comparing; a trailing year is ignored
   * when it is the plan's). A computed column takes only other spellings of its own header: a
   * header staff use for their own data («Hạn hoàn thành», «Kết quả đánh giá») is never one.
   */
  readonly aliases: readonly string[];
  /**
   * Written by the add-in (recompute), and only into a column carrying its mark (Khởi tạo or
   * Cập nhật made it, or staff handed it over in Khởi tạo); staff columns are never written.
   */
  readonly computed?: boolean;
  /** Needed to read the tab: the header row is the row that has all of them. */
  readonly required?: boolean;
  readonly width: number;
  readonly format?: ColumnFormat;
  readonly validation?: ColumnValidation;
}

export interface TabSpec {
  readonly key: TabKey;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly columns: readonly ColumnSpec[];
  /**
   * A plan tab a workbook may lack without a problem (Tự đánh giá CĐS: workbooks made before it
   * read as they did). Khởi tạo still offers to create it.
   */
  readonly optional?: boolean;
}

export type TabKey =
  | 'settings' | 'indicators' | 'tasks' | 'progress' | 'assignments' | 'selfAssessment' | 'dashboard' | 'log' | 'check' | 'sentLog'
  // The Phòng/Sở receiver's tabs (src/gas/rollupTabs.ts).
  | 'rollupSchools' | 'rollupLatest' | 'rollupPrevious' | 'rollupLog'
  // The Phòng/Sở's aggregate tabs (src/sheet/rollupTabs.ts, written by src/gas/rollupSummary.ts).
  | 'rollupIndicators' | 'rollupBySchool' | 'rollupOverdue' | 'rollupNotReported' | 'rollupLevels' | 'rollupUnmapped';

function col(key: string, header: string, width: number, more: Partial<ColumnSpec> = {}): ColumnSpec {
  return { key, header, aliases: [], width, ...more };
}

/** A record column whose header and aliases the plan import shares (src/core/planColumns.ts). */
function named(key: string, names: ColumnNames, width: number, more: Partial<ColumnSpec> = {}): ColumnSpec {
  return col(key, names.header, width, { aliases: names.aliases, ...more });
}

export const SETTINGS_TAB: TabSpec = {
  key: 'settings',
  name: 'Cấu hình',
  aliases: ['Cau hinh', 'Thiết lập', 'Cài đặt'],
  columns: [
    col('key', 'Thiết lập', 220, { aliases: ['Mục', 'Tham số', 'Tên thiết lập', 'Nội dung'], required: true }),
    col('value', 'Giá trị', 420, { aliases: ['Giá trị thiết lập'], required: true }),
    col('help', 'Hướng dẫn', 360, { aliases: ['Ghi chú', 'Giải thích'] }),
  ],
};

export const INDICATORS_TAB: TabSpec = {
  key: 'indicators',
  name: 'Chỉ tiêu',
  aliases: ['Chi tieu', 'Phụ lục 1', 'Chỉ tiêu CĐS', 'Chỉ tiêu chuyển đổi số'],
  columns: [
    named('stt', INDICATOR_COLUMN_NAMES.stt, 50),
    named('name', INDICATOR_COLUMN_NAMES.name, 380, { required: true }),
    named('unit', INDICATOR_COLUMN_NAMES.unit, 80),
    named('target', INDICATOR_COLUMN_NAMES.target, 110, { required: true, format: 'plainText' }),
    col('q1', 'Quý I', 80, { aliases: ['Quý 1', 'Q1', 'Kết quả quý I', 'Kết quả quý 1', 'Quí I'] }),
    col('q2', 'Quý II', 80, { aliases: ['Quý 2', 'Q2', 'Kết quả quý II', 'Kết quả quý 2', 'Quí II'] }),
    col('q3', 'Quý III', 80, { aliases: ['Quý 3', 'Q3', 'Kết quả quý III', 'Kết quả quý 3', 'Quí III'] }),
    col('q4', 'Quý IV', 80, { aliases: ['Quý 4', 'Q4', 'Kết quả quý IV', 'Kết quả quý 4', 'Quí IV'] }),
    col('owner', 'Phụ trách', 170, { aliases: ['Đơn vị phụ trách', 'Người phụ trách', 'Bộ phận phụ trách', 'Đơn vị chủ trì', 'Bộ phận chủ trì', 'Đơn vị thực hiện'] }),
    col('evidence', 'Minh chứng', 200, { aliases: ['Link minh chứng', 'Đường dẫn minh chứng', 'Minh chứng (link)'] }),
    col('note', 'Ghi chú', 200, { aliases: [] }),
    col('latest', 'Kết quả mới nhất', 130, { computed: true, format: 'plainText' }),
    col('attainment', 'Tỷ lệ đạt', 90, { computed: true, format: 'percent', aliases: ['Tỉ lệ đạt'] }),
    col('verdict', 'Đánh giá', 110, { computed: true }),
    /*
     * What a relative target («tăng 10% so với năm 2025») is read against; optional, and last so
     * that adding it moved no other column. No alias names a year («Năm 2025»): a header with a
     * year may be the plan year's own column (see aliases).
     */
    col('baseline', 'Số liệu năm trước', 100, {
      aliases: ['Kết quả năm trước', 'Kết quả năm học trước', 'Số liệu năm học trước', 'Năm học trước', 'Năm trước', 'Giá trị cơ sở', 'Số liệu cơ sở', 'Số liệu gốc'],
    }),
    /*
     * The code of the Phòng/Sở indicator this row reports («I.2», the Sở's Phụ lục 1 numbering):
     * what the roll-up matches schools' rows on. Optional, and last so that adding it moved no
     * other column; a row left blank still travels, listed as not mapped.
     */
    col('soCode', 'Mã chỉ tiêu Sở', 90, { aliases: ['Mã Sở', 'Mã chỉ tiêu', 'Mã chỉ tiêu của Sở', 'Mã chỉ tiêu Phòng'], format: 'plainText' }),
  ],
};

export const TASKS_TAB: TabSpec = {
  key: 'tasks',
  name: 'Nhiệm vụ',
  aliases: ['Nhiem vu', 'Phụ lục 2', 'Nhiệm vụ CĐS', 'Nhiệm vụ, giải pháp'],
  columns: [
    named('stt', TASK_COLUMN_NAMES.stt, 50),
    named('name', TASK_COLUMN_NAMES.name, 380, { required: true }),
    named('product', TASK_COLUMN_NAMES.product, 220),
    named('lead', TASK_COLUMN_NAMES.lead, 170),
    named('partners', TASK_COLUMN_NAMES.partners, 190),
    named('timing', TASK_COLUMN_NAMES.timing, 120, { required: true }),
    col('nextDue', 'Hạn gần nhất', 110, { computed: true, format: 'date' }),
    col('state', 'Tình trạng', 150, { computed: true }),
    /*
     * The QĐ 4725 criteria a task serves («1.3.1, 1.4»), optional: its evidence is offered to
     * them on the Tự đánh giá CĐS tab. Last, so that adding it moved no other column.
     */
    col('criteria', 'Tiêu chí 4725', 110, {
      aliases: ['Tiêu chí DTI', 'Mã tiêu chí 4725', 'Mã tiêu chí DTI', 'Tiêu chí QĐ 4725', 'Tiêu chí theo QĐ 4725', 'Tiêu chí CĐS', 'Mã tiêu chí CĐS', 'Tiêu chí tự đánh giá'],
      format: 'plainText',
    }),
  ],
};

export const PROGRESS_TAB: TabSpec = {
  key: 'progress',
  name: 'Tiến độ',
  aliases: ['Tien do', 'Theo dõi tiến độ', 'Tiến độ thực hiện'],
  columns: [
    col('taskId', 'Mã NV', 60, { aliases: ['Mã nhiệm vụ', 'STT nhiệm vụ', 'Mã'], required: true }),
    col('taskName', 'Nhiệm vụ', 320, { computed: true }),
    col('label', 'Kỳ', 90, { aliases: ['Kỳ báo cáo', 'Đợt', 'Kỳ thực hiện'], required: true }),
    col('due', 'Hạn', 95, { computed: true, format: 'date' }),
    col('status', 'Trạng thái', 130, { validation: 'status', aliases: ['Tình trạng thực hiện'], required: true }),
    col('completedOn', 'Ngày hoàn thành', 110, { format: 'date', validation: 'date', aliases: ['Ngày HT', 'Hoàn thành ngày'] }),
    col('evidence', 'Minh chứng', 220, { aliases: ['Link minh chứng', 'Đường dẫn minh chứng', 'Minh chứng (link)'] }),
    col('note', 'Ghi chú', 220, { aliases: [] }),
    col('overdue', 'Quá hạn (ngày)', 90, { computed: true, format: 'integer' }),
    col('flag', 'Lưu ý của hệ thống', 260, { computed: true, aliases: ['Lưu ý hệ thống'] }),
  ],
};

export const ASSIGNMENTS_TAB: TabSpec = {
  key: 'assignments',
  name: 'Phân công',
  aliases: ['Phan cong', 'Danh sách phân công', 'Người phụ trách'],
  columns: [
    col('unit', 'Đơn vị / bộ phận', 200, { aliases: ['Đơn vị', 'Bộ phận', 'Đơn vị bộ phận', 'Tổ / bộ phận'], required: true }),
    col('name', 'Họ tên', 180, { aliases: ['Họ và tên', 'Người phụ trách', 'Cán bộ'] }),
    col('email', 'E-mail', 230, { aliases: ['Email', 'Thư điện tử', 'Địa chỉ e-mail', 'Gmail'], required: true, validation: 'email' }),
    col('role', 'Vai trò', 180, { aliases: ['Chức vụ', 'Nhiệm vụ'] }),
  ],
};

/**
 * The yearly self-assessment under QĐ 4725/QĐ-BGDĐT: one row per criterion (data: a Sở's own
 * variant replaces the rows). Mã has no «STT» alias: a Sở's table may number its rows in an STT
 * column beside the codes, and the two would then claim one role. Điểm tối đa is not required, so
 * a list pasted without it is read and each scored row named as a problem instead.
 */
export const SELF_ASSESSMENT_TAB: TabSpec = {
  key: 'selfAssessment',
  name: 'Tự đánh giá CĐS',
  aliases: ['Tu danh gia CDS', 'Tự đánh giá chuyển đổi số', 'Tự đánh giá DTI', 'Đánh giá 4725', 'Tự đánh giá mức độ CĐS', 'Tự đánh giá mức độ chuyển đổi số', 'Tự đánh giá QĐ 4725'],
  optional: true,
  columns: [
    col('code', 'Mã', 60, { aliases: ['Mã tiêu chí', 'Mã số', 'Mã số tiêu chí', 'Số hiệu tiêu chí', 'Ký hiệu'], required: true, format: 'plainText' }),
    col('name', 'Tiêu chí', 380, { aliases: ['Tên tiêu chí', 'Nội dung tiêu chí', 'Tiêu chí đánh giá', 'Nội dung đánh giá', 'Nội dung', 'Chỉ số'], required: true }),
    col('group', 'Nhóm', 200, { aliases: ['Nhóm tiêu chí', 'Lĩnh vực', 'Nhóm tiêu chí đánh giá', 'Nội dung đánh giá chung'] }),
    col('maxPoints', 'Điểm tối đa', 70, { aliases: ['Điểm chuẩn', 'Thang điểm', 'Điểm tối đa của tiêu chí', 'Điểm tối đa theo QĐ 4725', 'Số điểm tối đa'], validation: 'nonNegativeNumber' }),
    col('mandatory', 'Bắt buộc', 80, { aliases: ['Điều kiện bắt buộc', 'Tiêu chí bắt buộc', 'Là điều kiện bắt buộc'] }),
    col('score', 'Điểm tự đánh giá', 90, {
      aliases: ['Tự đánh giá', 'Điểm tự chấm', 'Tự chấm', 'Điểm tự ĐG', 'Kết quả tự đánh giá', 'Điểm trường tự đánh giá', 'Điểm đạt', 'Điểm đạt được', 'Trường tự đánh giá'],
      required: true,
      format: 'plainText',
    }),
    col('evidence', 'Minh chứng', 240, { aliases: ['Hồ sơ minh chứng', 'Hồ sơ/Minh chứng', 'Hồ sơ, minh chứng', 'Link minh chứng', 'Đường dẫn minh chứng', 'Minh chứng (link)', 'Tài liệu minh chứng', 'Ghi chú, minh chứng', 'Minh chứng, ghi chú'] }),
    col('note', 'Ghi chú', 200, { aliases: [] }),
    col('owner', 'Phụ trách', 170, { aliases: ['Người phụ trách', 'Bộ phận phụ trách', 'Đơn vị phụ trách', 'Người thực hiện', 'Bộ phận thực hiện', 'Đơn vị thực hiện'] }),
    col('met', 'Đạt điều kiện', 110, { computed: true, aliases: ['Đạt điều kiện bắt buộc'] }),
    col('groupScore', 'Điểm nhóm', 110, { computed: true, format: 'plainText', aliases: ['Tổng điểm nhóm'] }),
    col('level', 'Mức', 260, { computed: true, aliases: ['Mức của nhóm', 'Mức độ CĐS của nhóm'] }),
    col('linkedTasks', 'Nhiệm vụ liên quan', 260, { computed: true, aliases: ['Các nhiệm vụ liên quan'] }),
    col('taskEvidence', 'Minh chứng từ nhiệm vụ', 280, { computed: true, aliases: ['Minh chứng từ các nhiệm vụ'] }),
  ],
};

/*
 * The add-in's own tabs, written by it as a whole (Tổng quan, Nhật ký, Kiểm tra dữ liệu), take no
 * other names than their unaccented spelling (no "Dashboard", "Log"): a tab staff named so is theirs.
 * Even under the add-in's name, a tab is written only when the add-in made it (the shells check).
 */
export const DASHBOARD_TAB: TabSpec = { key: 'dashboard', name: 'Tổng quan', aliases: ['Tong quan'], columns: [] };

export const LOG_TAB: TabSpec = {
  key: 'log',
  name: 'Nhật ký',
  aliases: ['Nhat ky'],
  columns: [
    col('time', 'Thời điểm', 150, { format: 'dateTime' }),
    col('event', 'Sự kiện', 200),
    col('detail', 'Chi tiết', 420),
    col('user', 'Người thực hiện', 200),
  ],
};

export const CHECK_TAB: TabSpec = {
  key: 'check',
  name: 'Kiểm tra dữ liệu',
  aliases: ['Kiem tra du lieu'],
  columns: [col('n', 'STT', 50), col('cell', 'Ô cần sửa', 150), col('tab', 'Tab', 110), col('message', 'Vấn đề', 620)],
};

/** What the add-in's mark on a computed column says: `<tab key>.<column key>`, e.g. "progress.due". */
export function computedColumnMark(tab: TabSpec, column: ColumnSpec): string {
  return `${tab.key}.${column.key}`;
}

/** The tabs Khởi tạo creates, in order. The check tab is made by Kiểm tra dữ liệu when needed. */
export const WORKBOOK_TABS: readonly TabSpec[] = [
  DASHBOARD_TAB,
  INDICATORS_TAB,
  TASKS_TAB,
  PROGRESS_TAB,
  ASSIGNMENTS_TAB,
  // Before Cấu hình, so the tabs Khởi tạo made before it keep their places.
  SELF_ASSESSMENT_TAB,
  SETTINGS_TAB,
  LOG_TAB,
];

/** The tabs that hold what staff type (Tự đánh giá CĐS is optional: see TabSpec.optional). */
export const PLAN_TABS: readonly TabSpec[] = [SETTINGS_TAB, INDICATORS_TAB, TASKS_TAB, PROGRESS_TAB, ASSIGNMENTS_TAB, SELF_ASSESSMENT_TAB];

/** The plan tabs with computed columns (Cập nhật writes them), in the order they are written. */
export const COMPUTED_TABS: readonly TabSpec[] = PLAN_TABS.filter((spec) => spec.columns.some((c) => c.computed));

/** Settings rows of Cấu hình: key, label written by the template, accepted spellings, help text (settings.ts reads them). */
export interface SettingSpec {
  readonly key: SettingRowKey;
  readonly label: string;
  readonly aliases: readonly string[];
  readonly help: string;
  /** Reading reports a problem when the value is missing (settings with a default do not). */
  readonly required: boolean;
}

/** A setting of the plan: one entry of settings.ts's SETTING_TABLE, read from one or more Cấu hình rows. */
export type SettingKey = keyof Settings;

/** A row of Cấu hình. */
export type SettingRowKey =
  | 'parentAgency'
  | 'schoolName'
  | 'schoolCode'
  | 'place'
  | 'planYear'
  | 'planReference'
  | 'signerTitle'
  | 'signerName'
  | 'recipients'
  | 'remindDaysBefore'
  | 'reminderHour'
  | 'boardHeadEmail'
  | 'reportingRule'
  | 'proposals'
  | 'schoolYearStart'
  | 'firstTermEnd'
  | 'schoolYearEnd'
  | 'monthReportDeadline'
  | 'quarterReportDeadline'
  | 'halfReportDeadline'
  | 'yearReportDeadline'
  | 'rollupUrl'
  | 'rollupSchoolId'
  | 'rollupToken'
  | 'dtiLevelRule'
  | 'dtiDeadline'
  | 'dtiIndicator';

/** How Cấu hình writes each rule of the school's CĐS level (settings.ts reads these and other wordings). */
export const DTI_LEVEL_RULE_LABELS = {
  lowerCapped: 'Mức thấp hơn của hai nhóm, tối đa Mức 1 nếu chưa đạt điều kiện bắt buộc',
  lower: 'Mức thấp hơn của hai nhóm',
  groupsOnly: 'Chỉ xếp mức từng nhóm',
} as const;

export const SETTING_SPECS: readonly SettingSpec[] = [
  { key: 'parentAgency', label: 'Tên cơ quan chủ quản', aliases: ['Cơ quan chủ quản', 'Cơ quan cấp trên'], help: 'In hoa, ví dụ: SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG', required: true },
  { key: 'schoolName', label: 'Tên đơn vị', aliases: ['Tên trường', 'Đơn vị', 'Tên cơ quan', 'Tên nhà trường'], help: 'Ví dụ: Trường THPT An Lão', required: true },
  { key: 'schoolCode', label: 'Ký hiệu đơn vị', aliases: ['Ký hiệu', 'Viết tắt', 'Tên viết tắt'], help: 'Dùng trong số văn bản, ví dụ: THPTAL (…/BC-THPTAL)', required: true },
  { key: 'place', label: 'Địa danh', aliases: ['Nơi ban hành'], help: 'Ví dụ: An Lão (in ở dòng «An Lão, ngày … tháng … năm …»)', required: true },
  { key: 'planYear', label: 'Năm kế hoạch', aliases: ['Năm', 'Năm thực hiện'], help: 'Ví dụ: 2026', required: true },
  { key: 'planReference', label: 'Số/ngày kế hoạch', aliases: ['Số, ngày kế hoạch', 'Kế hoạch số', 'Căn cứ kế hoạch', 'Số kế hoạch'], help: 'Ví dụ: Kế hoạch số 12/KH-THPTAL ngày 10/3/2026 của Trường THPT An Lão', required: true },
  { key: 'signerTitle', label: 'Chức vụ người ký', aliases: ['Chức vụ', 'Chức danh người ký'], help: 'Mỗi dòng một dòng in, ví dụ: KT. HIỆU TRƯỞNG (xuống dòng) PHÓ HIỆU TRƯỞNG', required: true },
  { key: 'signerName', label: 'Người ký', aliases: ['Họ tên người ký', 'Tên người ký'], help: 'Họ tên người ký báo cáo', required: true },
  { key: 'recipients', label: 'Nơi nhận', aliases: ['Danh sách nơi nhận'], help: 'Mỗi dòng một nơi nhận (Alt+Enter để xuống dòng trong ô)', required: true },
  { key: 'remindDaysBefore', label: 'Nhắc trước (ngày)', aliases: ['Nhắc trước', 'Số ngày nhắc trước'], help: 'Số ngày nhắc trước hạn; để trống là 7', required: false },
  { key: 'reminderHour', label: 'Giờ gửi nhắc', aliases: ['Giờ nhắc', 'Giờ gửi'], help: 'Giờ trong ngày (0–23) gửi e-mail nhắc việc; để trống là 7', required: false },
  { key: 'boardHeadEmail', label: 'E-mail trưởng ban', aliases: ['Email trưởng ban', 'E-mail trưởng ban chỉ đạo', 'Email trưởng ban chỉ đạo', 'E-mail Trưởng Ban chỉ đạo'], help: 'Nhận tổng hợp hằng tuần và các việc quá hạn trên 14 ngày', required: true },
  { key: 'reportingRule', label: 'Cách tính kỳ báo cáo', aliases: ['Kỳ báo cáo', 'Cách tính kỳ'], help: '«Theo quý dương lịch» hoặc «Từ ngày 15 tháng trước đến ngày 14» (số liệu chốt ngày 14 tháng cuối quý)', required: false },
  { key: 'proposals', label: 'Đề xuất, kiến nghị', aliases: ['Đề xuất kiến nghị', 'Kiến nghị', 'Đề xuất'], help: 'Đoạn văn in ở mục IV của báo cáo', required: false },
  { key: 'schoolYearStart', label: 'Ngày khai giảng', aliases: ['Khai giảng', 'Ngày khai giảng năm học', 'Ngày bắt đầu năm học', 'Bắt đầu năm học'], help: 'Ngày/tháng, ví dụ 05/09, hoặc ngày của một năm học, ví dụ 05/09/2025; để trống là 05/09 (khung thời gian năm học của Bộ GDĐT). Dùng cho «Đầu năm học»', required: false },
  { key: 'firstTermEnd', label: 'Kết thúc học kỳ I', aliases: ['Hết học kỳ I', 'Ngày kết thúc học kỳ I', 'Kết thúc HK I', 'Kết thúc học kỳ 1', 'Kết thúc HKI'], help: 'Ví dụ 18/01 hoặc 18/01/2026; để trống là 18/01. Hạn của «Học kỳ I»', required: false },
  { key: 'schoolYearEnd', label: 'Kết thúc năm học', aliases: ['Hết năm học', 'Ngày kết thúc năm học', 'Kết thúc học kỳ II', 'Kết thúc HK II', 'Kết thúc học kỳ 2'], help: 'Ví dụ 31/05 hoặc 31/05/2026; để trống là 31/05. Hạn của «Học kỳ II», «Cuối năm học»', required: false },
  { key: 'monthReportDeadline', label: 'Hạn báo cáo tháng', aliases: ['Báo cáo tháng', 'Thời hạn báo cáo tháng', 'Hạn gửi báo cáo tháng', 'Hạn nộp báo cáo tháng'], help: 'Như kế hoạch ghi, ví dụ: Trước ngày 12 hằng tháng; để trống nếu không có. Số liệu báo cáo tháng tính đến ngày này; nhắc trưởng ban trước hạn', required: false },
  { key: 'quarterReportDeadline', label: 'Hạn báo cáo quý', aliases: ['Báo cáo quý', 'Thời hạn báo cáo quý', 'Hạn gửi báo cáo quý', 'Hạn nộp báo cáo quý'], help: 'Ví dụ: Trước ngày 15 tháng cuối quý; để trống nếu không có', required: false },
  { key: 'halfReportDeadline', label: 'Hạn báo cáo 6 tháng', aliases: ['Báo cáo 6 tháng', 'Thời hạn báo cáo 6 tháng', 'Hạn gửi báo cáo 6 tháng', 'Hạn nộp báo cáo 6 tháng', 'Hạn báo cáo sáu tháng'], help: 'Ví dụ: Trước ngày 05/6; để trống nếu không có', required: false },
  { key: 'yearReportDeadline', label: 'Hạn báo cáo năm', aliases: ['Báo cáo năm', 'Thời hạn báo cáo năm', 'Hạn gửi báo cáo năm', 'Hạn nộp báo cáo năm'], help: 'Ví dụ: Trước ngày 05/12; để trống nếu không có', required: false },
  { key: 'rollupUrl', label: 'Địa chỉ nhận số liệu (Phòng/Sở)', aliases: ['Địa chỉ nhận số liệu', 'Địa chỉ gửi số liệu', 'URL nhận số liệu', 'Địa chỉ máy nhận số liệu'], help: 'Địa chỉ https do Phòng/Sở cung cấp (kết thúc bằng /exec); để trống nếu không gửi số liệu lên', required: false },
  { key: 'rollupSchoolId', label: 'Mã trường', aliases: ['Mã đơn vị', 'Mã trường (Phòng/Sở)', 'Mã trường do Sở cấp'], help: 'Mã Phòng/Sở cấp cho trường; để trống là «Ký hiệu đơn vị»', required: false },
  { key: 'rollupToken', label: 'Mã bảo mật gửi số liệu', aliases: ['Mã bảo mật', 'Mã gửi số liệu', 'Token gửi số liệu'], help: 'Mã bí mật Phòng/Sở cấp riêng cho trường. Ai mở được bảng tính này đều xem được: chỉ chia sẻ bảng tính cho người được phép báo cáo; lộ mã thì đề nghị Phòng/Sở cấp mã mới', required: false },
  {
    key: 'dtiLevelRule',
    label: 'Cách xác định mức CĐS của trường',
    aliases: ['Cách xác định mức chuyển đổi số của trường', 'Mức CĐS của trường', 'Cách xếp mức CĐS'],
    help:
      'QĐ 4725 chỉ xếp mức cho từng nhóm tiêu chí; cách xếp một mức chung cho trường là giả định của tiện ích. ' +
      `«${DTI_LEVEL_RULE_LABELS.lowerCapped}» (mặc định, khi để trống); ` +
      `«${DTI_LEVEL_RULE_LABELS.lower}» (không xét điều kiện bắt buộc); «${DTI_LEVEL_RULE_LABELS.groupsOnly}» (không xếp mức chung của trường)`,
    required: false,
  },
  { key: 'dtiDeadline', label: 'Hạn tự đánh giá CĐS', aliases: ['Hạn tự đánh giá chuyển đổi số', 'Hạn tự đánh giá', 'Hạn nộp tự đánh giá CĐS'], help: 'Ngày/tháng trong năm kế hoạch, ví dụ 31/05; để trống là 31/05 (theo lịch tự đánh giá QĐ 4725). Nhắc việc trước hạn như các nhiệm vụ', required: false },
  { key: 'dtiIndicator', label: 'Chỉ tiêu nhận mức CĐS', aliases: ['Chỉ tiêu mức CĐS', 'STT chỉ tiêu mức CĐS', 'Chỉ tiêu nhận mức chuyển đổi số'], help: 'STT của chỉ tiêu (tab «Chỉ tiêu») lấy kết quả từ mức CĐS của trường ở tab «Tự đánh giá CĐS», ví dụ 5 (chỉ tiêu «Nhà trường đạt mức độ CĐS mức 2 trở lên»); để trống nếu không có', required: false },
];

/** The Cấu hình row of each kind of report's deadline. */
export const DEADLINE_SETTING_KEYS = {
  month: 'monthReportDeadline',
  quarter: 'quarterReportDeadline',
  half: 'halfReportDeadline',
  year: 'yearReportDeadline',
} as const satisfies Record<'month' | 'quarter' | 'half' | 'year', SettingRowKey>;

export const REPORTING_RULE_LABELS = { calendar: 'Theo quý dương lịch', 'mid-month': 'Từ ngày 15 tháng trước đến ngày 14' } as const;

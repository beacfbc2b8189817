/**
 * The plan as staff keep it: raw cell values, grouped the way Phụ lục 1 and 2 are. Nothing here
 * is interpreted yet (targets, timings, results stay as typed); `evaluatePlan` reads them.
 * `ref` says where a record came from, as "<tab>!A<row>" (e.g. "Tiến độ!A12"), so messages and
 * e-mails can point at the row.
 */
import type { ReportDeadlines } from './report/deadlines';
import type { SchoolYearDates } from './calendar';
import type { CalendarDate } from './date';
import type { DtiLevelRule, SelfAssessment } from './dti/selfAssessment';

export interface Group {
  /** Roman numeral as written in STT: "I", "II", … */
  readonly numeral: string;
  readonly name: string;
}

export interface Indicator {
  readonly id: string;
  readonly group: Group;
  readonly name: string;
  readonly unit: string;
  readonly targetText: string;
  /** Value at the end of Quý I…IV (cumulative), raw as typed; blank when not yet reported. */
  readonly quarterResults: readonly [unknown, unknown, unknown, unknown];
  /** Số liệu năm trước, raw as typed: what «tăng 10% so với năm 2025» is read against; blank/absent when none. */
  readonly baseline?: unknown;
  readonly owner: string;
  readonly evidence: string;
  readonly note: string;
  readonly ref?: string;
}

export interface Task {
  readonly id: string;
  readonly group: Group;
  readonly name: string;
  readonly product: string;
  readonly lead: string;
  readonly partners: string;
  /** "Quý II", "Hàng quý", "Thường xuyên", a date… as typed. */
  readonly timing: string | CalendarDate;
  /**
   * Tiêu chí 4725: the QĐ 4725 criteria codes the task serves, as typed («1.3.1, 1.4»; split on
   * «,», «;» and spaces by criteriaCodes in src/sheet/selfAssessment.ts). Absent when blank.
   */
  readonly criteria?: string;
  readonly ref?: string;
}

/** What staff record for one occurrence of a task (a row of Tiến độ). */
export interface ProgressEntry {
  readonly taskId: string;
  /** The occurrence label ("Quý III", "Tháng 5", …) as generated from the task's timing. */
  readonly label: string;
  readonly status: unknown;
  readonly completedOn: unknown;
  readonly evidence: string;
  readonly note: string;
  readonly ref?: string;
}

export interface Assignment {
  readonly unit: string;
  readonly name: string;
  readonly email: string;
  readonly role: string;
}

/** The Cấu hình tab, keyed by setting. */
export interface Settings {
  readonly parentAgency: string;
  readonly schoolName: string;
  readonly schoolCode: string;
  readonly place: string;
  readonly planYear: number;
  readonly planReference: string;
  readonly signerTitle: string;
  readonly signerName: string;
  readonly recipients: readonly string[];
  readonly remindDaysBefore: number;
  readonly reminderHour: number;
  readonly boardHeadEmail: string;
  /** Đề xuất, kiến nghị for the report. */
  readonly proposals: string;
  /**
   * Cách tính kỳ báo cáo: 'calendar' = calendar quarters; 'mid-month' = data cut off on the
   * 14th of the quarter's last month (the 15th-to-14th rule some Sở use).
   */
  readonly reportingRule: 'calendar' | 'mid-month';
  /** School years whose dates Cấu hình sets; the others take the Bộ's framework (see calendar.ts). */
  readonly schoolYears: readonly SchoolYearDates[];
  /** Hạn báo cáo tháng / quý / 6 tháng / năm, when Cấu hình records them (see report/deadlines.ts). */
  readonly reportDeadlines?: ReportDeadlines;
  /** Cách xác định mức CĐS của trường (QĐ 4725 self-assessment; see dti/assessment.ts). */
  readonly dtiLevelRule: DtiLevelRule;
  /** Hạn tự đánh giá CĐS in the plan year (default 31/5). */
  readonly dtiDeadline: { readonly day: number; readonly month: number };
  /** STT of the indicator whose result is the school's CĐS level; '' when none. */
  readonly dtiIndicator: string;
}

export interface Plan {
  readonly settings: Settings;
  readonly indicators: readonly Indicator[];
  readonly tasks: readonly Task[];
  readonly progress: readonly ProgressEntry[];
  readonly assignments: readonly Assignment[];
  /** The «Tự đánh giá CĐS» tab (QĐ 4725), when the workbook has one. */
  readonly selfAssessment?: SelfAssessment;
}

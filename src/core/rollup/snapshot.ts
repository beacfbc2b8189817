/**
 * The snapshot: the one small, standard table a school hands its Phòng/Sở (by push to the Sở's
 * receiver, or as a file for the offline `rollup`). One per school and day: who (school id,
 * name, the school's e-mail of record), the plan year and as-of day, every indicator with its
 * Sở code, target, result, attainment and verdict, the task occurrences counted by state, the
 * overdue ones, and the CĐS self-assessment levels when the school has them.
 *
 * Only unit names and the school's e-mail of record leave the school: no staff name, no other
 * address (Phân công stays home; a lead written as a staff member's name travels as that
 * person's unit; an address inside a text is blanked out).
 *
 * `readSnapshot` is the gate for anything received: size, shape, types and ranges, with a
 * Vietnamese message, never a throw; what it returns holds only the fields below.
 */
import { isoString, isValidCalendarDate, parseIsoDate, PLAN_TIME_ZONE, timeOfDayText, zoneParts } from '../date';
import type { IndicatorEvaluation, IndicatorState, PlanEvaluation } from '../evaluation';
import { isValidEmail, normalizeEmail } from '../email';
import type { Plan, Settings } from '../plan';
import { indicatorVerdict } from '../report/model';
import { fail, ok, type Result } from '../result';
import { occurrenceStatus } from '../statusText';
import { TASK_STATUSES } from '../status';
import { cleanText, displayText, foldText, quote, shorten } from '../text';
import { formatResult } from '../value';

export const SNAPSHOT_VERSION = 1;
/** Largest snapshot accepted, in UTF-8 bytes of its JSON (a 50-indicator, 40-task school is about 20 KB). */
export const SNAPSHOT_MAX_BYTES = 256 * 1024;
/** Largest attainment a snapshot carries (10 = 1000%); a larger ratio travels as 10. Means cap at 1 anyway. */
export const MAX_ATTAINMENT = 10;

export interface SnapshotLimits {
  readonly maxBytes: number;
  readonly maxIndicators: number;
  readonly maxOverdue: number;
  /** Longest text field, in characters. */
  readonly maxText: number;
}

export const SNAPSHOT_LIMITS: SnapshotLimits = { maxBytes: SNAPSHOT_MAX_BYTES, maxIndicators: 500, maxOverdue: 2000, maxText: 2000 };

/** Most entries in tasks.byState and in selfAssessment.groups. */
const MAX_STATES = 20;
const MAX_GROUPS = 20;

export interface SnapshotIndicator {
  /** «Mã chỉ tiêu Sở» as the school typed it (cleaned); '' when the row is not mapped to a Sở indicator. */
  readonly code: string;
  readonly stt: string;
  readonly name: string;
  /** Đơn vị tính. (Extension of the contract.) */
  readonly unit: string;
  readonly target: string;
  /** The latest result as a reader expects it («96%», «2 đợt», «Có»); '' when none yet. */
  readonly result: string;
  /** The quarter of that result (1–4), null when none. (Extension of the contract.) */
  readonly quarter: 1 | 2 | 3 | 4 | null;
  /** Raw ratio result ÷ target (not capped at 1; kept within 0..MAX_ATTAINMENT); null when not assessed. */
  readonly attainment: number | null;
  /** Đánh giá as the report words it: «Đạt», «Chưa đạt», «Chưa có kết quả», «Dài hạn (đến 2030)»… */
  readonly verdict: string;
  /** The evaluation's state: what the roll-up counts (met / assessed). (Extension of the contract.) */
  readonly state: IndicatorState;
}

export interface SnapshotOverdue {
  /** STT of the task. */
  readonly stt: string;
  readonly name: string;
  /** The occurrence: «Quý II», «Tháng 5»… */
  readonly label: string;
  /** Due day, ISO yyyy-mm-dd. */
  readonly due: string;
  readonly days: number;
  /** Đơn vị chủ trì (a unit name). */
  readonly lead: string;
}

export interface SnapshotTasks {
  /** Occurrences (kỳ) by status: «Chưa thực hiện», «Đang thực hiện», «Hoàn thành», «Tạm dừng». */
  readonly byState: Readonly<Record<string, number>>;
  /** All overdue occurrences, even when `overdue` was cut to the limit. (Extension of the contract.) */
  readonly overdueCount: number;
  /** Overdue occurrences, most overdue first (at most SNAPSHOT_LIMITS.maxOverdue). */
  readonly overdue: readonly SnapshotOverdue[];
}

export interface SnapshotDtiGroup {
  readonly name: string;
  readonly total: number;
  readonly maxTotal: number;
  /** Mức 1–3, null while not assessed. */
  readonly level: number | null;
}

export interface SnapshotSelfAssessment {
  readonly groups: readonly SnapshotDtiGroup[];
  readonly schoolLevel: number | null;
}

export interface Snapshot {
  readonly version: 1;
  readonly schoolId: string;
  readonly schoolName: string;
  /** The school's e-mail of record ('' when Cấu hình has none). */
  readonly email: string;
  readonly planYear: number;
  /** The day the figures are as of, ISO yyyy-mm-dd. */
  readonly asOf: string;
  /** When it was made/sent, ISO date-time with zone: orders a school's snapshots (a later one replaces an earlier). */
  readonly sentAt: string;
  readonly indicators: readonly SnapshotIndicator[];
  readonly tasks: SnapshotTasks;
  readonly selfAssessment?: SnapshotSelfAssessment;
}

/**
 * What the snapshot reads of a self-assessment: the shape of core's DtiAssessment
 * (src/core/dti/assessment.ts), which `evaluation.selfAssessment` is.
 */
export interface SelfAssessmentLevels {
  readonly groups: readonly { readonly name: string; readonly total: number; readonly maxTotal: number; readonly level: number | undefined }[];
  readonly schoolLevel: number | undefined;
}

/**
 * The school's id at its Phòng/Sở, the one rule for the add-in's push and the CLI's `snapshot`:
 * Cấu hình's «Mã trường» when filled in, else its «Ký hiệu đơn vị»; '' when both are blank.
 */
export function snapshotSchoolId(settings: Settings): string {
  const id = cleanText(settings.rollup?.schoolId ?? '');
  return id !== '' ? id : cleanText(settings.schoolCode);
}

export interface SnapshotOptions {
  /** The school's e-mail of record; default Cấu hình's E-mail trưởng ban. */
  readonly email?: string;
  /** Self-assessment levels; default `evaluation.selfAssessment` when the evaluation has one. */
  readonly selfAssessment?: SelfAssessmentLevels;
}

const EMAIL_IN_TEXT = /[^\s@<>()[\]",;:\\]+@[^\s@<>()[\]",;:\\]+\.[A-Za-z]{2,}/g;

/** A text as it may leave the school: cleaned, any e-mail address blanked, at most the limit. */
function outgoing(text: string): string {
  return shorten(cleanText(text).replace(EMAIL_IN_TEXT, '[e-mail]'), SNAPSHOT_LIMITS.maxText);
}

function attainmentOf(e: IndicatorEvaluation): number | null {
  if (!e.attainment) return null;
  const r = e.attainment.ratio;
  return Number.isFinite(r) ? Math.min(MAX_ATTAINMENT, Math.max(0, r)) : r > 0 ? MAX_ATTAINMENT : 0;
}

function indicatorOf(e: IndicatorEvaluation): SnapshotIndicator {
  const i = e.indicator;
  const target = e.target.ok ? e.target.value : undefined;
  return {
    code: outgoing(i.soCode ?? ''),
    stt: outgoing(i.id),
    name: outgoing(i.name),
    unit: outgoing(i.unit),
    target: outgoing(i.targetText),
    result: e.latest ? outgoing(formatResult(e.latest.value, target)) : '',
    quarter: e.latest ? e.latest.quarter : null,
    attainment: attainmentOf(e),
    verdict: indicatorVerdict(e),
    state: e.state,
  };
}

/** A lead unit as it may leave: a staff member's name (Phân công's Họ tên) is replaced by that person's unit. */
function leadUnit(plan: Plan): (lead: string) => string {
  const units = new Map<string, string>();
  for (const a of plan.assignments) {
    const name = foldText(a.name);
    if (name !== '') units.set(name, a.unit);
  }
  return (lead) => outgoing(units.get(foldText(lead)) ?? lead);
}

function selfAssessmentOf(levels: SelfAssessmentLevels): SnapshotSelfAssessment {
  const level = (n: number | undefined): number | null => (n === undefined ? null : n);
  return {
    groups: levels.groups.slice(0, MAX_GROUPS).map((g) => ({ name: outgoing(g.name), total: g.total, maxTotal: g.maxTotal, level: level(g.level) })),
    schoolLevel: level(levels.schoolLevel),
  };
}

/**
 * The school's snapshot from its evaluation (pure). `sentAt`: ISO date-time of the push or file.
 * Indicators in plan order; overdue occurrences most overdue first, cut to the limit.
 */
export function snapshotOf(plan: Plan, evaluation: PlanEvaluation, sentAt: string, options: SnapshotOptions = {}): Snapshot {
  const byState: Record<string, number> = {};
  for (const s of TASK_STATUSES) byState[s] = 0;
  for (const o of evaluation.occurrences) {
    const s = occurrenceStatus(o);
    byState[s] = (byState[s] ?? 0) + 1;
  }
  const lead = leadUnit(plan);
  const overdue = evaluation.overdue.slice(0, SNAPSHOT_LIMITS.maxOverdue).map((o) => ({
    stt: outgoing(o.task.id),
    name: outgoing(o.task.name),
    label: outgoing(o.label),
    due: o.due ? isoString(o.due) : '',
    days: o.overdueDays,
    lead: lead(o.task.lead),
  }));
  const levels: SelfAssessmentLevels | undefined = options.selfAssessment ?? evaluation.selfAssessment;
  const email = normalizeEmail(options.email ?? plan.settings.boardHeadEmail);
  return {
    version: SNAPSHOT_VERSION,
    schoolId: outgoing(snapshotSchoolId(plan.settings)),
    schoolName: outgoing(plan.settings.schoolName),
    email: isValidEmail(email) ? email : '',
    planYear: evaluation.planYear,
    asOf: isoString(evaluation.asOf),
    sentAt,
    indicators: evaluation.indicators.map(indicatorOf),
    tasks: { byState, overdueCount: evaluation.overdue.length, overdue },
    ...(levels ? { selfAssessment: selfAssessmentOf(levels) } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Reading a received snapshot

/** A UTF-8 byte count without TextEncoder (not in every runtime the core runs in). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** The instant of an ISO date-time with a zone («2026-04-05T07:00:00+07:00», «…Z»); undefined when not one. */
export function sentAtMillis(text: string): number | undefined {
  const m = ISO_DATE_TIME.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s, zh, zm] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0', m[7] ?? '0', m[8] ?? '0'].map(Number) as number[];
  if (!isValidCalendarDate(y!, mo!, d!) || h! > 23 || mi! > 59 || s! > 59 || zh! > 14 || zm! > 59) return undefined;
  const millis = Date.parse(text);
  return Number.isFinite(millis) ? millis : undefined;
}

/** An instant as a snapshot's sentAt: Vietnam wall clock with its zone, «2026-10-15T07:05:00+07:00». */
export function vietnamTimestamp(millis: number): string {
  const p = zoneParts(new Date(millis), PLAN_TIME_ZONE);
  return `${isoString(p)}T${timeOfDayText(p, true)}+07:00`;
}

// Fields are `declare`d and set in the constructor: a class field would make esbuild inline its
// __publicField helper, which the Apps Script build refuses (scripts/build.mjs, "<runtime>").
class Invalid {
  declare readonly message: string;
  constructor(message: string) {
    this.message = message;
  }
}

const KB = 1024;

function sizeText(bytes: number): string {
  return `${Math.ceil(bytes / KB)} KB`;
}

function shown(value: unknown): string {
  if (value === null) return 'trống (null)';
  if (value === undefined) return 'không có';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return displayText(value);
  return Array.isArray(value) ? 'một danh sách' : 'một bảng';
}

/** Reads one object's fields, each error naming where it is («chỉ tiêu thứ 3, tỷ lệ đạt»). */
class Fields {
  declare private readonly value: Record<string, unknown>;
  declare private readonly where: string;
  declare private readonly limits: SnapshotLimits;
  constructor(value: Record<string, unknown>, where: string, limits: SnapshotLimits) {
    this.value = value;
    this.where = where;
    this.limits = limits;
  }

  static of(value: unknown, where: string, what: string, limits: SnapshotLimits): Fields {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Invalid(`${where ? `${where}: ` : ''}${what} phải là một bảng (nhận được ${shown(value)}).`);
    return new Fields(value as Record<string, unknown>, where, limits);
  }

  private bad(label: string, rule: string, value: unknown): never {
    if (value === undefined) throw new Invalid(this.where ? `${this.where}: thiếu ${label}.` : `Thiếu ${label.charAt(0).toLowerCase()}${label.slice(1)}.`);
    throw new Invalid(`${this.where ? `${this.where}, ` : ''}${label} ${rule} (nhận được ${shown(value)}).`);
  }

  raw(key: string): unknown {
    return Object.prototype.hasOwnProperty.call(this.value, key) ? this.value[key] : undefined;
  }

  text(key: string, label: string, { required = false, max = this.limits.maxText } = {}): string {
    const v = this.raw(key);
    if (typeof v !== 'string') this.bad(label, 'phải là chữ', v);
    if (v.length > max) this.bad(label, `dài quá ${max} ký tự`, `${v.length} ký tự`);
    if (required && v.trim() === '') this.bad(label, 'không được để trống', v);
    return v;
  }

  number(key: string, label: string, min: number, max: number, { integer = false, nullable = false } = {}): number | null {
    const v = this.raw(key);
    if (v === null && nullable) return null;
    if (typeof v !== 'number' || !Number.isFinite(v)) this.bad(label, nullable ? `phải là số hoặc để trống (null)` : 'phải là số', v);
    if (integer && !Number.isInteger(v)) this.bad(label, 'phải là số nguyên', v);
    if (v < min || v > max) this.bad(label, max === Number.MAX_SAFE_INTEGER ? `phải từ ${min} trở lên` : `phải từ ${min} đến ${max}`, v);
    return v;
  }

  count(key: string, label: string): number {
    return this.number(key, label, 0, Number.MAX_SAFE_INTEGER, { integer: true })!;
  }

  day(key: string, label: string): string {
    const v = this.text(key, label, { max: 10 });
    if (!parseIsoDate(v)) this.bad(label, 'phải là ngày dạng yyyy-mm-dd', v);
    return v;
  }

  list(key: string, label: string, max: number): readonly unknown[] {
    const v = this.raw(key);
    if (!Array.isArray(v)) this.bad(label, 'phải là một danh sách', v);
    if (v.length > max) this.bad(label, `có quá ${max} mục`, `${v.length} mục`);
    return v;
  }

  oneOf<T extends string>(key: string, label: string, values: readonly T[]): T {
    const v = this.raw(key);
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) this.bad(label, `phải là một trong: ${values.join(', ')}`, v);
    return v as T;
  }
}

const STATES: readonly IndicatorState[] = ['met', 'unmet', 'pending', 'invalid', 'longTerm'];

function readIndicator(value: unknown, n: number, limits: SnapshotLimits): SnapshotIndicator {
  const f = Fields.of(value, `Chỉ tiêu thứ ${n}`, 'chỉ tiêu', limits);
  const quarter = f.number('quarter', 'quý của kết quả', 1, 4, { integer: true, nullable: true });
  return {
    code: f.text('code', 'mã chỉ tiêu Sở'),
    stt: f.text('stt', 'STT'),
    name: f.text('name', 'tên chỉ tiêu'),
    unit: f.text('unit', 'đơn vị tính'),
    target: f.text('target', 'mục tiêu'),
    result: f.text('result', 'kết quả'),
    quarter: quarter as SnapshotIndicator['quarter'],
    attainment: f.number('attainment', 'tỷ lệ đạt', 0, MAX_ATTAINMENT, { nullable: true }),
    verdict: f.text('verdict', 'đánh giá'),
    state: f.oneOf('state', 'trạng thái đánh giá', STATES),
  };
}

function readOverdue(value: unknown, n: number, limits: SnapshotLimits): SnapshotOverdue {
  const f = Fields.of(value, `Việc quá hạn thứ ${n}`, 'việc quá hạn', limits);
  return {
    stt: f.text('stt', 'STT'),
    name: f.text('name', 'tên nhiệm vụ'),
    label: f.text('label', 'kỳ'),
    due: f.day('due', 'hạn'),
    days: f.number('days', 'số ngày quá hạn', 1, 100_000, { integer: true })!,
    lead: f.text('lead', 'đơn vị chủ trì'),
  };
}

function readTasks(value: unknown, limits: SnapshotLimits): SnapshotTasks {
  const f = Fields.of(value, '', 'Phần nhiệm vụ (tasks)', limits);
  const states = f.raw('byState');
  const s = Fields.of(states, 'Nhiệm vụ', 'số kỳ theo trạng thái', limits);
  const keys = Object.keys(states as object);
  if (keys.length > MAX_STATES) throw new Invalid(`Nhiệm vụ: số kỳ theo trạng thái có quá ${MAX_STATES} trạng thái (nhận được ${keys.length}).`);
  const byState: Record<string, number> = {};
  for (const key of keys) {
    if (key.length > 100) throw new Invalid(`Nhiệm vụ: tên trạng thái dài quá 100 ký tự (nhận được ${quote(key)}).`);
    byState[key] = s.count(key, `số kỳ «${shorten(key, 40)}»`);
  }
  const overdue = f.list('overdue', 'Danh sách việc quá hạn', limits.maxOverdue).map((o, i) => readOverdue(o, i + 1, limits));
  const overdueCount = f.count('overdueCount', 'Số việc quá hạn');
  if (overdueCount < overdue.length) throw new Invalid(`Số việc quá hạn (${overdueCount}) nhỏ hơn số dòng việc quá hạn gửi kèm (${overdue.length}).`);
  return { byState, overdueCount, overdue };
}

function readSelfAssessment(value: unknown, limits: SnapshotLimits): SnapshotSelfAssessment {
  const f = Fields.of(value, '', 'Phần tự đánh giá CĐS', limits);
  const groups = f.list('groups', 'Tự đánh giá CĐS: danh sách nhóm', MAX_GROUPS).map((g, i) => {
    const gf = Fields.of(g, `Tự đánh giá CĐS, nhóm thứ ${i + 1}`, 'nhóm', limits);
    const maxTotal = gf.number('maxTotal', 'điểm tối đa', 0, 1000)!;
    return {
      name: gf.text('name', 'tên nhóm'),
      total: gf.number('total', 'tổng điểm', 0, 1000)!,
      maxTotal,
      level: gf.number('level', 'mức', 1, 3, { integer: true, nullable: true }),
    };
  });
  return { groups, schoolLevel: f.number('schoolLevel', 'Tự đánh giá CĐS: mức của trường', 1, 3, { integer: true, nullable: true }) };
}

/**
 * Parts of a snapshot as another store kept them (the receiver's register keeps the overdue list
 * and the self-assessment as JSON): checked by the same readers as a received snapshot. Never throws.
 */
export function readOverdueList(value: unknown, limits: SnapshotLimits = SNAPSHOT_LIMITS): Result<readonly SnapshotOverdue[]> {
  try {
    if (!Array.isArray(value)) return fail(`Danh sách việc quá hạn phải là một danh sách (nhận được ${shown(value)}).`);
    if (value.length > limits.maxOverdue) return fail(`Danh sách việc quá hạn có quá ${limits.maxOverdue} mục (nhận được ${value.length} mục).`);
    return ok(value.map((o, i) => readOverdue(o, i + 1, limits)));
  } catch (e) {
    return fail(e instanceof Invalid ? e.message : 'Danh sách việc quá hạn không đọc được.');
  }
}

/** A self-assessment part kept elsewhere (see readOverdueList). Never throws. */
export function readSelfAssessmentPart(value: unknown, limits: SnapshotLimits = SNAPSHOT_LIMITS): Result<SnapshotSelfAssessment> {
  try {
    return ok(readSelfAssessment(value, limits));
  } catch (e) {
    return fail(e instanceof Invalid ? e.message : 'Phần tự đánh giá CĐS không đọc được.');
  }
}

function readShape(value: unknown, limits: SnapshotLimits): Snapshot {
  const f = Fields.of(value, '', 'Số liệu gửi lên', limits);
  const version = f.raw('version');
  if (version !== SNAPSHOT_VERSION) throw new Invalid(`Phiên bản số liệu không được hỗ trợ (nhận được ${shown(version)}, cần ${SNAPSHOT_VERSION}): hãy cập nhật tiện ích ở trường.`);
  const schoolId = f.text('schoolId', 'Mã trường', { required: true, max: 100 });
  const email = f.text('email', 'E-mail của trường', { max: 254 });
  if (email !== '' && !isValidEmail(normalizeEmail(email))) throw new Invalid(`E-mail của trường không hợp lệ (nhận được ${quote(email)}).`);
  const sentAt = f.text('sentAt', 'Thời điểm gửi', { max: 40 });
  if (sentAtMillis(sentAt) === undefined) throw new Invalid(`Thời điểm gửi phải là ngày giờ ISO có múi giờ, ví dụ 2026-04-05T07:00:00+07:00 (nhận được ${quote(sentAt)}).`);
  const sa = f.raw('selfAssessment');
  return {
    version: SNAPSHOT_VERSION,
    schoolId,
    schoolName: f.text('schoolName', 'Tên trường', { required: true }),
    email,
    planYear: f.number('planYear', 'Năm kế hoạch', 2000, 2100, { integer: true })!,
    asOf: f.day('asOf', 'Ngày số liệu'),
    sentAt,
    indicators: f.list('indicators', 'Danh sách chỉ tiêu', limits.maxIndicators).map((v, i) => readIndicator(v, i + 1, limits)),
    tasks: readTasks(f.raw('tasks'), limits),
    ...(sa === undefined || sa === null ? {} : { selfAssessment: readSelfAssessment(sa, limits) }),
  };
}

/**
 * A received snapshot, as JSON text or as an already-parsed value: checked for size (UTF-8
 * bytes of its JSON), shape, types and ranges before anything is written. The result holds only
 * the snapshot's own fields (anything else sent is dropped). Never throws.
 */
export function readSnapshot(json: unknown, limits: SnapshotLimits = SNAPSHOT_LIMITS): Result<Snapshot> {
  try {
    let value: unknown = json;
    if (typeof json === 'string') {
      const bytes = utf8Length(json);
      if (bytes > limits.maxBytes) return fail(`Số liệu gửi lên quá lớn: ${sizeText(bytes)} (tối đa ${sizeText(limits.maxBytes)}).`);
      if (json.trim() === '') return fail('Không có số liệu: nội dung gửi lên trống.');
      try {
        value = JSON.parse(json);
      } catch {
        return fail('Số liệu gửi lên không đúng định dạng JSON.');
      }
    } else {
      let text: string | undefined;
      try {
        text = JSON.stringify(json);
      } catch {
        return fail('Số liệu gửi lên không đúng định dạng JSON.');
      }
      if (text === undefined) return fail('Không có số liệu: nội dung gửi lên trống.');
      const bytes = utf8Length(text);
      if (bytes > limits.maxBytes) return fail(`Số liệu gửi lên quá lớn: ${sizeText(bytes)} (tối đa ${sizeText(limits.maxBytes)}).`);
    }
    return ok(readShape(value, limits));
  } catch (e) {
    return fail(e instanceof Invalid ? e.message : 'Số liệu gửi lên không đọc được.');
  }
}

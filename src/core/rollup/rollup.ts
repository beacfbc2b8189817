/**
 * The Phòng/Sở roll-up (pure, linear in the snapshots): every school's latest snapshot (and its
 * previous quarter's), the school × indicator-code table, and per code across schools the mean
 * attainment (each school's ratio capped at 100%, as summarize() caps), the lowest, how many
 * schools met it out of those assessed; schools with overdue tasks; schools not reported since a
 * day; the CĐS level distribution; every school's indicators not mapped to a Sở code.
 *
 * Which snapshot a school keeps is `retain`: the receiver (Apps Script) and the offline `rollup`
 * share it, so a replayed old snapshot never replaces a newer one in either.
 */
import { addDays, type CalendarDate, midnightIn, parseIsoDate } from '../date';
import { fromRoman, quarterOf } from '../period';
import { cleanText, foldText } from '../text';
import { sentAtMillis, type Snapshot, type SnapshotIndicator, type SnapshotOverdue, vietnamTimestamp } from './snapshot';

// ---------------------------------------------------------------------------------------------
// Which snapshots a school keeps

/**
 * What `retain` orders by: when a snapshot was sent and the day its figures are as of. A Snapshot
 * is one; the receiver passes what its register and data tabs hold of the snapshots it keeps.
 */
export interface Stamped {
  readonly sentAt: string;
  readonly asOf: string;
}

/** What the Sở holds for one school: its latest snapshot and the previous quarter's. */
export interface HeldSnapshots<T extends Stamped = Snapshot> {
  readonly latest: T;
  /** The latest snapshot (by sentAt) whose as-of day is in a quarter before the latest's. */
  readonly previous?: T;
}

/**
 * 'new': the school's first; 'replaced': newer than the held one; 'previous': older, kept as the
 * previous quarter's; 'stale': older than what is held (a replay), nothing changes; 'duplicate':
 * the same sentAt as the held one, nothing changes.
 */
export type RetainOutcome = 'new' | 'replaced' | 'previous' | 'stale' | 'duplicate';

function quarterKey(s: Stamped): number {
  const day = parseIsoDate(s.asOf);
  return day ? day.year * 4 + quarterOf(day) : 0;
}

function millis(s: Stamped): number {
  return sentAtMillis(s.sentAt) ?? Number.NEGATIVE_INFINITY;
}

/**
 * What a school holds after `incoming` arrives. The latest is the one sent last (sentAt, as an
 * instant): an older one never replaces it, whatever order they come in. Previous: the one sent
 * last among those as of an earlier quarter than the latest's. The objects held are the ones
 * passed in (callers tell by identity which one went where).
 */
export function retain<T extends Stamped>(held: HeldSnapshots<T> | undefined, incoming: T): { readonly held: HeldSnapshots<T>; readonly outcome: RetainOutcome } {
  if (!held) return { held: { latest: incoming }, outcome: 'new' };
  const { latest, previous } = held;
  const t = millis(incoming);
  const tLatest = millis(latest);
  if (t === tLatest) return { held, outcome: 'duplicate' };
  const q = quarterKey(incoming);
  if (t > tLatest) {
    const qLatest = quarterKey(latest);
    if (q > qLatest) return { held: { latest: incoming, previous: latest }, outcome: 'replaced' };
    if (q === qLatest) return { held: previous ? { latest: incoming, previous } : { latest: incoming }, outcome: 'replaced' };
    const keep = previous && quarterKey(previous) < q ? previous : undefined;
    return { held: keep ? { latest: incoming, previous: keep } : { latest: incoming }, outcome: 'replaced' };
  }
  if (q < quarterKey(latest) && (!previous || t > millis(previous))) return { held: { latest, previous: incoming }, outcome: 'previous' };
  return { held, outcome: 'stale' };
}

/** How far after the receiver's clock a snapshot's sentAt may be (clocks differ a little). */
export const MAX_SENT_AHEAD_MINUTES = 10;

/**
 * Why a snapshot sent at `sentAt` cannot be taken at `now`: sent more than MAX_SENT_AHEAD_MINUTES
 * after it (a school's wrong clock, or a file dated year 9999, would otherwise stay «the latest»
 * and turn every later push of that school away as a replay). Undefined when it can. Pure.
 */
export function sentAtAheadProblem(sentAt: string, now: Date): string | undefined {
  const t = sentAtMillis(sentAt);
  if (t === undefined || t <= now.getTime() + MAX_SENT_AHEAD_MINUTES * 60_000) return undefined;
  return (
    `Thời điểm gửi ghi trong số liệu (${sentAt}) sau giờ hiện tại của Phòng/Sở (${vietnamTimestamp(now.getTime())}) quá ${MAX_SENT_AHEAD_MINUTES} phút: ` +
    'kiểm tra ngày giờ (đồng hồ) của máy tính hoặc tệp số liệu của trường rồi gửi lại.'
  );
}

// ---------------------------------------------------------------------------------------------
// The roll-up

/** A Sở indicator code as compared: «i.2.», « I.2 » and «I.2» are one code («I.2»). */
export function codeKey(code: string): string {
  return cleanText(code).toUpperCase().replace(/\s+/g, '').replace(/\.+$/, '');
}

/** A ratio as it counts in a mean: capped at 1 (a school at 500% counts 100%), never below 0. */
export function cappedRatio(ratio: number): number {
  return Number.isFinite(ratio) ? Math.min(1, Math.max(0, ratio)) : ratio > 0 ? 1 : 0;
}

function assessed(i: SnapshotIndicator): boolean {
  return (i.state === 'met' || i.state === 'unmet') && i.attainment !== null;
}

export interface SchoolSummary {
  readonly total: number;
  readonly assessed: number;
  readonly met: number;
  /** Mean over the school's assessed indicators of each ratio capped at 1; undefined when none. */
  readonly meanRatio: number | undefined;
}

export interface RollupSchool {
  readonly schoolId: string;
  readonly snapshot: Snapshot;
  readonly previous: Snapshot | undefined;
  /** The school's row for each code it maps (the first row with that code). */
  readonly byCode: ReadonlyMap<string, SnapshotIndicator>;
  readonly summary: SchoolSummary;
  readonly overdueCount: number;
  /** The most overdue occurrence, when any. */
  readonly mostOverdue: SnapshotOverdue | undefined;
}

export interface CodeAggregate {
  /** The code as compared (codeKey). */
  readonly code: string;
  /** The name the first school (by id) gives it. */
  readonly name: string;
  /** Schools whose latest snapshot has a row with this code. */
  readonly schools: number;
  /** Of those, schools with a verdict (Đạt / Chưa đạt) and an attainment. */
  readonly assessed: number;
  readonly met: number;
  readonly longTerm: number;
  /** No result yet. */
  readonly pending: number;
  /** A target or result the school's sheet could not read. */
  readonly invalid: number;
  /** Mean over assessed schools of each one's ratio capped at 1; undefined when none is assessed. */
  readonly mean: number | undefined;
  /** The lowest capped ratio among assessed schools, and whose. */
  readonly min: number | undefined;
  readonly minSchoolId: string | undefined;
}

export interface OverdueSchool {
  readonly schoolId: string;
  readonly schoolName: string;
  readonly count: number;
  readonly mostOverdue: SnapshotOverdue | undefined;
}

export interface SilentSchool {
  readonly schoolId: string;
  readonly schoolName: string;
  /** The school's latest snapshot, undefined when it never reported (a roster school). */
  readonly lastSentAt: string | undefined;
  readonly lastAsOf: string | undefined;
}

/** Schools per level: index 0 = not assessed, 1..3 = Mức 1..3. */
export type LevelCounts = readonly [number, number, number, number];

export interface GroupLevels {
  readonly name: string;
  readonly counts: LevelCounts;
  /** Mean of the group's total points over the schools reporting it. */
  readonly meanTotal: number | undefined;
  readonly schools: number;
}

export interface LevelDistribution {
  readonly school: LevelCounts;
  readonly groups: readonly GroupLevels[];
  /** Schools whose snapshot carries a self-assessment. */
  readonly reporting: number;
}

export interface UnmappedRow {
  readonly schoolId: string;
  readonly schoolName: string;
  readonly stt: string;
  readonly name: string;
  /** Why it is listed: no code, or a code another row of the school already has. */
  readonly reason: 'unmapped' | 'duplicate';
  readonly code: string;
}

export interface IgnoredSnapshot {
  readonly schoolId: string;
  readonly schoolName: string;
  readonly sentAt: string;
  readonly outcome: 'stale' | 'duplicate';
}

export interface Rollup {
  readonly asOf: CalendarDate;
  /** Schools whose latest snapshot was sent before this day are listed as not reported. */
  readonly since: CalendarDate;
  /** Sở codes, in their natural order (I.2 before I.10, II before III). */
  readonly codes: readonly string[];
  /** Every school's latest snapshot, by school id. */
  readonly schools: readonly RollupSchool[];
  readonly indicators: readonly CodeAggregate[];
  /** Schools with overdue tasks: most overdue occurrences first, then most overdue days. */
  readonly overdue: readonly OverdueSchool[];
  readonly notReported: readonly SilentSchool[];
  readonly levels: LevelDistribution;
  readonly unmapped: readonly UnmappedRow[];
  /** Snapshots not kept (older than, or the same as, what the school's later one says). */
  readonly ignored: readonly IgnoredSnapshot[];
}

export interface RollupOptions {
  /** Default: 30 days before `asOf`. */
  readonly notReportedSince?: CalendarDate;
  /** Schools expected to report (id and name): those with no snapshot are listed as not reported. */
  readonly roster?: readonly { readonly schoolId: string; readonly schoolName: string }[];
}

/** Days before the roll-up's day a school's last report may be and not be listed as not reported. */
export const NOT_REPORTED_DAYS = 30;

/** Natural order of codes: «I.2» < «I.10» < «II.1»; Roman and Arabic numerals by value. */
export function compareCodes(a: string, b: string): number {
  const as = a.split(/[.\-/]/);
  const bs = b.split(/[.\-/]/);
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const x = segmentValue(as[i]!);
    const y = segmentValue(bs[i]!);
    if (x !== undefined && y !== undefined && x !== y) return x - y;
    if (x === undefined || y === undefined) {
      const c = as[i]!.localeCompare(bs[i]!, 'vi');
      if (c !== 0) return c;
    }
  }
  return as.length - bs.length || a.localeCompare(b);
}

function segmentValue(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  return fromRoman(s);
}

function schoolSummary(indicators: readonly SnapshotIndicator[]): SchoolSummary {
  let n = 0;
  let met = 0;
  let sum = 0;
  for (const i of indicators) {
    if (!assessed(i)) continue;
    n++;
    if (i.state === 'met') met++;
    sum += cappedRatio(i.attainment!);
  }
  return { total: indicators.length, assessed: n, met, meanRatio: n ? Math.min(1, sum / n) : undefined };
}

interface CodeAccumulator {
  name: string;
  schools: number;
  assessed: number;
  met: number;
  longTerm: number;
  pending: number;
  invalid: number;
  sum: number;
  min: number | undefined;
  minSchoolId: string | undefined;
}

/**
 * The roll-up of `snapshots` (any order, any number per school) as of `asOf`. Linear: one pass
 * to keep each school's latest, one over the kept snapshots' rows; sorts only codes, schools and
 * the overdue list.
 */
export function rollUp(snapshots: readonly Snapshot[], asOf: CalendarDate, options: RollupOptions = {}): Rollup {
  const held = new Map<string, HeldSnapshots>();
  const ignored: IgnoredSnapshot[] = [];
  for (const s of snapshots) {
    const r = retain(held.get(s.schoolId), s);
    held.set(s.schoolId, r.held);
    if (r.outcome === 'stale' || r.outcome === 'duplicate') ignored.push({ schoolId: s.schoolId, schoolName: s.schoolName, sentAt: s.sentAt, outcome: r.outcome });
  }
  const ids = [...held.keys()].sort(compareIds);

  const codes = new Map<string, CodeAccumulator>();
  const schools: RollupSchool[] = [];
  const unmapped: UnmappedRow[] = [];
  const overdue: OverdueSchool[] = [];
  const schoolLevels: [number, number, number, number] = [0, 0, 0, 0];
  const groups = new Map<string, { name: string; counts: [number, number, number, number]; sum: number; schools: number }>();
  let reporting = 0;

  for (const id of ids) {
    const { latest, previous } = held.get(id)!;
    const byCode = new Map<string, SnapshotIndicator>();
    for (const i of latest.indicators) {
      const code = codeKey(i.code);
      const row = { schoolId: id, schoolName: latest.schoolName, stt: i.stt, name: i.name, code };
      if (code === '') {
        unmapped.push({ ...row, reason: 'unmapped' });
        continue;
      }
      if (byCode.has(code)) {
        unmapped.push({ ...row, reason: 'duplicate' });
        continue;
      }
      byCode.set(code, i);
      let acc = codes.get(code);
      if (!acc) {
        acc = { name: i.name, schools: 0, assessed: 0, met: 0, longTerm: 0, pending: 0, invalid: 0, sum: 0, min: undefined, minSchoolId: undefined };
        codes.set(code, acc);
      }
      acc.schools++;
      if (assessed(i)) {
        const r = cappedRatio(i.attainment!);
        acc.assessed++;
        if (i.state === 'met') acc.met++;
        acc.sum += r;
        if (acc.min === undefined || r < acc.min) {
          acc.min = r;
          acc.minSchoolId = id;
        }
      } else if (i.state === 'longTerm') acc.longTerm++;
      else if (i.state === 'invalid') acc.invalid++;
      else if (i.state === 'pending') acc.pending++;
    }
    const mostOverdue = latest.tasks.overdue.reduce<SnapshotOverdue | undefined>((m, o) => (!m || o.days > m.days ? o : m), undefined);
    const overdueCount = Math.max(latest.tasks.overdueCount, latest.tasks.overdue.length);
    schools.push({ schoolId: id, snapshot: latest, previous, byCode, summary: schoolSummary(latest.indicators), overdueCount, mostOverdue });
    if (overdueCount > 0) overdue.push({ schoolId: id, schoolName: latest.schoolName, count: overdueCount, mostOverdue });

    const sa = latest.selfAssessment;
    if (sa) {
      reporting++;
      schoolLevels[levelIndex(sa.schoolLevel)]++;
      for (const g of sa.groups) {
        const key = foldText(g.name);
        let entry = groups.get(key);
        if (!entry) {
          entry = { name: g.name, counts: [0, 0, 0, 0], sum: 0, schools: 0 };
          groups.set(key, entry);
        }
        entry.counts[levelIndex(g.level)]++;
        entry.sum += g.total;
        entry.schools++;
      }
    }
  }

  const codeList = [...codes.keys()].sort(compareCodes);
  const indicators: CodeAggregate[] = codeList.map((code) => {
    const a = codes.get(code)!;
    return {
      code,
      name: a.name,
      schools: a.schools,
      assessed: a.assessed,
      met: a.met,
      longTerm: a.longTerm,
      pending: a.pending,
      invalid: a.invalid,
      mean: a.assessed ? Math.min(1, a.sum / a.assessed) : undefined,
      min: a.min,
      minSchoolId: a.minSchoolId,
    };
  });

  overdue.sort((a, b) => b.count - a.count || (b.mostOverdue?.days ?? 0) - (a.mostOverdue?.days ?? 0) || compareIds(a.schoolId, b.schoolId));

  const since = options.notReportedSince ?? addDays(asOf, -NOT_REPORTED_DAYS);
  const sinceMillis = midnightIn(since).getTime();
  const notReported: SilentSchool[] = [];
  for (const s of schools) {
    if (millis(s.snapshot) < sinceMillis) notReported.push({ schoolId: s.schoolId, schoolName: s.snapshot.schoolName, lastSentAt: s.snapshot.sentAt, lastAsOf: s.snapshot.asOf });
  }
  const seen = new Set<string>();
  for (const r of options.roster ?? []) {
    if (held.has(r.schoolId) || seen.has(r.schoolId)) continue;
    seen.add(r.schoolId);
    notReported.push({ schoolId: r.schoolId, schoolName: r.schoolName, lastSentAt: undefined, lastAsOf: undefined });
  }

  return {
    asOf,
    since,
    codes: codeList,
    schools,
    indicators,
    overdue,
    notReported,
    levels: {
      school: schoolLevels,
      groups: [...groups.values()].map((g) => ({ name: g.name, counts: g.counts, meanTotal: g.schools ? g.sum / g.schools : undefined, schools: g.schools })),
      reporting,
    },
    unmapped,
    ignored,
  };
}

function levelIndex(level: number | null): 0 | 1 | 2 | 3 {
  return level === 1 || level === 2 || level === 3 ? level : 0;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

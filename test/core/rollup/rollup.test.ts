import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../../src/core/date';
import { codeKey, compareCodes, type HeldSnapshots, MAX_SENT_AHEAD_MINUTES, retain, rollUp, sentAtAheadProblem } from '../../../src/core/rollup/rollup';
import type { Snapshot } from '../../../src/core/rollup/snapshot';
import { generatedSnapshot, generatedSnapshots, seededRandom } from '../../support/rollupSnapshots';

const AS_OF = calendarDate(2026, 10, 20);

/** The aggregates computed the plain way, school by school, code by code: what rollUp must agree with. */
function direct(snapshots: readonly Snapshot[]) {
  const byCode = new Map<string, { schools: number; assessed: number; met: number; ratios: number[] }>();
  for (const s of snapshots) {
    const seen = new Set<string>();
    for (const i of s.indicators) {
      const code = i.code.trim().toUpperCase();
      if (code === '' || seen.has(code)) continue;
      seen.add(code);
      const e = byCode.get(code) ?? { schools: 0, assessed: 0, met: 0, ratios: [] };
      e.schools += 1;
      if ((i.state === 'met' || i.state === 'unmet') && i.attainment !== null) {
        e.assessed += 1;
        if (i.state === 'met') e.met += 1;
        e.ratios.push(i.attainment > 1 ? 1 : i.attainment);
      }
      byCode.set(code, e);
    }
  }
  return byCode;
}

describe('rollUp', () => {
  const snapshots = generatedSnapshots(120, 2026, { indicators: 30, unmapped: 0.1 });
  const rollup = rollUp(snapshots, AS_OF);

  it('agrees with a direct computation for every code: schools, assessed, met, mean (each school capped at 100%) and min', () => {
    const expected = direct(snapshots);
    expect(rollup.codes).toHaveLength(expected.size);
    for (const a of rollup.indicators) {
      const e = expected.get(a.code)!;
      expect({ code: a.code, schools: a.schools, assessed: a.assessed, met: a.met }).toEqual({ code: a.code, schools: e.schools, assessed: e.assessed, met: e.met });
      const mean = e.ratios.reduce((x, y) => x + y, 0) / e.ratios.length;
      expect(a.mean).toBeCloseTo(mean, 12);
      expect(a.min).toBe(Math.min(...e.ratios));
      expect(a.mean!).toBeLessThanOrEqual(1);
    }
  });

  it('never lets a school above 100% lift the mean: five schools at 500% and one at 50% average 91.7%, not 425%', () => {
    const base = generatedSnapshot(seededRandom(1), 1, { indicators: 1 });
    const school = (n: number, attainment: number): Snapshot => ({
      ...base,
      schoolId: `S${n}`,
      indicators: [{ ...base.indicators[0]!, code: 'I.1', state: attainment >= 1 ? 'met' : 'unmet', attainment }],
    });
    const r = rollUp([1, 2, 3, 4, 5].map((n) => school(n, 5)).concat(school(6, 0.5)), AS_OF);
    expect(r.indicators[0]).toMatchObject({ code: 'I.1', schools: 6, assessed: 6, met: 5, min: 0.5, minSchoolId: 'S6' });
    expect(r.indicators[0]!.mean).toBeCloseTo(5.5 / 6, 12);
    expect(r.schools[0]!.summary.meanRatio).toBe(1);
  });

  it('lists schools with overdue tasks by count, with the most overdue occurrence', () => {
    const withOverdue = snapshots.filter((s) => s.tasks.overdueCount > 0);
    expect(rollup.overdue.map((o) => o.schoolId).sort()).toEqual(withOverdue.map((s) => s.schoolId).sort());
    for (const o of rollup.overdue) {
      const s = snapshots.find((x) => x.schoolId === o.schoolId)!;
      expect(o.count).toBe(s.tasks.overdueCount);
      expect(o.mostOverdue!.days).toBe(Math.max(...s.tasks.overdue.map((x) => x.days)));
    }
    const counts = rollup.overdue.map((o) => o.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('counts the level distribution per school level and per group, and the mean group points', () => {
    const withLevels = snapshots.filter((s) => s.selfAssessment);
    expect(rollup.levels.reporting).toBe(withLevels.length);
    for (const level of [1, 2, 3] as const) {
      expect(rollup.levels.school[level]).toBe(withLevels.filter((s) => s.selfAssessment!.schoolLevel === level).length);
    }
    expect(rollup.levels.school[0]).toBe(withLevels.filter((s) => s.selfAssessment!.schoolLevel === null).length);
    const teaching = rollup.levels.groups.find((g) => g.name === 'Chuyển đổi số trong dạy, học')!;
    const totals = withLevels.map((s) => s.selfAssessment!.groups[0]!.total);
    expect(teaching.meanTotal).toBeCloseTo(totals.reduce((a, b) => a + b, 0) / totals.length, 10);
    expect(teaching.counts.reduce((a, b) => a + b, 0)).toBe(withLevels.length);
  });

  it('lists every unmapped row per school, and a second row with the same code as a duplicate', () => {
    const unmapped = snapshots.flatMap((s) => s.indicators.filter((i) => i.code === '').map((i) => `${s.schoolId}/${i.stt}`));
    expect(rollup.unmapped.filter((u) => u.reason === 'unmapped').map((u) => `${u.schoolId}/${u.stt}`)).toEqual(unmapped);
    const s = snapshots[0]!;
    const twice: Snapshot = { ...s, indicators: [...s.indicators, { ...s.indicators.find((i) => i.code !== '')!, stt: '99' }] };
    const r = rollUp([twice], AS_OF);
    expect(r.unmapped.filter((u) => u.reason === 'duplicate')).toEqual([expect.objectContaining({ stt: '99', schoolId: s.schoolId })]);
  });

  it('lists schools not reported since the day given (30 days before by default), and roster schools never reported', () => {
    const old = { ...snapshots[0]!, sentAt: '2026-08-01T09:00:00+07:00' };
    const border = { ...snapshots[1]!, sentAt: '2026-09-20T00:00:00+07:00' };
    const r = rollUp([old, border, snapshots[2]!], AS_OF, { roster: [{ schoolId: 'T9999', schoolName: 'Trường chưa gửi' }, { schoolId: snapshots[2]!.schoolId, schoolName: 'x' }] });
    expect(r.since).toEqual(calendarDate(2026, 9, 20));
    expect(r.notReported.map((s) => [s.schoolId, s.lastSentAt])).toEqual([[old.schoolId, old.sentAt], ['T9999', undefined]]);
    const r2 = rollUp([old, border], AS_OF, { notReportedSince: calendarDate(2026, 9, 21) });
    expect(r2.notReported.map((s) => s.schoolId)).toEqual([old.schoolId, border.schoolId]);
  });

  it('orders codes naturally and compares them without case, spaces or a trailing dot', () => {
    expect(['II.1', 'I.10', 'I.2', 'IV', 'I.1', '3', '10'].sort(compareCodes)).toEqual(['I.1', 'I.2', 'I.10', 'II.1', '3', 'IV', '10']);
    expect(codeKey(' i.2. ')).toBe('I.2');
    expect(codeKey('I. 2')).toBe('I.2');
  });
});

describe('retain: which snapshots a school keeps', () => {
  const base = generatedSnapshot(seededRandom(3), 1, { indicators: 3 });
  const at = (sentAt: string, asOf: string, name = base.schoolName): Snapshot => ({ ...base, sentAt, asOf, schoolName: name });
  const q2a = at('2026-05-10T08:00:00+07:00', '2026-05-10');
  const q2b = at('2026-06-28T08:00:00+07:00', '2026-06-28');
  const q3a = at('2026-08-02T08:00:00+07:00', '2026-08-02');
  const q3b = at('2026-09-29T08:00:00+07:00', '2026-09-29', 'Trường THCS Lê Lợi (tên mới)');
  const all = [q2a, q2b, q3a, q3b];

  function replay(order: readonly Snapshot[]): HeldSnapshots | undefined {
    let held: HeldSnapshots | undefined;
    for (const s of order) held = retain(held, s).held;
    return held;
  }

  function permutations<T>(items: readonly T[]): T[][] {
    if (items.length <= 1) return [[...items]];
    return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((p) => [x, ...p]));
  }

  it('keeps the one sent last and the previous quarter’s last, in whatever order they arrive', () => {
    for (const order of permutations(all)) {
      const held = replay(order)!;
      expect(held.latest).toBe(q3b);
      expect(held.previous).toBe(q2b);
    }
  });

  it('never lets a replayed older snapshot replace a newer one, and says so', () => {
    const held = replay([q3b])!;
    expect(retain(held, q3a)).toEqual({ held, outcome: 'stale' });
    expect(retain(held, at(q3b.sentAt, '2026-09-01'))).toEqual({ held, outcome: 'duplicate' });
    expect(retain(held, q2a).outcome).toBe('previous');
    expect(retain(undefined, q2a).outcome).toBe('new');
    expect(retain(held, at('2026-09-30T08:00:00+07:00', '2026-09-30')).outcome).toBe('replaced');
  });

  it('orders by the instant, not the text: 07:00+07:00 is before 01:00Z', () => {
    const a = at('2026-09-29T07:00:00+07:00', '2026-09-29');
    const b = at('2026-09-29T01:00:00Z', '2026-09-29');
    expect(replay([b, a])!.latest).toBe(b);
    expect(replay([a, b])!.latest).toBe(b);
  });

  it('a school that changed its name: the roll-up shows the latest name, once', () => {
    const r = rollUp([q3b, q2a, q3a], AS_OF);
    expect(r.schools).toHaveLength(1);
    expect(r.schools[0]!.snapshot.schoolName).toBe('Trường THCS Lê Lợi (tên mới)');
    expect(r.schools[0]!.previous).toBe(q2a);
    expect(r.ignored).toEqual([expect.objectContaining({ sentAt: q3a.sentAt, outcome: 'stale' })]);
  });
});

describe('sentAtAheadProblem: a snapshot sent after the receiver\'s clock', () => {
  const now = new Date('2026-10-15T00:00:00Z');
  it('allows up to 10 minutes of clock difference, refuses more with a Vietnamese reason', () => {
    expect(sentAtAheadProblem('2026-10-15T07:10:00+07:00', now)).toBeUndefined();
    expect(sentAtAheadProblem('2026-10-14T23:00:00Z', now)).toBeUndefined();
    expect(sentAtAheadProblem('2026-10-15T00:10:01Z', now)).toMatch(/sau giờ.*đồng hồ/);
    expect(sentAtAheadProblem('9999-12-31T00:00:00Z', now)).toMatch(/9999/);
    expect(MAX_SENT_AHEAD_MINUTES).toBe(10);
  });
});

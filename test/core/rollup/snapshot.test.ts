import { describe, expect, it } from 'vitest';
import { evaluatePlan, type PlanEvaluation } from '../../../src/core/evaluation';
import type { Plan } from '../../../src/core/plan';
import { MAX_ATTAINMENT, readSnapshot, SNAPSHOT_LIMITS, SNAPSHOT_MAX_BYTES, type Snapshot, snapshotOf, utf8Length, vietnamTimestamp } from '../../../src/core/rollup/snapshot';
import { SAMPLE_AS_OF, samplePlan } from '../../../src/sample/anLao2026';
import { generatedSnapshot, generatedSnapshots, seededRandom } from '../../support/rollupSnapshots';

const SENT = '2026-10-15T07:00:00+07:00';

function sampleSnapshot(change: (p: Plan) => Plan = (p) => p): Snapshot {
  const plan = change(samplePlan());
  return snapshotOf(plan, evaluatePlan(plan, SAMPLE_AS_OF), SENT);
}

describe('snapshotOf', () => {
  it('names the school by Cấu hình\'s «Mã trường» when set, else by «Ký hiệu đơn vị» (snapshotSchoolId, one rule for push and file)', () => {
    const coded = sampleSnapshot((p) => ({ ...p, settings: { ...p.settings, rollup: { url: '', schoolId: ' 31000123 ', token: '' } } }));
    expect(coded.schoolId).toBe('31000123');
    const blank = sampleSnapshot((p) => ({ ...p, settings: { ...p.settings, rollup: { url: 'https://x.example/exec', schoolId: '', token: 't' } } }));
    expect(blank.schoolId).toBe('THPTAL');
    expect(sampleSnapshot().schoolId).toBe('THPTAL');
  });

  it('carries the school, the plan year, every indicator with its code, verdict and raw attainment, the task counts and the overdue occurrences', () => {
    const plan = samplePlan();
    const coded: Plan = { ...plan, indicators: plan.indicators.map((i, n) => (n < 3 ? { ...i, soCode: `I.${n + 1}` } : i)) };
    const evaluation = evaluatePlan(coded, SAMPLE_AS_OF);
    const s = snapshotOf(coded, evaluation, SENT);
    expect(s).toMatchObject({ version: 1, schoolId: 'THPTAL', schoolName: 'Trường THPT An Lão', email: 'hieutruong@example.edu.vn', planYear: 2026, asOf: '2026-10-15', sentAt: SENT });
    expect(s.indicators).toHaveLength(plan.indicators.length);
    expect(s.indicators.map((i) => i.code).slice(0, 4)).toEqual(['I.1', 'I.2', 'I.3', '']);
    // «≥95%» against 96%: the raw ratio, above 1 (the roll-up caps it, the snapshot does not).
    expect(s.indicators[1]).toMatchObject({ stt: '2', target: '≥95%', result: '96%', quarter: 3, verdict: 'Đạt', state: 'met' });
    expect(s.indicators[1]!.attainment).toBeCloseTo(0.96 / 0.95, 10);
    expect(s.indicators[2]).toMatchObject({ verdict: 'Chưa đạt', state: 'unmet', attainment: 0.98 });
    const occurrences = evaluation.occurrences.length;
    expect(Object.values(s.tasks.byState).reduce((a, b) => a + b, 0)).toBe(occurrences);
    expect(s.tasks.overdueCount).toBe(evaluation.overdue.length);
    expect(s.tasks.overdue.map((o) => o.days)).toEqual(evaluation.overdue.map((o) => o.overdueDays));
    expect(s.tasks.overdue[0]).toMatchObject({ due: '2026-09-30', label: 'Quý III' });
    expect(readSnapshot(JSON.stringify(s))).toEqual({ ok: true, value: s });
  });

  it('sends no staff name and no address but the school’s e-mail of record: a lead written as a person travels as that person’s unit', () => {
    const s = sampleSnapshot((p) => ({
      ...p,
      tasks: p.tasks.map((t, n) => (n === 2 ? { ...t, lead: 'Nguyễn Văn Hùng', name: `${t.name} (liên hệ lan.pt@example.edu.vn)` } : t)),
    }));
    const json = JSON.stringify(s);
    for (const a of samplePlan().assignments) {
      expect(json).not.toContain(a.name);
      if (a.email !== 'hieutruong@example.edu.vn') expect(json).not.toContain(a.email);
    }
    const row = s.tasks.overdue.find((o) => o.stt === '3')!;
    expect(row.lead).toBe('Ban chuyển đổi số');
    expect(row.name).toContain('[e-mail]');
  });

  it('keeps an attainment within 0..10 so its own snapshot passes the gate (a 50-fold result travels as 10)', () => {
    const s = sampleSnapshot((p) => ({ ...p, indicators: p.indicators.map((i, n) => (n === 0 ? { ...i, unit: 'lớp', targetText: '2 lớp', quarterResults: [100, '', '', ''] } : i)) }));
    expect(s.indicators[0]!.attainment).toBe(MAX_ATTAINMENT);
    expect(readSnapshot(s).ok).toBe(true);
  });

  it('carries the An Lão sample\'s self-assessment (evaluation.selfAssessment, QĐ 4725): both groups Mức 2, the school Mức 2', () => {
    const plan = samplePlan();
    const evaluation = evaluatePlan(plan, SAMPLE_AS_OF);
    expect(evaluation.selfAssessment).toBeDefined();
    const s = snapshotOf(plan, evaluation, SENT);
    expect(s.selfAssessment).toEqual({
      groups: [
        { name: 'Chuyển đổi số trong dạy, học', total: 62, maxTotal: 100, level: 2 },
        { name: 'Chuyển đổi số trong quản trị cơ sở giáo dục', total: 68, maxTotal: 90, level: 2 },
      ],
      schoolLevel: 2,
    });
    const read = readSnapshot(JSON.stringify(s));
    expect(read.ok && read.value.selfAssessment).toEqual(s.selfAssessment);
    // A plan without a self-assessment sends none (not an empty one).
    const none = { ...plan, selfAssessment: undefined };
    expect(snapshotOf(none, evaluatePlan(none, SAMPLE_AS_OF), SENT).selfAssessment).toBeUndefined();
  });

  it('takes the self-assessment levels when the evaluation has them', () => {
    const plan = samplePlan();
    // Only the parts of a DtiAssessment the snapshot reads (a group not scored yet: no level); hence the cast.
    const levels = { groups: [{ name: 'Chuyển đổi số trong dạy, học', total: 62, maxTotal: 100, level: 2 }, { name: 'Quản trị', total: 10, maxTotal: 90, level: undefined }], schoolLevel: undefined };
    const evaluation = { ...evaluatePlan(plan, SAMPLE_AS_OF), selfAssessment: levels } as unknown as PlanEvaluation;
    const s = snapshotOf(plan, evaluation, SENT);
    expect(s.selfAssessment).toEqual({ groups: [{ name: 'Chuyển đổi số trong dạy, học', total: 62, maxTotal: 100, level: 2 }, { name: 'Quản trị', total: 10, maxTotal: 90, level: null }], schoolLevel: null });
    expect(readSnapshot(JSON.stringify(s)).ok).toBe(true);
  });
});

describe('readSnapshot', () => {
  const good = generatedSnapshot(seededRandom(7), 1, { indicators: 12 });
  type Mutable = Record<string, unknown>;
  const clone = (): Mutable => JSON.parse(JSON.stringify(good)) as Mutable;
  const with_ = (edit: (s: Mutable) => void): Mutable => {
    const s = clone();
    edit(s);
    return s;
  };
  const ind = (s: Mutable) => (s.indicators as Mutable[])[2]!;
  const tasks = (s: Mutable) => s.tasks as Mutable;

  it('accepts a good snapshot as text or as a value, and drops fields it does not know', () => {
    expect(readSnapshot(JSON.stringify(good))).toEqual({ ok: true, value: good });
    const extra = with_((s) => {
      s.staff = [{ name: 'Nguyễn Văn A' }];
      ind(s).owner = 'Nguyễn Văn A';
    });
    const read = readSnapshot(extra);
    expect(read.ok && JSON.stringify(read.value)).toBe(JSON.stringify(good));
  });

  const bad: readonly [string, unknown, string][] = [
    ['empty text', '', 'trống'],
    ['not JSON', '{"version":1,', 'không đúng định dạng JSON'],
    ['null', null, 'phải là một bảng'],
    ['a number', 42, 'phải là một bảng'],
    ['a list', [good], 'phải là một bảng'],
    ['another version', with_((s) => (s.version = 2)), 'Phiên bản số liệu không được hỗ trợ'],
    ['no school id', with_((s) => delete s.schoolId), 'Thiếu mã trường'],
    ['a blank school id', with_((s) => (s.schoolId = '  ')), 'Mã trường không được để trống'],
    ['a number as school id', with_((s) => (s.schoolId = 12)), 'Mã trường phải là chữ'],
    ['a blank school name', with_((s) => (s.schoolName = '')), 'Tên trường không được để trống'],
    ['a bad e-mail', with_((s) => (s.email = 'hieu truong@')), 'E-mail của trường không hợp lệ'],
    ['a plan year out of range', with_((s) => (s.planYear = 1999)), 'Năm kế hoạch phải từ 2000 đến 2100'],
    ['a fractional plan year', with_((s) => (s.planYear = 2026.5)), 'Năm kế hoạch phải là số nguyên'],
    ['a day that does not exist', with_((s) => (s.asOf = '2026-02-30')), 'Ngày số liệu phải là ngày dạng yyyy-mm-dd'],
    ['a Vietnamese-style day', with_((s) => (s.asOf = '15/10/2026')), 'Ngày số liệu phải là ngày dạng yyyy-mm-dd'],
    ['a sentAt without a zone', with_((s) => (s.sentAt = '2026-10-15T07:00:00')), 'Thời điểm gửi phải là ngày giờ ISO có múi giờ'],
    ['a sentAt at hour 25', with_((s) => (s.sentAt = '2026-10-15T25:00:00Z')), 'Thời điểm gửi'],
    ['indicators not a list', with_((s) => (s.indicators = {})), 'Danh sách chỉ tiêu phải là một danh sách'],
    ['too many indicators', with_((s) => (s.indicators = Array.from({ length: 501 }, () => (good.indicators[0])))), 'Danh sách chỉ tiêu có quá 500 mục'],
    ['an indicator that is text', with_((s) => ((s.indicators as unknown[])[2] = 'I.3')), 'Chỉ tiêu thứ 3: chỉ tiêu phải là một bảng'],
    ['an attainment above 10', with_((s) => (ind(s).attainment = 10.5)), 'Chỉ tiêu thứ 3, tỷ lệ đạt phải từ 0 đến 10'],
    ['a negative attainment', with_((s) => (ind(s).attainment = -0.1)), 'tỷ lệ đạt phải từ 0 đến 10'],
    ['an attainment as text', with_((s) => (ind(s).attainment = '95%')), 'tỷ lệ đạt phải là số hoặc để trống'],
    ['a missing attainment', with_((s) => delete ind(s).attainment), 'Chỉ tiêu thứ 3: thiếu tỷ lệ đạt'],
    ['an unknown state', with_((s) => (ind(s).state = 'great')), 'trạng thái đánh giá phải là một trong'],
    ['a quarter 5', with_((s) => (ind(s).quarter = 5)), 'quý của kết quả phải từ 1 đến 4'],
    ['a name over 2,000 characters', with_((s) => (ind(s).name = 'x'.repeat(2001))), 'tên chỉ tiêu dài quá 2000 ký tự'],
    ['a code that is a number', with_((s) => (ind(s).code = 1.2)), 'mã chỉ tiêu Sở phải là chữ'],
    ['no tasks', with_((s) => delete s.tasks), 'Phần nhiệm vụ (tasks) phải là một bảng'],
    ['a negative count', with_((s) => ((tasks(s).byState as Mutable)['Hoàn thành'] = -1)), 'số kỳ «Hoàn thành» phải từ 0'],
    ['a fractional count', with_((s) => ((tasks(s).byState as Mutable)['Hoàn thành'] = 1.5)), 'số kỳ «Hoàn thành» phải là số nguyên'],
    ['too many states', with_((s) => (tasks(s).byState = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`s${i}`, 1])))), 'quá 20 trạng thái'],
    ['a negative overdue count', with_((s) => (tasks(s).overdueCount = -2)), 'Số việc quá hạn phải từ 0'],
    [
      'fewer overdue than rows',
      with_((s) => {
        tasks(s).overdue = [{ stt: '1', name: 'x', label: 'Quý I', due: '2026-03-31', days: 5, lead: '' }];
        tasks(s).overdueCount = 0;
      }),
      'nhỏ hơn số dòng việc quá hạn',
    ],
    ['too many overdue rows', with_((s) => (tasks(s).overdue = Array.from({ length: 2001 }, () => ({ stt: '1', name: 'x', label: 'Quý I', due: '2026-03-31', days: 5, lead: '' })))), 'có quá 2000 mục'],
    ['an overdue row of 0 days', with_((s) => (tasks(s).overdue = [{ stt: '1', name: 'x', label: 'Quý I', due: '2026-03-31', days: 0, lead: '' }])), 'số ngày quá hạn phải từ 1'],
    ['an overdue row with a bad due day', with_((s) => (tasks(s).overdue = [{ stt: '1', name: 'x', label: 'Quý I', due: '31/03/2026', days: 3, lead: '' }])), 'Việc quá hạn thứ 1, hạn phải là ngày'],
    ['a self-assessment level 4', with_((s) => (s.selfAssessment = { groups: [], schoolLevel: 4 })), 'mức của trường phải từ 1 đến 3'],
    ['a group total of Infinity', with_((s) => (s.selfAssessment = { groups: [{ name: 'Nhóm 1', total: Infinity, maxTotal: 100, level: 2 }], schoolLevel: 2 })), 'tổng điểm phải là số'],
  ];

  it.each(bad)('refuses %s with a Vietnamese message', (_, value, message) => {
    const read = readSnapshot(value);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toContain(message);
  });

  it('refuses a payload over the size limit before parsing it, counting UTF-8 bytes', () => {
    const huge = JSON.stringify({ ...good, schoolName: 'Trường '.repeat(40_000) });
    expect(utf8Length(huge)).toBeGreaterThan(SNAPSHOT_MAX_BYTES);
    const read = readSnapshot(huge);
    expect(read).toEqual({ ok: false, error: expect.stringContaining('Số liệu gửi lên quá lớn') });
    // Vietnamese letters are 2–3 bytes: 100,000 «ệ» (100,000 UTF-16 units) are 300,000 bytes.
    expect(utf8Length('ệ'.repeat(100_000))).toBe(300_000);
    expect(utf8Length('😀')).toBe(4);
    expect(readSnapshot(good, { ...SNAPSHOT_LIMITS, maxBytes: 100 })).toEqual({ ok: false, error: expect.stringContaining('tối đa 1 KB') });
  });

  it('never throws, whatever it is given', () => {
    const cyclic: Mutable = { ...clone() };
    cyclic.self = cyclic;
    const hostile = { get version(): number { throw new Error('boom'); } };
    for (const value of [undefined, cyclic, hostile, Symbol('x'), () => 1, 10n, '\u0000', '[]', 'null']) {
      const read = readSnapshot(value);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.error).not.toMatch(/[A-Za-z]{3,} is not|undefined|TypeError|boom/);
    }
  });

  it('writes sentAt as Vietnam time with its zone, and reads it back as the same instant', () => {
    const at = Date.UTC(2026, 9, 15, 0, 5, 9);
    expect(vietnamTimestamp(at)).toBe('2026-10-15T07:05:09+07:00');
    expect(readSnapshot({ ...good, sentAt: vietnamTimestamp(at) }).ok).toBe(true);
  });
});

describe('the generated snapshots the tests and the bench use', () => {
  it('every one passes readSnapshot (a refused one would be skipped and the figures would measure fewer schools)', () => {
    for (const [seed, options] of [[14, { indicators: 50, tasks: 40 }], [300, {}], [7, { indicators: 12, tasks: 6 }]] as const) {
      const refused = generatedSnapshots(1000, seed, options).flatMap((s) => {
        const read = readSnapshot(JSON.stringify(s));
        return read.ok ? [] : [`${s.schoolId}: ${read.error}`];
      });
      expect(refused, `seed ${seed}`).toEqual([]);
    }
  });
});

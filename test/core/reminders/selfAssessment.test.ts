/**
 * The self-assessment deadline (QĐ 4725, Cấu hình «Hạn tự đánh giá CĐS», default 31/5) reminded
 * like a task: in the same digests and the same send loop, to the Phụ trách units of the criteria
 * not yet scored, the head standing in and escalated as for a task, once per stage and recipient.
 */
import { describe, expect, it } from 'vitest';
import type { DtiCriterion } from '../../../src/core/dti/selfAssessment';
import type { Plan, Settings } from '../../../src/core/plan';
import { planReminders } from '../../../src/core/reminders/digest';
import { DTI_TASK_ID, selfAssessmentDue, selfAssessmentItem } from '../../../src/core/reminders/selfAssessment';
import { rebuildKey } from '../../../src/core/reminders/sentLog';
import { evaluatePlan } from '../../../src/core/evaluation';
import { d, HEAD, person, plan, task } from '../../support/reminderPlans';
import { ReminderWorld } from '../../support/reminderWorld';

const TEACHING = 'Chuyển đổi số trong dạy, học';
const MANAGEMENT = 'Chuyển đổi số trong quản trị cơ sở giáo dục';

let row = 1;
function crit(code: string, group: string, maxPoints: unknown, mandatory: unknown, score: unknown, owner: string, name = `Tiêu chí ${code}`): DtiCriterion {
  row++;
  return { code, name, group, maxPoints, mandatory, score, evidence: '', note: '', owner, ref: `Tự đánh giá CĐS!A${row}` };
}

const PEOPLE = [
  person('Tổ Toán', 'Nguyễn Văn An', 'an@truong.edu.vn'),
  person('Tổ Tin học', 'Lê Văn Cường', 'cuong@truong.edu.vn'),
  person('Văn phòng', 'Phạm Thị Dung', 'dung@truong.edu.vn'),
  person('Ban chỉ đạo', 'Hiệu trưởng', HEAD),
];

/** A small self-assessment: mandatory conditions and scored criteria, some scored, owners in several styles. */
function criteria(): DtiCriterion[] {
  row = 1;
  return [
    crit('1.1', TEACHING, '', 'x', 'Đạt', 'Tổ Toán', 'Kế hoạch dạy học trực tuyến'),
    crit('1.2', TEACHING, '', 'Điều kiện bắt buộc', '', 'To toan', 'Quy chế dạy học trực tuyến'),
    crit('1.3.1', TEACHING, 6, '', '', 'Tổ Tin học', 'Phần mềm dạy học trực tuyến'),
    crit('1.4', TEACHING, 10, '', 8, 'Tổ Tin học'),
    crit('2.1', MANAGEMENT, '', 'x', 'Đạt', 'Văn phòng'),
    crit('2.3.1', MANAGEMENT, 6, '', '', 'Văn phòng; Tổ Tin học'),
    crit('2.4.2', MANAGEMENT, 12, '', '', ''),
    crit('2.4.3', MANAGEMENT, 10, '', '', 'Tổ Thể dục'),
  ];
}

function withSelfAssessment(list: DtiCriterion[], settings: Partial<Settings> = {}, tasks = [task('1', 'Soạn đề kiểm tra trực tuyến', 'Tổ Toán', '30/12/2026')]): Plan {
  return { ...plan(tasks, PEOPLE, { settings: { planYear: 2026, ...settings } }), selfAssessment: { criteria: list } };
}

function saEntries(p: Plan, asOf = d(2026, 5, 26), handled: ReadonlySet<string> = new Set()) {
  const r = planReminders({ plan: p, asOf, handled });
  return r.digests.flatMap((x) => x.entries.filter((e) => e.kind === 'selfAssessment').map((e) => ({ to: x.to, entry: e as Extract<typeof e, { kind: 'selfAssessment' }> })));
}

describe('the self-assessment as a reminder item', () => {
  it('is open while a criterion is unscored or a mandatory condition unassessed; its deadline is Cấu hình\'s day in the plan year', () => {
    const p = withSelfAssessment(criteria());
    const item = selfAssessmentItem(p.settings, evaluatePlan(p, d(2026, 5, 26)).selfAssessment)!;
    expect(item.due).toEqual(d(2026, 5, 31));
    expect(item.label).toBe('Năm 2026');
    expect(item.open.map((c) => c.code)).toEqual(['1.2', '1.3.1', '2.3.1', '2.4.2', '2.4.3']);
    expect([item.done, item.total]).toEqual([3, 8]);
    expect(selfAssessmentDue({ planYear: 2027, dtiDeadline: { day: 15, month: 6 } })).toEqual(d(2027, 6, 15));
    expect(selfAssessmentDue({ planYear: 2026, dtiDeadline: { day: 31, month: 2 } })).toBeUndefined();
  });

  it('is done once every criterion is scored and every mandatory condition assessed («Chưa đạt» is assessed)', () => {
    const scored = criteria().map((c) => (c.score !== '' ? c : { ...c, score: c.maxPoints === '' ? 'Chưa đạt' : 3 }));
    const p = withSelfAssessment(scored);
    expect(selfAssessmentItem(p.settings, evaluatePlan(p, d(2026, 5, 26)).selfAssessment)).toBeUndefined();
    expect(saEntries(p)).toEqual([]);
  });

  it('no criteria tab (a workbook from before issue 13): nothing to remind', () => {
    const p = plan([task('1', 'Việc', 'Tổ Toán', '28/05/2026')], PEOPLE, { settings: { planYear: 2026 } });
    expect(evaluatePlan(p, d(2026, 5, 26)).selfAssessment).toBeUndefined();
    const r = planReminders({ plan: p, asOf: d(2026, 5, 26), handled: new Set() });
    expect(r.digests.flatMap((x) => x.entries).some((e) => e.kind === 'selfAssessment')).toBe(false);
  });
});

describe('who is told, and when', () => {
  it('nothing before «Nhắc trước (ngày)»; then each person answering for open criteria, told of theirs only', () => {
    const p = withSelfAssessment(criteria());
    expect(saEntries(p, d(2026, 5, 23))).toEqual([]); // 8 days before, window 7
    const entries = saEntries(p, d(2026, 5, 24));
    const byTo = new Map(entries.map((x) => [x.to, x.entry.criteria.map((c) => c.code)]));
    expect(byTo.get('an@truong.edu.vn')).toEqual(['1.2']); // «To toan»: the same unit, spelled without diacritics
    expect(byTo.get('cuong@truong.edu.vn')).toEqual(['1.3.1', '2.3.1']);
    expect(byTo.get('dung@truong.edu.vn')).toEqual(['2.3.1']);
    // The head stands in for 2.4.2 (no Phụ trách) and 2.4.3 (a unit nobody in Phân công answers for).
    const head = entries.find((x) => x.to === HEAD)!.entry;
    expect(head.criteria.map((c) => c.code)).toEqual(['2.4.2', '2.4.3']);
    expect(head.fallbackReason).toBe('Tiêu chí 2.4.2 chưa ghi «Phụ trách»; đơn vị «Tổ Thể dục» chưa có người nhận trong Phân công.');
    expect(entries.every((x) => x.entry.stageLabel === 'Nhắc trước hạn' && x.entry.taskId === DTI_TASK_ID && x.entry.label === 'Năm 2026')).toBe(true);
    expect(entries.map((x) => x.entry.key)).toContain('Tự đánh giá CĐS|Năm 2026|truoc-han|an@truong.edu.vn');
  });

  it('the unit nobody answers for is a data problem for the head, once, like a task\'s', () => {
    const r = planReminders({ plan: withSelfAssessment(criteria()), asOf: d(2026, 5, 24), handled: new Set() });
    expect(r.problems.filter((m) => m.includes('Tổ Thể dục'))).toEqual([
      'Đơn vị «Tổ Thể dục» (phụ trách tiêu chí 2.4.3 trong tab «Tự đánh giá CĐS») chưa có người có e-mail hợp lệ trong Phân công.',
    ]);
  });

  it('a person with a task due too gets one mail holding both (one send loop, one digest per recipient)', () => {
    const p = withSelfAssessment(criteria(), {}, [task('1', 'Soạn đề kiểm tra trực tuyến', 'Tổ Toán', '30/05/2026')]);
    const world = new ReminderWorld(p);
    world.run(d(2026, 5, 26));
    const an = world.outbox.filter((m) => m.to === 'an@truong.edu.vn');
    expect(an).toHaveLength(1);
    expect(an[0]!.subject).toBe('[CĐS] 1 việc sắp đến hạn, tự đánh giá CĐS sắp đến hạn — Trường THPT An Lão');
    expect(an[0]!.textBody).toContain('NV 1 · Hạn 30/05/2026: Soạn đề kiểm tra trực tuyến');
    expect(an[0]!.textBody).toContain('TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ (1)');
    expect(an[0]!.textBody).toContain('hạn 31/05/2026, còn 5 ngày · đã chấm 3/8 tiêu chí');
    expect(an[0]!.textBody).toContain('1.2 Quy chế dạy học trực tuyến (phụ trách: To toan)');
    expect(an[0]!.textBody).not.toContain('1.3.1');
    expect(an[0]!.htmlBody).toContain('Tiêu chí chưa chấm (1)');
    expect(an[0]!.textBody).toContain('«Điểm tự đánh giá»');
  });

  it('each stage once per recipient: the same day again and the next days send nothing new until the day before', () => {
    const world = new ReminderWorld(withSelfAssessment(criteria()));
    world.run(d(2026, 5, 26));
    const first = world.outbox.filter((m) => m.textBody.includes('TỰ ĐÁNH GIÁ MỨC ĐỘ')).map((m) => m.to).sort();
    expect(first).toEqual(['an@truong.edu.vn', 'cuong@truong.edu.vn', 'dung@truong.edu.vn', HEAD].sort());
    const before = world.outbox.length;
    world.run(d(2026, 5, 26));
    world.run(d(2026, 5, 27));
    expect(world.outbox.slice(before).filter((m) => m.textBody.includes('TỰ ĐÁNH GIÁ MỨC ĐỘ'))).toEqual([]);
    world.run(d(2026, 5, 30));
    const dayBefore = world.outbox.slice(before).filter((m) => m.textBody.includes('TỰ ĐÁNH GIÁ MỨC ĐỘ'));
    expect(dayBefore.map((m) => m.to).sort()).toEqual(first);
    expect(dayBefore.every((m) => m.textBody.includes('hạn 31/05/2026 (ngày mai)'))).toBe(true);
  });

  it('its sent-log rows name it in visible columns; the key is rebuilt from them', () => {
    const world = new ReminderWorld(withSelfAssessment(criteria()));
    world.run(d(2026, 5, 26));
    const rows = world.log.filter((r) => r.taskId === DTI_TASK_ID && r.outcome === 'sent');
    expect(rows.length).toBe(4);
    for (const r of rows) {
      expect(r).toMatchObject({ label: 'Năm 2026', stage: 'Nhắc trước hạn' });
      expect(rebuildKey(r.taskId, r.label, r.stage, r.to)).toBe(r.key);
    }
  });

  it('criteria scored in the meantime drop out; once all are done, nobody hears of it again', () => {
    const world = new ReminderWorld(withSelfAssessment(criteria()));
    world.run(d(2026, 5, 26));
    world.plan = withSelfAssessment(criteria().map((c) => (c.code === '1.2' ? { ...c, score: 'Đạt' } : c)));
    world.run(d(2026, 5, 30));
    const dayBefore = world.outbox.filter((m) => m.day === '2026-05-30' && m.textBody.includes('TỰ ĐÁNH GIÁ MỨC ĐỘ'));
    expect(dayBefore.map((m) => m.to)).not.toContain('an@truong.edu.vn');
    expect(dayBefore.map((m) => m.to)).toContain('cuong@truong.edu.vn');
    world.plan = withSelfAssessment(criteria().map((c) => (c.score !== '' ? c : { ...c, score: c.maxPoints === '' ? 'Đạt' : 1 })));
    world.run(d(2026, 5, 31));
    world.run(d(2026, 6, 20));
    expect(world.outbox.filter((m) => m.day >= '2026-05-31' && m.textBody.includes('TỰ ĐÁNH GIÁ MỨC ĐỘ'))).toEqual([]);
  });

  it('a deadline moved in Cấu hình keeps the occurrence: a stage already sent is not sent again', () => {
    const world = new ReminderWorld(withSelfAssessment(criteria()));
    world.run(d(2026, 5, 26));
    world.plan = withSelfAssessment(criteria(), { dtiDeadline: { day: 2, month: 6 } });
    const before = world.outbox.length;
    world.run(d(2026, 5, 27)); // still «Nhắc trước hạn»: already sent for «Năm 2026»
    expect(world.outbox.slice(before).filter((m) => m.textBody.includes('TỰ ĐÁNH GIÁ MỨC ĐỘ'))).toEqual([]);
    world.run(d(2026, 6, 2));
    expect(world.outbox.slice(before).filter((m) => m.textBody.includes('hạn 02/06/2026 (hôm nay)'))).toHaveLength(4);
  });
});

describe('late', () => {
  it('overdue weekly like a task; more than 14 days late the head hears of every open criterion, once, folded with its own', () => {
    const world = new ReminderWorld(withSelfAssessment(criteria()));
    world.run(d(2026, 6, 3));
    const week1 = world.outbox.filter((m) => m.to === 'cuong@truong.edu.vn');
    expect(week1).toHaveLength(1);
    expect(week1[0]!.subject).toContain('tự đánh giá CĐS quá hạn');
    expect(week1[0]!.textBody).toContain('hạn 31/05/2026, quá hạn 3 ngày');
    world.run(d(2026, 6, 16)); // 16 days late: week 3, and the escalation
    const head = world.outbox.filter((m) => m.to === HEAD && m.day === '2026-06-16');
    expect(head).toHaveLength(1);
    expect(head[0]!.textBody).toContain('Quá hạn trên 14 ngày. Người phụ trách: Nguyễn Văn An, Lê Văn Cường, Phạm Thị Dung, Tổ Thể dục');
    // One item for the head: its stand-in criteria and the escalation's, each criterion once.
    expect(head[0]!.textBody.match(/TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ \(1\)/g)).toHaveLength(1);
    expect(head[0]!.textBody).toContain('Tiêu chí chưa chấm (5):');
    const keys = world.log.filter((r) => r.to === HEAD && r.outcome === 'sent' && r.taskId === DTI_TASK_ID).map((r) => r.key);
    expect(keys).toContain('Tự đánh giá CĐS|Năm 2026|bao-truong-ban|truongban@truong.edu.vn');
    expect(keys).toContain('Tự đánh giá CĐS|Năm 2026|qua-han-tuan-3|truongban@truong.edu.vn');
    world.run(d(2026, 6, 17));
    expect(world.outbox.filter((m) => m.day === '2026-06-17' && m.textBody.includes('TỰ ĐÁNH GIÁ MỨC ĐỘ'))).toEqual([]);
  });

  it('no head e-mail: what was meant for the head is recorded as undeliverable, once', () => {
    const p = withSelfAssessment(criteria(), { boardHeadEmail: '' });
    const r = planReminders({ plan: p, asOf: d(2026, 6, 16), handled: new Set() });
    const meant = r.undeliverable.filter((u) => u.entry.kind === 'selfAssessment').map((u) => u.entry.stageLabel);
    expect(meant.sort()).toEqual(['Báo trưởng ban (quá hạn trên 14 ngày)', 'Quá hạn (tuần 3)']);
    const again = planReminders({ plan: p, asOf: d(2026, 6, 16), handled: new Set(r.undeliverable.map((u) => u.entry.key)) });
    expect(again.undeliverable.filter((u) => u.entry.kind === 'selfAssessment')).toEqual([]);
  });
});

describe('the weekly summary for the head', () => {
  it('says where the self-assessment stands once it is due within two weeks or late, unless the mail lists it as an item', () => {
    const p = withSelfAssessment(criteria().map((c) => (c.owner === '' || c.owner === 'Tổ Thể dục' ? { ...c, owner: 'Tổ Toán' } : c)));
    const summaryOf = (asOf: ReturnType<typeof d>) => planReminders({ plan: p, asOf, handled: new Set() }).digests.find((x) => x.to === HEAD)!.entries.find((e) => e.kind === 'summary')!;
    const summary = (asOf: ReturnType<typeof d>) => (summaryOf(asOf) as Extract<ReturnType<typeof summaryOf>, { kind: 'summary' }>).summary;
    expect(summary(d(2026, 5, 11)).selfAssessment).toBeUndefined(); // 20 days ahead
    expect(summary(d(2026, 5, 18))!.selfAssessment!.label).toBe('Năm 2026'); // 13 days ahead
    const world = new ReminderWorld(p);
    world.run(d(2026, 5, 18)); // a Monday, before «Nhắc trước (ngày)»: the head's summary only
    const head = world.outbox.find((m) => m.to === HEAD)!;
    expect(head.textBody).toContain('Tự đánh giá CĐS: năm 2026, hạn 31/05/2026, còn 13 ngày · đã chấm 3/8 tiêu chí');
    expect(head.htmlBody).toContain('<b>Tự đánh giá CĐS</b>: năm 2026, hạn 31/05/2026, còn 13 ngày');
  });
});

import { describe, expect, it } from 'vitest';
import { isoWeekday } from '../../../src/core/date';
import { compareDigests, coveredEntries, digestUrgency, type Digest, mondayOf, planReminders, summaryLists, type TaskEntry } from '../../../src/core/reminders/digest';
import { sentRecords } from '../../../src/core/reminders/run';
import { d, HEAD, person, plan, progress, task } from '../../support/reminderPlans';

const PEOPLE = [
  person('Tổ Toán', 'Nguyễn Văn An', 'an@truong.edu.vn'),
  person('Tổ Toán', 'Trần Thị Bình', 'binh@truong.edu.vn'),
  person('Tổ Tin học', 'Lê Văn Cường', 'cuong@truong.edu.vn'),
];

const TASKS = [
  task('1', 'Soạn đề kiểm tra trực tuyến', 'Tổ Toán', '15/06/2026'),
  task('2', 'Cập nhật học liệu số', 'To toan', '10/06/2026'),
  task('3', 'Bảo trì phòng máy', 'Tổ Tin học', '12/06/2026'),
  task('4', 'Tập huấn AI', 'Tổ Hóa', '14/06/2026'),
];

// 2026-06-11 is a Thursday.
const THU = d(2026, 6, 11);

function keysOf(digest: Digest | undefined): string[] {
  return (digest?.entries ?? []).map((e) => e.key);
}

describe('planReminders', () => {
  const p = plan(TASKS, PEOPLE);

  it('one digest per recipient, overdue first inside it', () => {
    const r = planReminders({ plan: p, asOf: THU, handled: new Set() });
    const an = r.digests.find((x) => x.to === 'an@truong.edu.vn')!;
    expect(an.entries.map((e) => `${e.taskId}:${e.stageLabel}`)).toEqual(['2:Quá hạn (tuần 1)', '1:Nhắc trước hạn']);
    expect(r.digests.filter((x) => x.to === 'an@truong.edu.vn')).toHaveLength(1);
    expect(keysOf(r.digests.find((x) => x.to === 'binh@truong.edu.vn'))).toEqual([
      '2|Hạn 10/06/2026|qua-han-tuan-1|binh@truong.edu.vn',
      '1|Hạn 15/06/2026|truoc-han|binh@truong.edu.vn',
    ]);
    expect(keysOf(r.digests.find((x) => x.to === 'cuong@truong.edu.vn'))).toHaveLength(1);
  });

  it('a unit nobody answers for goes to the head of the board, saying why, and is a data problem', () => {
    const r = planReminders({ plan: p, asOf: THU, handled: new Set() });
    const head = r.digests.find((x) => x.to === HEAD)!;
    const t4 = head.entries.find((e): e is TaskEntry => e.kind === 'task' && e.taskId === '4')!;
    expect(t4.fallbackReason).toBe('Đơn vị chủ trì «Tổ Hóa» chưa có người nhận trong Phân công.');
    expect(r.problems.some((m) => m.includes('«Tổ Hóa»'))).toBe(true);
    expect(head.entries.some((e) => e.kind === 'problem' && e.message.includes('«Tổ Hóa»'))).toBe(true);
  });

  it('a key already in the log is not planned again; a run the same day plans nothing new', () => {
    const first = planReminders({ plan: p, asOf: THU, handled: new Set() });
    const handled = new Set(first.digests.flatMap(keysOf));
    const again = planReminders({ plan: p, asOf: THU, handled });
    expect(again.digests).toEqual([]);
  });

  it('completed occurrences and ongoing tasks get no reminders', () => {
    const done = plan([task('1', 'A', 'Tổ Toán', '15/06/2026'), task('2', 'B', 'Tổ Toán', 'Thường xuyên')], PEOPLE, {
      progress: [progress('1', 'Hạn 15/06/2026', 'Hoàn thành', d(2026, 6, 1))],
    });
    const r = planReminders({ plan: done, asOf: THU, handled: new Set() });
    expect(r.digests.flatMap((x) => x.entries).filter((e) => e.kind === 'task')).toEqual([]);
  });

  it('escalates to the head once more than 14 days overdue, alongside the weekly reminder', () => {
    const r = planReminders({ plan: p, asOf: d(2026, 6, 25), handled: new Set() });
    const head = r.digests.find((x) => x.to === HEAD)!;
    expect(head.entries.filter((e) => e.kind === 'escalation').map((e) => e.taskId)).toEqual(['2']);
    const esc = head.entries.find((e) => e.kind === 'escalation')!;
    expect(esc.kind === 'escalation' && esc.responsible).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    expect(r.digests.find((x) => x.to === 'an@truong.edu.vn')!.entries[0]!.stageLabel).toBe('Quá hạn (tuần 3)');
  });

  it('the weekly summary goes to the head on Monday, or the next run that week, once', () => {
    const monday = d(2026, 6, 8);
    expect(isoWeekday(monday)).toBe(1);
    expect(mondayOf(THU)).toEqual(monday);
    const onMonday = planReminders({ plan: p, asOf: monday, handled: new Set() });
    const summary = onMonday.digests.find((x) => x.to === HEAD)!.entries.find((e) => e.kind === 'summary')!;
    expect(summary.key).toBe(`tong-hop|2026-06-08|tong-hop-tuan|${HEAD}`);
    const thursday = planReminders({ plan: p, asOf: THU, handled: new Set([summary.key]) });
    expect(thursday.digests.find((x) => x.to === HEAD)!.entries.some((e) => e.kind === 'summary')).toBe(false);
    const missedMonday = planReminders({ plan: p, asOf: THU, handled: new Set() });
    expect(missedMonday.digests.find((x) => x.to === HEAD)!.entries.some((e) => e.kind === 'summary')).toBe(true);
  });

  it('without a valid E-mail trưởng ban, what was meant for the head is undeliverable (and keyed once)', () => {
    const noHead = plan(TASKS, PEOPLE, { settings: { boardHeadEmail: 'hiệu trưởng' } });
    const r = planReminders({ plan: noHead, asOf: THU, handled: new Set() });
    expect(r.digests.map((x) => x.to)).not.toContain('hiệu trưởng');
    expect(r.undeliverable.map((u) => u.entry.kind)).toContain('task');
    expect(r.undeliverable[0]!.reason).toContain('không hợp lệ');
    expect(r.problems).toContain('Cấu hình: «E-mail trưởng ban» «hiệu trưởng» không hợp lệ.');
    const again = planReminders({ plan: noHead, asOf: THU, handled: new Set(r.undeliverable.map((u) => u.entry.key)) });
    expect(again.undeliverable).toEqual([]);
  });

  it('a timing that is not a date: the task is reported to the head, the run goes on', () => {
    const bad = plan([...TASKS, task('5', 'Việc lạ', 'Tổ Toán', 'khi nào rảnh')], PEOPLE);
    const r = planReminders({ plan: bad, asOf: THU, handled: new Set() });
    const head = r.digests.find((x) => x.to === HEAD)!;
    expect(head.entries.some((e) => e.kind === 'problem' && e.message.startsWith('Nhiệm vụ 5'))).toBe(true);
    expect(r.digests.find((x) => x.to === 'an@truong.edu.vn')!.entries).toHaveLength(2);
  });

  it('a status that cannot be read is reported, and the occurrence is still reminded', () => {
    const bad = plan(TASKS, PEOPLE, { progress: [progress('1', 'Hạn 15/06/2026', 'xong rồi nhé')] });
    const r = planReminders({ plan: bad, asOf: THU, handled: new Set() });
    expect(r.problems.some((m) => m.includes('xong rồi nhé'))).toBe(true);
    expect(r.digests.find((x) => x.to === 'an@truong.edu.vn')!.entries.map((e) => e.taskId)).toContain('1');
  });

  it('digests are ordered overdue first, then the nearest due day', () => {
    const r = planReminders({ plan: p, asOf: THU, handled: new Set() });
    const urgencies = r.digests.map(digestUrgency);
    expect([...urgencies].sort((a, b) => a - b)).toEqual(urgencies);
    expect(digestUrgency(r.digests[0]!)).toBe(0);
    for (let i = 1; i < r.digests.length; i++) expect(compareDigests(r.digests[i - 1]!, r.digests[i]!)).toBeLessThanOrEqual(0);
  });
});

describe('one digest lists an occurrence once', () => {
  // Task 4's unit (Tổ Hóa) has nobody in Phân công. On Monday 2026-06-29 task 4 is 15 days overdue:
  // owed to the head as its unit's stand-in, as an escalation, and in the weekly summary.
  const p = plan(TASKS, PEOPLE);
  const MON = d(2026, 6, 29);
  const occ4 = (e: { taskId: string }) => e.taskId === '4';

  it('the head standing in for a unit gets an overdue item once, in Quá hạn, not again as escalation or in the summary', () => {
    const r = planReminders({ plan: p, asOf: MON, handled: new Set() });
    const head = r.digests.find((x) => x.to === HEAD)!;
    const items = head.entries.filter(occ4);
    expect(items.map((e) => `${e.kind}:${e.stageLabel}`)).toEqual(['task:Quá hạn (tuần 3)']);
    expect((items[0] as TaskEntry).fallbackReason).toBe('Đơn vị chủ trì «Tổ Hóa» chưa có người nhận trong Phân công.');
    const summary = head.entries.find((e) => e.kind === 'summary')!;
    if (summary.kind !== 'summary') throw new Error('no weekly summary');
    expect(summary.summary.overdue.map((o) => o.task.id)).toEqual(['2', '3', '4', '1']); // the week's figures still count all…
    const lists = summaryLists(head, summary.summary);
    expect(lists.overdue.map((o) => o.task.id)).toEqual(['1']); // …but lists only task 1, the one not already an item (2, 3 escalated; 4)
    expect(lists.listedAbove).toEqual({ overdue: 3, upcoming: 0 });
    // Every occurrence appears once among the head's items.
    const occurrences = head.entries.filter((e) => e.taskId !== '').map((e) => `${e.taskId}|${e.label}`);
    expect(new Set(occurrences).size).toBe(occurrences.length);
  });

  it('the mail records every (occurrence, stage, recipient) it stands for, so the escalation is not sent later', () => {
    const r = planReminders({ plan: p, asOf: MON, handled: new Set() });
    const head = r.digests.find((x) => x.to === HEAD)!;
    const keys = sentRecords(head, new Date(0)).filter(occ4).map((rec) => `${rec.stage} → ${rec.key}`);
    expect(keys).toEqual([
      `Quá hạn (tuần 3) → 4|Hạn 14/06/2026|qua-han-tuan-3|${HEAD}`,
      `Báo trưởng ban (quá hạn trên 14 ngày) → 4|Hạn 14/06/2026|bao-truong-ban|${HEAD}`,
    ]);
    const handled = new Set(r.digests.flatMap((x) => coveredEntries(x).map((e) => e.key)));
    expect(planReminders({ plan: p, asOf: MON, handled }).digests).toEqual([]);
    // A week on: the weekly reminder again, never a second escalation.
    const next = planReminders({ plan: p, asOf: d(2026, 7, 6), handled });
    const again = next.digests.find((x) => x.to === HEAD)!;
    expect(coveredEntries(again).filter(occ4).map((e) => e.stageLabel)).toEqual(['Quá hạn (tuần 4)']);
  });

  it('a head who is also in the lead unit gets the overdue item once, with the escalation folded in', () => {
    const withHead = plan(TASKS, [...PEOPLE, person('Tổ Toán', 'Trưởng ban', HEAD)]);
    const r = planReminders({ plan: withHead, asOf: MON, handled: new Set() });
    const head = r.digests.find((x) => x.to === HEAD)!;
    const t2 = head.entries.filter((e) => e.taskId === '2');
    expect(t2.map((e) => e.kind)).toEqual(['task']);
    expect(t2[0]!.covers!.map((e) => `${e.kind}:${e.key}`)).toEqual([`escalation:2|Hạn 10/06/2026|bao-truong-ban|${HEAD}`]);
    // The others in the unit still get their own reminder; only the head's digest folds.
    expect(r.digests.find((x) => x.to === 'an@truong.edu.vn')!.entries.filter((e) => e.taskId === '2').map((e) => e.kind)).toEqual(['task']);
  });

  it('an escalation whose weekly reminder was already sent stays an escalation', () => {
    const first = planReminders({ plan: p, asOf: d(2026, 6, 23), handled: new Set() }); // task 4: 9 days, not escalated
    const handled = new Set(first.digests.flatMap((x) => coveredEntries(x).map((e) => e.key)));
    const r = planReminders({ plan: p, asOf: d(2026, 6, 29), handled: new Set([...handled, `4|Hạn 14/06/2026|qua-han-tuan-3|${HEAD}`]) });
    const head = r.digests.find((x) => x.to === HEAD)!;
    expect(head.entries.filter(occ4).map((e) => e.kind)).toEqual(['escalation']);
  });
});

describe('a large backlog', () => {
  it('a digest carries at most 40 items a run, the most overdue first; the rest follow on the next runs', async () => {
    const { MAX_ENTRIES_PER_DIGEST } = await import('../../../src/core/reminders/digest');
    const tasks = Array.from({ length: 100 }, (_, i) => task(String(i + 1), `Việc ${i + 1}`, 'Tổ Toán', `${String((i % 28) + 1).padStart(2, '0')}/0${(i % 5) + 1}/2026`));
    const p = plan(tasks, PEOPLE);
    const handled = new Set<string>();
    const seen: number[] = [];
    for (let run = 0; run < 3; run++) {
      const r = planReminders({ plan: p, asOf: d(2026, 6, 11), handled });
      const an = r.digests.find((x) => x.to === 'an@truong.edu.vn')!;
      seen.push(an.entries.length);
      const overdue = an.entries.map((e) => (e.kind === 'task' ? e.occurrence.overdueDays : 0));
      expect([...overdue].sort((a, b) => b - a)).toEqual(overdue);
      for (const e of an.entries) handled.add(e.key);
    }
    expect(seen).toEqual([MAX_ENTRIES_PER_DIGEST, MAX_ENTRIES_PER_DIGEST, 20]);
  });
});

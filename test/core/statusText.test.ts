import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../src/core/date';
import { evaluatePlan } from '../../src/core/evaluation';
import { planReminders } from '../../src/core/reminders/digest';
import { digestText } from '../../src/core/reminders/render';
import { buildReport } from '../../src/core/report/model';
import { occurrenceStateText, occurrenceStatus, overdueText, taskStateText } from '../../src/core/statusText';
import { planSummaryText } from '../../src/core/summaryText';
import { noLinks } from '../../src/core/reminders/render';
import { samplePlan, SAMPLE_AS_OF } from '../../src/sample/anLao2026';
import { dashboard } from '../../src/sheet/dashboard';

describe('one wording of occurrence and task states', () => {
  it('an occurrence with no status counts as «Chưa thực hiện», but the report says «Chưa cập nhật»: nobody reported on it (issue 10)', () => {
    const due = calendarDate(2026, 6, 30);
    expect(occurrenceStatus({ status: null })).toBe('Chưa thực hiện');
    expect(occurrenceStateText({ status: null, timeliness: undefined, due })).toBe('Chưa cập nhật');
    expect(occurrenceStateText({ status: null, timeliness: undefined, due: undefined })).toBe('Chưa cập nhật');
    expect(occurrenceStateText({ status: 'Hoàn thành', timeliness: 'Trễ hạn', due })).toBe('Hoàn thành (trễ hạn)');
    expect(occurrenceStateText({ status: 'Hoàn thành', timeliness: 'Đúng hạn', due })).toBe('Hoàn thành (đúng hạn)');
    expect(occurrenceStateText({ status: 'Hoàn thành', timeliness: undefined, due })).toBe('Hoàn thành');
    expect(occurrenceStateText({ status: 'Tạm dừng', timeliness: undefined, due })).toBe('Tạm dừng');
  });

  it('as of a cut-off day: not yet due is not late, a completion after the cut-off is not done yet (issue 10)', () => {
    const due = calendarDate(2026, 3, 31);
    const cut = calendarDate(2026, 3, 31);
    const before = calendarDate(2026, 3, 15);
    expect(occurrenceStateText({ status: null, timeliness: undefined, due }, before)).toBe('Chưa đến hạn');
    expect(occurrenceStateText({ status: 'Chưa thực hiện', timeliness: undefined, due }, before)).toBe('Chưa đến hạn');
    expect(occurrenceStateText({ status: 'Đang thực hiện', timeliness: undefined, due }, before)).toBe('Đang thực hiện');
    expect(occurrenceStateText({ status: null, timeliness: undefined, due }, cut)).toBe('Chưa cập nhật');
    const doneApril = { status: 'Hoàn thành' as const, timeliness: 'Trễ hạn' as const, due, completedOn: calendarDate(2026, 4, 5) };
    expect(occurrenceStateText(doneApril, cut)).toBe('Chưa hoàn thành');
    expect(occurrenceStateText(doneApril, calendarDate(2026, 4, 10))).toBe('Hoàn thành (trễ hạn)');
    expect(occurrenceStateText({ ...doneApril, due: calendarDate(2026, 6, 30), timeliness: 'Đúng hạn' }, cut)).toBe('Chưa đến hạn');
  });

  it('an overdue occurrence reads «quá hạn N ngày» in Tình trạng, the report, the reminder e-mail and npm start alike', () => {
    const plan = samplePlan();
    const ev = evaluatePlan(plan, SAMPLE_AS_OF);
    const worst = ev.overdue[0]!;
    const phrase = overdueText(worst.overdueDays);
    expect(phrase).toBe(`quá hạn ${worst.overdueDays} ngày`);
    const ofTask = ev.occurrences.filter((o) => o.task === worst.task);
    expect(taskStateText(ofTask, undefined).toLowerCase()).toContain(phrase);
    expect(planSummaryText(plan.settings.schoolName, ev)).toContain(phrase);
    const reminders = planReminders({ plan, asOf: SAMPLE_AS_OF, handled: new Set(), evaluation: ev });
    const mails = reminders.digests.map((d) => digestText(d, { schoolName: plan.settings.schoolName, asOf: SAMPLE_AS_OF, link: noLinks }));
    expect(mails.some((m) => m.includes(phrase))).toBe(true);
    // The report counts an occurrence overdue from before its window with the same words.
    const report = buildReport(plan, { kind: 'quarter', year: 2026, quarter: 4 }, SAMPLE_AS_OF, { evaluation: evaluatePlan(plan, calendarDate(2026, 12, 31)) });
    expect(report.issues.some((l) => /quá hạn \d+ ngày chưa hoàn thành/.test(l))).toBe(true);
  });

  it('Tổng quan counts an occurrence with no status as «Chưa thực hiện», as the other places word it', () => {
    const plan = samplePlan();
    const ev = evaluatePlan(plan, SAMPLE_AS_OF);
    const board = dashboard(plan.settings, ev, SAMPLE_AS_OF);
    const row = board.values.find((r) => r[0] === 'Chưa thực hiện')!;
    expect(row[1]).toBe(ev.occurrences.filter((o) => occurrenceStatus(o) === 'Chưa thực hiện').length);
  });
});

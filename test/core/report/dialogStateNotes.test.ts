/**
 * The dialog's notes come from one evaluation of the plan as of the day it opens (issue 11 item 5),
 * and say exactly what they said when each period's report was built from its own evaluation. The
 * oracle below is that older way, kept here only to compare: for every period, the plan evaluated
 * as of the report's day and the whole report model built from it.
 */
import { describe, expect, it } from 'vitest';
import { type CalendarDate, calendarDate as d, compareDates, formatDdMmYyyy } from '../../../src/core/date';
import { evaluatePlan } from '../../../src/core/evaluation';
import { isBlank } from '../../../src/core/grid';
import { formatShortDate, periodLabel, periodSlug, type ReportPeriod, toRoman } from '../../../src/core/period';
import type { Plan } from '../../../src/core/plan';
import { reportDialogState } from '../../../src/core/report/dialogState';
import { buildReport, reportAsOf } from '../../../src/core/report/model';
import { closingQuarter, inWindow, periodsOfYear, reportWindowOf } from '../../../src/core/report/window';
import { DONE } from '../../../src/core/status';
import { samplePlan } from '../../../src/sample/anLao2026';
import { readWorkbook } from '../../../src/sheet/workbook';
import { mamNonTabs } from '../../plans/mamNonNoGroups';
import { thcsTabs } from '../../plans/thcsSchoolYear';
import { thptTabs } from '../../plans/thptRoadmap';
import { tieuHocTabs } from '../../plans/tieuHocPerUnit';

function list(ids: readonly string[], max = 12): string {
  return ids.length <= max ? ids.join(', ') : `${ids.slice(0, max).join(', ')}, … (${ids.length} mục)`;
}

/** The notes as the dialog wrote them before issue 11: one evaluation and one report model per period. */
function notesByOwnEvaluation(plan: Plan, period: ReportPeriod, today: CalendarDate): string[] {
  const window = reportWindowOf(period, plan.settings);
  const asOf = reportAsOf(window, today);
  const notes: string[] = [];
  if (window.cutAt) notes.push(`Hạn nộp báo cáo là ngày ${formatShortDate(window.cutAt)} (Cấu hình): số liệu tính đến ngày ${formatShortDate(window.cutAt)}.`);
  if (compareDates(window.end, today) > 0) {
    notes.push(
      `Kỳ này chưa kết thúc (hết ngày ${formatShortDate(window.end)}): báo cáo lập ngày ${formatShortDate(today)} ghi số liệu tính đến ngày ${formatShortDate(asOf)}; nhiệm vụ chưa đến hạn không bị tính là chậm.`,
    );
  }
  if (period.year !== plan.settings.planYear) {
    notes.push(`Kỳ này không thuộc năm kế hoạch ${plan.settings.planYear}: báo cáo sẽ ghi là chưa có số liệu.`);
    return notes;
  }
  const q = closingQuarter(period);
  const ev = evaluatePlan(plan, asOf);
  // Issue 13: the indicator that takes the school's CĐS level needs no quarter cell.
  const fromLevel = new Set(ev.indicators.filter((e) => e.dtiLink?.level !== undefined).map((e) => e.indicator.id));
  const noResult = plan.indicators.filter((i) => !fromLevel.has(i.id) && isBlank(i.quarterResults[q - 1])).map((i) => i.id);
  if (noResult.length > 0) notes.push(`${noResult.length} chỉ tiêu chưa có kết quả quý ${toRoman(q)} (trang Chỉ tiêu, cột «Quý ${toRoman(q)}»): ${list(noResult)}.`);
  const model = buildReport(plan, period, today, { evaluation: ev });
  const due = ev.occurrences.filter((o) => o.due && inWindow(o.due, { start: window.start, end: asOf }));
  const noStatus = due.filter((o) => o.status === null && o.errors.length === 0);
  if (noStatus.length > 0) {
    notes.push(`${noStatus.length} lượt nhiệm vụ đến hạn trong kỳ chưa cập nhật trạng thái (trang Tiến độ), báo cáo ghi «Chưa cập nhật»: nhiệm vụ ${list([...new Set(noStatus.map((o) => o.task.id))])}.`);
  }
  const doneLater = due.filter((o) => o.status === DONE && o.completedOn && compareDates(o.completedOn, asOf) > 0);
  if (doneLater.length > 0) {
    notes.push(
      `${doneLater.length} lượt nhiệm vụ hoàn thành sau ngày ${formatShortDate(asOf)}, báo cáo ${periodLabel(period)} ghi «Chưa hoàn thành» (tính đến ngày ${formatShortDate(asOf)}): nhiệm vụ ${list([...new Set(doneLater.map((o) => o.task.id))])}.`,
    );
  }
  notes.push(...model.notes.slice(0, 10));
  if (model.notes.length > 10) notes.push(`Và ${model.notes.length - 10} mục khác chưa đọc được: chạy «Kiểm tra dữ liệu» để xem hết.`);
  if (!model.indicators.hasData && !model.tasks.hasData) notes.push('Kỳ này chưa có số liệu: báo cáo sẽ ghi rõ là chưa có số liệu thay vì in số 0.');
  return notes;
}

/**
 * The sample with what staff get wrong, placed so that it matters for some periods only: a quý II
 * result that is not a number (a later quarter's is fine), a target nobody can read, a timing
 * nobody can read, statuses and completion dates not understood, completions after a period's end.
 */
function troubledSample(): Plan {
  const plan = samplePlan();
  const indicators = plan.indicators.map((i, k) => {
    if (k === 0) return { ...i, quarterResults: [i.quarterResults[0], 'khoảng tám mươi', i.quarterResults[2], i.quarterResults[3]] as const };
    if (k === 1) return { ...i, quarterResults: ['đang tổng hợp', null, null, null] as const };
    if (k === 2) return { ...i, targetText: 'phấn đấu tốt hơn' };
    return i;
  });
  const tasks = plan.tasks.map((t, k) => (k === 1 ? { ...t, timing: 'khi có kinh phí' } : t));
  const progress = plan.progress.map((p, k) => {
    if (k === 0) return { ...p, status: 'xong rồi' };
    if (k === 1) return { ...p, status: 'Hoàn thành', completedOn: '31/02/2026' };
    if (k === 2) return { ...p, status: 'Hoàn thành', completedOn: d(2026, 10, 10) };
    return p;
  });
  return { ...plan, indicators, tasks, progress };
}

function fromTabs(tabs: Parameters<typeof readWorkbook>[0]): Plan {
  return readWorkbook(tabs, { fallbackYear: 2026 }).plan;
}

const PLANS: Record<string, () => Plan> = {
  sample: samplePlan,
  'sample, mid-month rule': () => {
    const p = samplePlan();
    return { ...p, settings: { ...p.settings, reportingRule: 'mid-month' } };
  },
  'sample with report deadlines': () => {
    const p = samplePlan();
    return { ...p, settings: { ...p.settings, reportDeadlines: { quarter: { text: 'Trước ngày 15 tháng cuối quý', day: 15 }, half: { text: 'Trước ngày 05/6', day: 5, month: 6 } } } };
  },
  'sample with errors': troubledSample,
  mamNon: () => fromTabs(mamNonTabs()),
  thcs: () => fromTabs(thcsTabs()),
  thpt: () => fromTabs(thptTabs()),
  tieuHoc: () => fromTabs(tieuHocTabs()),
};

const DAYS = [d(2025, 12, 20), d(2026, 1, 1), d(2026, 2, 3), d(2026, 4, 2), d(2026, 7, 14), d(2026, 10, 15), d(2026, 12, 31), d(2027, 1, 20), d(2028, 3, 1)];

describe('the dialog notes from one evaluation equal the notes of each period evaluated on its own', () => {
  for (const [name, planOf] of Object.entries(PLANS)) {
    it(name, () => {
      const plan = planOf();
      let compared = 0;
      for (const today of DAYS) {
        const state = reportDialogState(plan, [], today);
        const periods = periodsOfYear(plan.settings.planYear);
        expect(state.periods.map((p) => p.slug)).toEqual(periods.map(periodSlug));
        periods.forEach((period, k) => {
          expect(state.periods[k]!.notes, `${periodSlug(period)} on ${formatDdMmYyyy(today)}`).toEqual(notesByOwnEvaluation(plan, period, today));
          compared += state.periods[k]!.notes.length;
        });
      }
      expect(compared).toBeGreaterThan(0);
    });
  }

  it('the troubled sample does say what is wrong, and differently for different periods', () => {
    const notes = (slug: string): string => reportDialogState(troubledSample(), [], d(2026, 10, 15)).periods.find((p) => p.slug === slug)!.notes.join('\n');
    // The quý II result «khoảng tám mươi» is the latest one for quý II only: quý III has its own.
    expect(notes('quy-2-2026')).toContain('khoảng tám mươi');
    expect(notes('quy-3-2026')).not.toContain('khoảng tám mươi');
    expect(notes('quy-1-2026')).toContain('đang tổng hợp');
    // «phấn đấu tốt hơn» reads as an outcome, so a number as its result is not understood.
    expect(notes('quy-1-2026')).toContain("Chỉ tiêu 3: không hiểu kết quả '0,85'");
    expect(notes('quy-1-2026')).toContain('khi có kinh phí');
  });
});

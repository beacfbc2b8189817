import { describe, expect, it } from 'vitest';
import { calendarDate as d } from '../../../src/core/date';
import { evaluatePlan } from '../../../src/core/evaluation';
import { buildReport, type IndicatorRow, recipientLines, shortName } from '../../../src/core/report/model';
import { SAMPLE_AS_OF, samplePlan } from '../../../src/sample/anLao2026';
import { GROUP_B, indicator, plan, progress, task } from '../../support/reportPlans';
import { Q3_2026, report } from '../../plans/pipeline';
import { thcsTabs } from '../../plans/thcsSchoolYear';
import { tieuHocTabs } from '../../plans/tieuHocPerUnit';
import { mamNonTabs } from '../../plans/mamNonNoGroups';

const Q3 = { kind: 'quarter', year: 2026, quarter: 3 } as const;

describe('buildReport: the sample, quý III/2026', () => {
  const p = samplePlan();
  const model = buildReport(p, Q3, SAMPLE_AS_OF);

  it('has the NĐ 30 header and title', () => {
    expect(model.header).toEqual({
      parentAgency: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG',
      schoolName: 'TRƯỜNG THPT AN LÃO',
      number: 'Số: …/BC-THPTAL',
      placeDate: 'An Lão, ngày 15 tháng 10 năm 2026',
    });
    expect(model.title).toBe('BÁO CÁO');
    expect(model.subject).toBe('Kết quả thực hiện Kế hoạch chuyển đổi số quý III năm 2026');
    expect(model.opening).toMatch(/^Thực hiện Kế hoạch số …\/KH-THPTAL .*, Trường THPT An Lão báo cáo kết quả thực hiện quý III năm 2026 \(số liệu tính từ ngày 01\/7\/2026 đến ngày 30\/9\/2026\) như sau:$/);
    expect(model.missing).toEqual([]);
  });

  it('agrees with the evaluation as of the period end (what Tổng quan shows for that day)', () => {
    const ev = evaluatePlan(p, d(2026, 9, 30));
    expect(model.evaluation.overall).toEqual(ev.overall);
    expect(model.evaluation.groups).toEqual(ev.groups);
    expect(model.indicators.overview[0]).toBe(`Tính đến ngày 30/9/2026, nhà trường đạt ${ev.overall.met}/${ev.overall.total} chỉ tiêu; ${ev.overall.total - ev.overall.met} chỉ tiêu chưa đạt.`);
    expect(model.indicators.chart.map((b) => `${b.numeral}:${b.met}/${b.total}`)).toEqual(ev.groups.map((g) => `${g.group.numeral}:${g.met}/${g.total}`));
    const verdicts = model.indicators.rows.filter((r): r is IndicatorRow => r.kind === 'indicator').map((r) => r.verdict);
    expect(verdicts.filter((v) => v === 'Đạt')).toHaveLength(ev.overall.met);
  });

  it('lists every indicator once under its Roman-numeral group', () => {
    const rows = model.indicators.rows;
    expect(rows.filter((r) => r.kind === 'group').map((r) => (r.kind === 'group' ? r.numeral : ''))).toEqual(['I', 'II', 'III', 'IV']);
    expect(rows.filter((r) => r.kind === 'indicator')).toHaveLength(22);
    const row = (id: string) => rows.find((r): r is IndicatorRow => r.kind === 'indicator' && r.stt === id)!;
    expect(row('8')).toMatchObject({ target: '≥98%', result: '98,5%', ratio: '100,5%', verdict: 'Đạt' });
    expect(row('6')).toMatchObject({ target: '≥90%', result: '85%', ratio: '94,4%', verdict: 'Chưa đạt' });
    expect(row('10').result).toBe('70%'); // 70 typed = 70 percentage points
    expect(row('11').result).toBe('0% (quý II)'); // no quý III result: the latest, marked
    expect(row('21')).toMatchObject({ target: 'Có', result: 'Có', verdict: 'Đạt' });
    expect(row('1').evidence).toEqual({ text: 'Xem minh chứng', link: 'https://example.edu.vn/minh-chung/ct01' });
  });

  it('tables the occurrences due in the quarter and the quarterly updates of ongoing tasks', () => {
    const due = model.tasks.rows.filter((r) => r.occurrence.due);
    expect(due.map((r) => r.stt)).toEqual(['1', '3', '5', '10', '16', '23', '25', '27']);
    // Issue 10: tasks 1 and 16 were completed on 08/10, after the cut-off 30/9: not done in quý III;
    // task 23 has no Tiến độ status: «chưa cập nhật», not «chưa thực hiện».
    expect(model.tasks.counts).toMatchObject({ due: 8, doneOnTime: 2, doneLate: 0, inProgress: 2, notDone: 2, notStarted: 1, notUpdated: 1, paused: 0, notYetDue: 0, ongoing: 13 });
    const t1 = model.tasks.rows.find((r) => r.stt === '1')!;
    expect(t1).toMatchObject({ due: '30/9/2026', status: 'Chưa hoàn thành', completedOn: '', lead: 'Ban chuyên đổi số' });
    expect(model.tasks.rows.find((r) => r.stt === '23')!.status).toBe('Chưa cập nhật');
    expect(model.tasks.rows.find((r) => r.stt === '7')!.due).toBe('Thường xuyên (Quý III)');
    expect(model.tasks.overview[0]).toBe('Trong quý III năm 2026 có 8 lượt nhiệm vụ đến hạn: 2 hoàn thành (2 đúng hạn), 2 đang thực hiện, 2 chưa hoàn thành, 1 chưa thực hiện, 1 chưa cập nhật tiến độ.');
  });

  it('Tồn tại names unmet indicators and late tasks with their units and staff notes', () => {
    const text = model.issues.join('\n');
    expect(text).toContain('- Chỉ tiêu 6 «Quy trình nội bộ được số hóa, tái cấu trúc» chưa đạt: kết quả 85% so với chỉ tiêu ≥90% (tỷ lệ đạt 94,4%); đơn vị phụ trách: Ban chuyển đổi số.');
    expect(text).toContain('Ghi chú: Còn 2 giáo viên chưa được cấp chứng thư số.');
    expect(text).toContain('- Nhiệm vụ 25 «Hoàn thiện hồ sơ xác định cấp độ an toàn hệ thống thông tin ngành» (Quý III, hạn 30/9/2026) chưa hoàn thành, tình trạng: chưa thực hiện; đơn vị chủ trì: Ban chuyển đổi số. Ghi chú: Chưa có hướng dẫn mẫu hồ sơ của Sở.');
    expect(text).toContain('(Quý III, hạn 30/9/2026) chưa hoàn thành tính đến ngày 30/9/2026 (hoàn thành ngày 08/10/2026, sau kỳ báo cáo)');
    expect(text).toContain('(thường xuyên) đang tạm dừng');
    expect(text).not.toMatch(/Chỉ tiêu 8 /); // met indicators without a note are not problems
    expect(text).not.toMatch(/Chỉ tiêu 21 /); // met; the sample carries no note about its own data
    expect(text).not.toContain('mẫu dùng');
  });

  it('Phương hướng lists what falls due next quarter, then what is still late', () => {
    expect(model.following.label).toBe('quý IV năm 2026');
    expect(model.directions[0]).toMatch(/^- Nhiệm vụ 1: Tổ chức theo dõi.*\(hạn 31\/12\/2026; chủ trì: Ban chuyên đổi số\)\.$/);
    expect(model.directions.some((l) => l === '- Khẩn trương hoàn thành các nhiệm vụ còn chậm: nhiệm vụ 3, 10, 23, 25.')).toBe(true);
    expect(model.directions.some((l) => l.includes('chỉ tiêu 3, 6, 10, 11, 16, 19, 22'))).toBe(true);
  });

  it('takes Đề xuất and Nơi nhận from Cấu hình, and the signer in capitals', () => {
    expect(model.proposals).toEqual([p.settings.proposals]);
    expect(model.recipients).toEqual(['- Sở GD&ĐT (để b/c);', '- Ban chuyển đổi số (để thực hiện);', '- HĐSP (để thực hiện);', '- Lưu: VT.']);
    expect(model.signer).toEqual({ titleLines: ['KT. HIỆU TRƯỞNG', 'PHÓ HIỆU TRƯỞNG'], name: 'Vương Văn Huy' });
  });
});

describe('buildReport: edge periods and bad input', () => {
  it('a period with no data says so instead of printing zeros', () => {
    const model = buildReport(samplePlan(), { kind: 'quarter', year: 2025, quarter: 4 }, d(2026, 1, 10));
    expect(model.indicators.hasData).toBe(false);
    expect(model.indicators.overview).toEqual(['Tính đến ngày 31/12/2025, chưa có chỉ tiêu nào được cập nhật kết quả trên bảng theo dõi, nên chưa đánh giá được mức độ đạt các chỉ tiêu trong kỳ báo cáo.']);
    expect(model.indicators.byGroup).toEqual([]);
    expect(model.tasks.rows).toEqual([]);
    expect([...model.indicators.overview, ...model.tasks.overview].join(' ')).not.toMatch(/\b0\/\d|\b0 /);
  });

  it('tasks due but never updated: a sentence, not a table of blanks', () => {
    const model = buildReport(plan({ tasks: [task('1'), task('2')] }), { kind: 'quarter', year: 2026, quarter: 3 }, d(2026, 10, 2));
    expect(model.tasks.hasData).toBe(false);
    expect(model.tasks.rows).toEqual([]);
    expect(model.tasks.overview).toEqual(['Trong quý III năm 2026 có 2 lượt nhiệm vụ cần báo cáo nhưng chưa có nhiệm vụ nào được cập nhật tiến độ trên bảng theo dõi.']);
  });

  it('an unreadable target: "Chưa đánh giá được" in the table; its reason in the notes, not under Tồn tại (issue 10)', () => {
    const p = plan({ indicators: [indicator('1', { targetText: 'khoảng chừng', quarterResults: ['', '', 0.5, ''] }), indicator('2', { quarterResults: ['', '', 0.95, ''] })] });
    const model = buildReport(p, Q3, d(2026, 10, 2));
    const row = model.indicators.rows.find((r): r is IndicatorRow => r.kind === 'indicator' && r.stt === '1')!;
    expect(row).toMatchObject({ verdict: 'Chưa đánh giá được', ratio: '', target: 'khoảng chừng', result: '50%' });
    expect(model.issues.join('\n')).not.toContain('Chỉ tiêu 1 ');
    expect(model.notes).toContain("Chỉ tiêu 1: không hiểu chỉ tiêu 'khoảng chừng'; báo cáo ghi «Chưa đánh giá được».");
    expect(model.indicators.overview[0]).toContain('1 chỉ tiêu đã có kết quả, chưa đánh giá được mức độ đạt');
  });

  it('missing settings: visible blanks, and the Cấu hình rows to fill', () => {
    const p = plan({ settings: { schoolName: '', schoolCode: '', signerName: '', signerTitle: '', place: '', parentAgency: '', recipients: [], planReference: '' } });
    const model = buildReport(p, Q3, d(2026, 10, 5));
    expect(model.header).toEqual({ parentAgency: '…', schoolName: '…', number: 'Số: …/BC-…', placeDate: '…, ngày 05 tháng 10 năm 2026' });
    expect(model.signer).toEqual({ titleLines: ['…'], name: '…' });
    expect(model.recipients).toEqual(['- …;', '- Lưu: VT.']);
    expect(model.opening).toMatch(/^Thực hiện Kế hoạch chuyển đổi số năm 2026 của Trường …, Trường … báo cáo/);
    expect(model.missing.map((m) => m.row)).toEqual(['Tên cơ quan chủ quản', 'Tên đơn vị', 'Ký hiệu đơn vị', 'Địa danh', 'Chức vụ người ký', 'Người ký', 'Nơi nhận', 'Số/ngày kế hoạch']);
    expect(model.missing[1]!.message).toBe('Chưa có «Tên đơn vị»: điền dòng «Tên đơn vị» trong trang Cấu hình (báo cáo đang để trống tên đơn vị ở đầu văn bản và trong câu mở đầu).');
  });

  it('the mid-month rule evaluates as of the 14th and counts what is due in its window', () => {
    const p = plan({
      settings: { reportingRule: 'mid-month' },
      tasks: [task('1', { timing: '20/6/2026' }), task('2', { timing: '20/9/2026' })],
      progress: [progress('1', 'Hạn 20/06/2026', 'Hoàn thành', { completedOn: d(2026, 6, 18) }), progress('2', 'Hạn 20/09/2026', 'Hoàn thành', { completedOn: d(2026, 9, 18) })],
    });
    const model = buildReport(p, Q3, d(2026, 9, 20));
    expect(model.window).toEqual({ start: d(2026, 6, 15), end: d(2026, 9, 14) });
    expect(model.evaluation.asOf).toEqual(d(2026, 9, 14));
    expect(model.tasks.rows.map((r) => r.stt)).toEqual(['1']);
    expect(model.opening).toContain('(số liệu tính từ ngày 15/6/2026 đến ngày 14/9/2026)');
  });

  it('6 tháng and năm: the last quarterly update of an ongoing task appears once', () => {
    const p = plan({ tasks: [task('1', { timing: 'Thường xuyên' })], progress: [progress('1', 'Quý I', 'Đang thực hiện'), progress('1', 'Quý II', 'Đang thực hiện'), progress('1', 'Quý IV', 'Hoàn thành')] });
    const half = buildReport(p, { kind: 'half', year: 2026 }, d(2026, 7, 2));
    expect(half.tasks.rows.map((r) => r.due)).toEqual(['Thường xuyên (Quý II)']);
    expect(half.following.label).toBe('6 tháng cuối năm 2026');
    const year = buildReport(p, { kind: 'year', year: 2026 }, d(2027, 1, 2));
    expect(year.tasks.rows.map((r) => r.due)).toEqual(['Thường xuyên (Quý IV)']);
    expect(year.directions[0]).toBe('- Tổng kết, đánh giá kết quả thực hiện Kế hoạch chuyển đổi số năm 2026; xây dựng Kế hoạch chuyển đổi số năm 2027.');
  });

  it('results older than the period are marked with their quarter', () => {
    const p = plan({ indicators: [indicator('1', { group: GROUP_B, quarterResults: [0.5, 0.93, '', ''] })] });
    const row = buildReport(p, Q3, d(2026, 10, 2)).indicators.rows[1] as IndicatorRow;
    expect(row).toMatchObject({ result: '93% (quý II)', verdict: 'Đạt' });
  });

  it('Tồn tại carries the notes of problems only, not of indicators met or tasks done on time', () => {
    const p = plan({
      indicators: [
        indicator('1', { quarterResults: ['', '', 0.95, ''], note: 'Đã rà soát đủ hồ sơ' }),
        indicator('2', { quarterResults: ['', '', 0.8, ''], note: 'Thiếu máy tính phòng tin học' }),
        indicator('3', { targetText: 'khoảng chừng', quarterResults: ['', '', 0.5, ''], note: 'Chỉ tiêu ghi chưa rõ' }),
      ],
      tasks: [task('1'), task('2'), task('3', { timing: 'Thường xuyên' }), task('4', { timing: 'Thường xuyên' })],
      progress: [
        progress('1', 'Quý III', 'Hoàn thành', { completedOn: d(2026, 9, 20), note: 'Nộp sớm cho Sở' }),
        progress('2', 'Quý III', 'Hoàn thành', { completedOn: d(2026, 10, 1), note: 'Chờ số liệu của các tổ' }),
        progress('3', 'Quý III', 'Đang thực hiện', { note: 'Cập nhật hằng tháng' }),
        progress('4', 'Quý III', 'Tạm dừng', { note: 'Chờ hướng dẫn của Sở' }),
      ],
    });
    const issues = buildReport(p, Q3, d(2026, 10, 2)).issues;
    expect(issues).toEqual([
      '- Chỉ tiêu 2 «Chỉ tiêu thử 2» chưa đạt: kết quả 80% so với chỉ tiêu ≥90% (tỷ lệ đạt 88,9%); đơn vị phụ trách: Ban chuyển đổi số. Ghi chú: Thiếu máy tính phòng tin học.',
      '- Nhiệm vụ 2 «Nhiệm vụ thử 2» (Quý III, hạn 30/9/2026) chưa hoàn thành tính đến ngày 30/9/2026 (hoàn thành ngày 01/10/2026, sau kỳ báo cáo); đơn vị chủ trì: Văn phòng nhà trường. Ghi chú: Chờ số liệu của các tổ.',
      '- Nhiệm vụ 4 «Nhiệm vụ thử 4» (thường xuyên) đang tạm dừng; đơn vị chủ trì: Văn phòng nhà trường. Ghi chú: Chờ hướng dẫn của Sở.',
    ]);
  });

  it('when every item is fine, notes on them do not turn Tồn tại into a list of problems', () => {
    const p = plan({
      indicators: [indicator('1', { quarterResults: ['', '', 0.95, ''], note: 'Đã rà soát đủ hồ sơ' })],
      tasks: [task('1')],
      progress: [progress('1', 'Quý III', 'Hoàn thành', { completedOn: d(2026, 9, 20), note: 'Nộp sớm cho Sở' })],
    });
    expect(buildReport(p, Q3, d(2026, 10, 2)).issues).toEqual(['Trong kỳ, các chỉ tiêu đã có kết quả đều đạt và các nhiệm vụ đến hạn đều hoàn thành đúng hạn.']);
  });

  it('a task still overdue from an earlier quarter is listed with its days overdue', () => {
    const p = plan({ tasks: [task('9', { timing: 'Quý II' })] });
    const model = buildReport(p, Q3, d(2026, 10, 2));
    expect(model.issues).toEqual(['- Nhiệm vụ 9 «Nhiệm vụ thử 9» (Quý II, hạn 30/6/2026) quá hạn 92 ngày chưa hoàn thành; đơn vị chủ trì: Văn phòng nhà trường.']);
  });
});

describe('text helpers', () => {
  it('recipientLines: "- X;" each, "- Lưu: VT." last', () => {
    expect(recipientLines(['- Lưu: VT, CĐS.', 'Phòng GD&ĐT;'])).toEqual(['- Phòng GD&ĐT;', '- Lưu: VT, CĐS.']);
    expect(recipientLines(['Sở GD&ĐT'])).toEqual(['- Sở GD&ĐT;', '- Lưu: VT.']);
  });

  it('shortName keeps a task name readable in a sentence', () => {
    expect(shortName('Làm A; làm B')).toBe('Làm A');
    const long = shortName('Đồng bộ và xác thực dữ liệu học sinh với CSDL quốc gia về dân cư theo Đề án 06 và các hệ thống liên quan khác của ngành');
    expect(long.length).toBeLessThanOrEqual(91);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('Phương hướng for 6 tháng', () => {
  it('a task due twice in the second half gets one line with both dates', () => {
    const p = plan({ tasks: [task('23', { timing: 'Hàng quý' })] });
    const model = buildReport(p, { kind: 'half', year: 2026 }, d(2026, 7, 3));
    expect(model.directions.filter((l) => l.startsWith('- Nhiệm vụ 23:'))).toEqual(['- Nhiệm vụ 23: Nhiệm vụ thử 23 (hạn 30/9/2026, 31/12/2026; chủ trì: Văn phòng nhà trường).']);
  });
});

describe('issue 9 plans as a principal reads the report', () => {
  it('a group line names its long-term indicators, so «đạt 1/2» does not read as one unmet', () => {
    const lines = report(tieuHocTabs(), Q3_2026).indicators.byGroup;
    expect(lines[0]).toBe('- Nhóm A. Mục tiêu chung: đạt 1/2 chỉ tiêu (1 chỉ tiêu dài hạn), tỷ lệ đạt trung bình 100%;');
    expect(lines[1]).toBe('- Nhóm 1.1. Thể chế số: đạt 2/2 chỉ tiêu, tỷ lệ đạt trung bình 100%;');
    expect(lines[4]).toBe('- Nhóm 2.2. Học liệu số và kiểm tra, đánh giá: đạt 2/3 chỉ tiêu (1 chỉ tiêu dài hạn), tỷ lệ đạt trung bình 100%.');
  });

  it('the chart counts a group\'s indicators due this year: a long-term one is not a bar\'s unmet share', () => {
    const bars = report(tieuHocTabs(), Q3_2026).indicators.chart;
    expect(bars[0]).toMatchObject({ numeral: 'A', met: 1, total: 1 });
    expect(bars[4]).toMatchObject({ numeral: '2.2', met: 2, total: 2 });
    expect(report(tieuHocTabs(), Q3_2026).indicators.chartCaption).toMatch(/\(A\. Mục tiêu chung: 1\/1; .*\), không tính 2 chỉ tiêu dài hạn\.$/);
  });

  it('an unmet yes/no target reads as an outcome under Tồn tại, quoted, without «tỷ lệ đạt 0%»', () => {
    const issues = report(thcsTabs(), Q3_2026).issues;
    expect(issues).toContain(
      '- Chỉ tiêu 3 «Hoàn thiện hồ sơ đề nghị phê duyệt cấp độ an toàn hệ thống thông tin» chưa đạt: kết quả «Chưa» so với chỉ tiêu «Hoàn thành»; đơn vị phụ trách: Văn phòng. Ghi chú: Đang chờ Phòng thẩm định.',
    );
    expect(issues).toContain(
      '- Chỉ tiêu 12 «Trang thông tin điện tử của nhà trường được cập nhật» chưa đạt: kết quả «Chưa» so với chỉ tiêu «Được duy trì định kỳ»; đơn vị phụ trách: Văn phòng. Ghi chú: Quý III chưa cập nhật.',
    );
    // numeric targets keep their ratio
    expect(issues.some((l) => l.startsWith('- Chỉ tiêu 5 ') && l.includes('(tỷ lệ đạt 97,9%)'))).toBe(true);
  });
});

describe('issue 9: an outcome result from an earlier quarter', () => {
  it('the annual report quotes the words and marks the quarter outside the quotes', () => {
    const issues = report(thcsTabs(), { kind: 'year', year: 2026 }).issues;
    expect(issues.find((l) => l.startsWith('- Chỉ tiêu 3 '))).toContain('kết quả «Chưa» (quý III) so với chỉ tiêu «Hoàn thành»;');
  });
});

describe('issue 9: tasks with no due date in the task table', () => {
  it('Hạn shows the plan’s own words («Khi có yêu cầu», «Đột xuất»), not «Thường xuyên» for every one', () => {
    const rows = report(thcsTabs(), Q3_2026).tasks.rows;
    const due = (stt: string) => rows.find((r) => r.stt === stt)!.due;
    expect(due('5')).toBe('Khi có yêu cầu (Quý III)');
    expect(due('6')).toBe('Theo yêu cầu (Quý III)');
    expect(due('13')).toBe('Đột xuất (Quý III)');
    expect(due('14')).toBe('Thường xuyên (Quý III)');
  });

  it('a trailing dot is dropped, and a long phrase gives way to «Thường xuyên» in the narrow column', () => {
    expect(report(mamNonTabs(), Q3_2026).tasks.rows.find((r) => r.stt === '6')!.due).toBe('Thường xuyên (Quý III)');
    const p = plan({
      tasks: [task('31', { timing: 'Thường xuyên trong năm, khi có yêu cầu của cấp trên' }), task('32', { timing: 'đột xuất.' })],
      progress: [progress('31', 'Quý III', 'Đang thực hiện'), progress('32', 'Quý III', 'Đang thực hiện')],
    });
    expect(buildReport(p, Q3, d(2026, 10, 5)).tasks.rows.map((r) => r.due)).toEqual(['Thường xuyên (Quý III)', 'Đột xuất (Quý III)']);
  });
});

/**
 * Issue 9 item 13: group rows numbered the way real plans number them (a Roman numeral, a letter,
 * a section number), with only a name filled; and a plan without groups prints no empty group
 * line anywhere (report, Tổng quan, chart, `npm start` summary). Whole small plans in the styles
 * of other schools, read from their cells as staff would type them.
 */
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../src/core/date';
import { evaluatePlan } from '../../src/core/evaluation';
import type { Plan } from '../../src/core/plan';
import { buildReportDocument } from '../../src/core/report/document';
import { buildReport } from '../../src/core/report/model';
import { barCategory } from '../../src/core/report/ooxml/chart';
import { planSummaryText } from '../../src/core/summaryText';
import { samplePlan } from '../../src/sample/anLao2026';
import { computedRowValues } from '../../src/sheet/computed';
import { dashboard } from '../../src/sheet/dashboard';
import { planTabs } from '../../src/sheet/planTabs';
import { type Cell, readWorkbook, type WorkbookRead } from '../../src/sheet/workbook';

const Q1 = { kind: 'quarter', year: 2026, quarter: 1 } as const;
const END_Q1 = calendarDate(2026, 3, 31);
const PROGRESS_HEADER: Cell[][] = [['Mã NV', 'Kỳ', 'Trạng thái', 'Ngày hoàn thành']];

/** The sample's Cấu hình and Phân công with these Chỉ tiêu / Nhiệm vụ tabs (Tiến độ empty unless given). */
function read(indicators: Cell[][], tasks: Cell[][], progress: Cell[][] = PROGRESS_HEADER): WorkbookRead {
  const tabs = planTabs(samplePlan());
  tabs.set('Chỉ tiêu', indicators);
  tabs.set('Nhiệm vụ', tasks);
  tabs.set('Tiến độ', progress);
  return readWorkbook(tabs, { fallbackYear: 2026 });
}

const groupsOf = (plan: Plan) => plan.indicators.map((i) => `${i.id}→${i.group.numeral}|${i.group.name}`);
const taskGroupsOf = (plan: Plan) => plan.tasks.map((t) => `${t.id}→${t.group.numeral}|${t.group.name}`);

/** Every text a reader sees about indicator groups, from the report, the .docx blocks, Tổng quan and the summary. */
function groupTexts(plan: Plan): { report: string[]; document: string[]; board: string[]; summary: string[]; chart: string[] } {
  const model = buildReport(plan, Q1, calendarDate(2026, 4, 10));
  const doc = buildReportDocument(model, 'Trường thử');
  const evaluation = evaluatePlan(plan, END_Q1);
  const board = dashboard(plan.settings, evaluation, END_Q1);
  const first = board.values.findIndex((r) => r[0] === 'Nhóm chỉ tiêu' || r[0] === 'Chỉ tiêu');
  const last = board.values.findIndex((r) => r[0] === 'Toàn kế hoạch');
  return {
    report: [
      ...model.indicators.overview,
      ...model.indicators.byGroup,
      model.indicators.chartCaption,
      ...model.indicators.rows.flatMap((r) => (r.kind === 'group' ? [`${r.numeral}|${r.name}`] : [])),
    ],
    document: doc.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.filter((r) => r.group).map((r) => r.cells.map((c) => c.text).join('|')) : b.kind === 'chart' ? ['chart'] : [])),
    board: board.values.slice(first + 1, last).map((r) => String(r[0])),
    summary: planSummaryText('Trường thử', evaluation).split('\n'),
    chart: model.indicators.chart.map(barCategory),
  };
}

describe('group rows as real plans number them', () => {
  it('letter groups «A. Mục tiêu chung / B. Mục tiêu cụ thể» (a name column, a name in the STT cell): each is a group, not an indicator', () => {
    const r = read(
      [
        ['TT', 'Nội dung chỉ tiêu', 'ĐVT', 'Chỉ tiêu năm 2026', 'Kết quả quý I'],
        ['A', 'Mục tiêu chung', '', '', ''],
        [1, 'Hồ sơ công việc được xử lý trên môi trường điện tử', '%', '100%', 1],
        ['B.', 'Mục tiêu cụ thể'],
        [2, 'Giáo viên được tập huấn kỹ năng số', '%', '≥90%', 0.5],
        [3, 'Học sinh được trang bị kỹ năng số cơ bản', '%', '≥85%', ''],
        ['C. Ứng dụng chuyển đổi số trong dạy học'],
        [4, 'Lớp học sử dụng hệ thống LMS', '%', '100%', 1],
      ],
      [
        ['STT', 'Nội dung công việc', 'Người phụ trách', 'Thời hạn'],
        ['A', 'Nhiệm vụ chung'],
        [1, 'Thành lập Ban chỉ đạo chuyển đổi số', 'Hiệu trưởng', 'Quý I'],
        ['B) Nhiệm vụ cụ thể'],
        [1, 'Rà soát dữ liệu học sinh', 'Văn phòng', 'Quý II'],
      ],
    );
    expect(r.problems).toEqual([]);
    expect(groupsOf(r.plan)).toEqual(['1→A|Mục tiêu chung', '2→B|Mục tiêu cụ thể', '3→B|Mục tiêu cụ thể', '4→C|Ứng dụng chuyển đổi số trong dạy học']);
    expect(r.indicatorGroupRows.map((g) => g.row)).toEqual([2, 4, 7]);
    expect(taskGroupsOf(r.plan)).toEqual(['1→A|Nhiệm vụ chung', 'B.1→B|Nhiệm vụ cụ thể']);
    const ev = evaluatePlan(r.plan, END_Q1);
    expect(ev.overall.total).toBe(4);
    expect(ev.indicators.filter((i) => i.state === 'invalid')).toEqual([]);
    const texts = groupTexts(r.plan);
    expect(texts.report).toContain('- Nhóm A. Mục tiêu chung: đạt 1/1 chỉ tiêu, tỷ lệ đạt trung bình 100%;');
    expect(texts.board).toEqual(['A. Mục tiêu chung', 'B. Mục tiêu cụ thể', 'C. Ứng dụng chuyển đổi số trong dạy học']);
    expect(texts.chart).toEqual(['A. Mục tiêu chung', 'B. Mục tiêu cụ thể', 'C. Ứng dụng chuyển đổi số trong dạy học']);
    expect(texts.summary.some((l) => l.startsWith('   B. Mục tiêu cụ thể: đạt 0/2 chỉ tiêu'))).toBe(true);
  });

  it('«1. / 1.1 / 1.2» numbering: a section row with only a name is a group, its numbered indicators are records', () => {
    const r = read(
      [
        ['STT', 'Tiêu chí', 'Đơn vị tính', 'Kết quả cần đạt', 'Quý I'],
        ['1.', 'Thể chế và quản trị số'],
        ['1.1', 'Hồ sơ công việc xử lý trên môi trường điện tử', '%', '100%', 1],
        ['1.2', 'Văn bản trao đổi dưới dạng điện tử', '%', '≥95%', 0.96],
        ['2.', 'Hạ tầng và dữ liệu số', '', '', ''],
        ['2.1', 'Hồ sơ học sinh được chuẩn hóa trên CSDL ngành', '%', '100%', ''],
        ['2.2', 'Nhà trường triển khai học bạ số', '%', '', ''],
        ['3', 'Phát triển nhân lực số'],
        ['3.1', 'Giáo viên được tập huấn kỹ năng số', '%', '≥90%', ''],
      ],
      [
        ['STT', 'Nhiệm vụ trọng tâm', 'Đơn vị thực hiện', 'Thời gian thực hiện'],
        ['1.', 'Công tác lãnh đạo, chỉ đạo'],
        ['1.1', 'Thành lập Ban chỉ đạo chuyển đổi số', 'Hiệu trưởng', 'Quý I'],
        ['1.2', 'Ban hành kế hoạch chuyển đổi số', 'Ban chỉ đạo', 'Quý I'],
        ['2.', 'Hoàn thiện hạ tầng số'],
        ['2.1', 'Nâng cấp hạ tầng mạng', 'Kế toán', 'Quý III'],
      ],
    );
    // «2.2» with a blank target is an indicator missing its target (the next row is «3», a new section): it is not taken for a group.
    expect(r.problems).toEqual([]);
    expect(groupsOf(r.plan)).toEqual([
      '1.1→1|Thể chế và quản trị số',
      '1.2→1|Thể chế và quản trị số',
      '2.1→2|Hạ tầng và dữ liệu số',
      '2.2→2|Hạ tầng và dữ liệu số',
      '3.1→3|Phát triển nhân lực số',
    ]);
    expect(taskGroupsOf(r.plan)).toEqual(['1.1→1|Công tác lãnh đạo, chỉ đạo', '1.2→1|Công tác lãnh đạo, chỉ đạo', '2.1→2|Hoàn thiện hạ tầng số']);
    const texts = groupTexts(r.plan);
    expect(texts.board).toEqual(['1. Thể chế và quản trị số', '2. Hạ tầng và dữ liệu số', '3. Phát triển nhân lực số']);
    expect(texts.chart).toEqual(['1. Thể chế và quản trị số', '2. Hạ tầng và dữ liệu số', '3. Phát triển nhân lực số']);
  });

  it('a record numbered like a section stays a record when it has its own data, or when the next row is its sibling', () => {
    const r = read(
      [
        ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm'],
        ['I', 'Thể chế số'],
        ['1.', 'Hồ sơ điện tử', '100%'],
        ['2.', 'Văn bản điện tử', ''],
        ['3.', 'Chữ ký số', '100%'],
        ['II', 'Hạ tầng số'],
        ['2.1', 'Học bạ số', ''],
        ['2.2', 'Sổ gốc văn bằng', '≥90%'],
        ['2.3', 'Kết nối kho dữ liệu', ''],
      ],
      [['STT', 'Nhiệm vụ', 'Thời gian'], [1, 'Rà soát', 'Quý I']],
    );
    expect(groupsOf(r.plan)).toEqual(['1→I|Thể chế số', '2→I|Thể chế số', '3→I|Thể chế số', '2.1→II|Hạ tầng số', '2.2→II|Hạ tầng số', '2.3→II|Hạ tầng số']);
    expect(r.problems).toEqual([]);
    expect(r.indicatorGroupRows.map((g) => g.group.numeral)).toEqual(['I', 'II']);
  });

  it('a «2.1» sub-group under «II»: the nearest group row wins, numbered as typed', () => {
    const r = read(
      [
        ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm', 'Quý I'],
        ['II', 'Các chỉ tiêu cụ thể'],
        ['2.1', 'Thể chế và quản trị số'],
        [1, 'Hồ sơ điện tử', '100%', 1],
        [2, 'Văn bản điện tử', '≥95%'],
        ['2.2. Hạ tầng và dữ liệu số'],
        [3, 'Học bạ số', '100%'],
        ['Phần III', 'Nhân lực số'],
        [4, 'Giáo viên được tập huấn', '≥90%'],
      ],
      [['STT', 'Nhiệm vụ', 'Thời gian'], [1, 'Rà soát', 'Quý I']],
    );
    expect(r.problems).toEqual([]);
    expect(groupsOf(r.plan)).toEqual(['1→2.1|Thể chế và quản trị số', '2→2.1|Thể chế và quản trị số', '3→2.2|Hạ tầng và dữ liệu số', '4→Phần III|Nhân lực số']);
    expect(r.indicatorGroupRows.map((g) => g.group.numeral)).toEqual(['II', '2.1', '2.2', 'Phần III']);
    const texts = groupTexts(r.plan);
    expect(texts.board).toEqual(['2.1. Thể chế và quản trị số', '2.2. Hạ tầng và dữ liệu số', 'Phần III. Nhân lực số']);
    expect(texts.report).toContain('- Phần III. Nhân lực số: đạt 0/1 chỉ tiêu, chưa có kết quả.');
    expect(texts.chart).toEqual(['2.1. Thể chế và quản trị số', '2.2. Hạ tầng và dữ liệu số', 'Phần III. Nhân lực số']);
  });

  it('a bare number is a record, not a group, unless rows numbered under it («1.1») follow', () => {
    const r = read(
      [
        ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm'],
        [1, 'Hồ sơ điện tử', ''],
        [2, 'Thể chế số'],
        ['2.1', 'Văn bản điện tử', '≥95%'],
        [3, 'Học bạ số', '100%'],
      ],
      [['STT', 'Nhiệm vụ', 'Thời gian'], [1, 'Rà soát', 'Quý I']],
    );
    expect(r.problems).toEqual([]);
    expect(groupsOf(r.plan)).toEqual(['1→|', '2.1→2|Thể chế số', '3→2|Thể chế số']);
  });

  it('text that starts with a capital letter or a Roman letter is not a numbering («Internet…», «Bồi dưỡng…» in STT)', () => {
    const r = read(
      [
        ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm'],
        ['I', 'Thể chế số'],
        [1, 'Hồ sơ điện tử', '100%'],
        ['Internet tốc độ cao'],
        ['Bồi dưỡng giáo viên'],
        [2, 'Văn bản điện tử', '100%'],
      ],
      [['STT', 'Nhiệm vụ', 'Thời gian'], [1, 'Rà soát', 'Quý I']],
    );
    expect(groupsOf(r.plan)).toEqual(['1→I|Thể chế số', '2→I|Thể chế số']);
    expect(r.indicatorGroupRows.map((g) => g.group.numeral)).toEqual(['I']);
  });

  it('the group rows\' computed cells (Tỷ lệ đạt, Đánh giá) hold their group\'s figures, letter and section groups alike', () => {
    const r = read(
      [
        ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm', 'Quý I', 'Kết quả mới nhất', 'Tỷ lệ đạt', 'Đánh giá'],
        ['A', 'Mục tiêu chung'],
        [1, 'Hồ sơ điện tử', '100%', 1],
        ['1.', 'Thể chế'],
        ['1.1', 'Văn bản điện tử', '100%', 0.5],
        ['1.2', 'Chữ ký số', '100%', 1],
      ],
      [['STT', 'Nhiệm vụ', 'Thời gian'], [1, 'Rà soát', 'Quý I']],
    );
    const values = computedRowValues(r, evaluatePlan(r.plan, END_Q1)).get('indicators')!;
    expect(values(2)?.get('verdict')).toBe('1/1 đạt');
    expect(values(4)?.get('verdict')).toBe('1/2 đạt');
  });
});

describe('a plan without groups prints no empty group line', () => {
  const r = read(
    [
      ['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Mục tiêu', 'Quý I'],
      [1, 'Hồ sơ công việc xử lý trên môi trường điện tử', '%', '100%', 1],
      [2, 'Giáo viên sử dụng chữ ký số', '%', '100%', 0.8],
      [3, 'Học bạ số', '%', '100%', ''],
    ],
    [
      ['STT', 'Tên nhiệm vụ', 'Bộ phận chủ trì', 'Tiến độ thực hiện'],
      [1, 'Rà soát dữ liệu học sinh', 'Văn phòng', 'Quý I'],
      [2, 'Tập huấn kỹ năng số', 'Tổ chuyên môn', 'Quý II'],
    ],
  );
  const texts = groupTexts(r.plan);
  const empty = /Nhóm\s*\.|^\s*\.\s|^-\s*:|\(\s*:|Chưa phân nhóm|^\s*\|/;

  it('reads the plan', () => {
    expect(r.problems).toEqual([]);
    expect(r.plan.indicators).toHaveLength(3);
    expect(r.plan.tasks).toHaveLength(2);
  });

  it('the report: no «Nhóm . :» line, no group row, no chart of one blank bar, no «theo từng nhóm»', () => {
    for (const line of texts.report) expect(line).not.toMatch(empty);
    expect(texts.report.join('\n')).not.toContain('nhóm');
    expect(texts.document).toEqual([]);
    expect(texts.chart).toEqual([]);
  });

  it('Tổng quan: only «Toàn kế hoạch», no blank group row', () => {
    expect(texts.board).toEqual([]);
  });

  it('the summary (npm start): no «. :» line', () => {
    for (const line of texts.summary) expect(line).not.toMatch(/^\s*\.\s|^\s+:/);
    expect(texts.summary).toContain('   Toàn kế hoạch: đạt 1/3 chỉ tiêu, tỷ lệ đạt trung bình 90%; 1 chỉ tiêu chưa đánh giá được');
    expect(texts.summary.join('\n')).not.toContain('theo nhóm');
  });
});

describe('a plan with some indicators above its first group row', () => {
  it('names them «Chưa phân nhóm», never a blank label', () => {
    const r = read(
      [
        ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm', 'Quý I'],
        [1, 'Hồ sơ điện tử', '100%', 1],
        ['I', 'Hạ tầng số'],
        [2, 'Học bạ số', '100%', 1],
      ],
      [['STT', 'Nhiệm vụ', 'Thời gian'], [1, 'Rà soát', 'Quý I']],
    );
    const texts = groupTexts(r.plan);
    expect(texts.board).toEqual(['Chưa phân nhóm', 'I. Hạ tầng số']);
    expect(texts.report).toContain('- Chưa phân nhóm: đạt 1/1 chỉ tiêu, tỷ lệ đạt trung bình 100%;');
    expect(texts.document).toContain('|Chưa phân nhóm||||||');
    expect(texts.chart).toEqual(['Chưa phân nhóm', 'I. Hạ tầng số']);
    for (const line of [...texts.report, ...texts.summary]) expect(line).not.toMatch(/Nhóm\s*\.|^\s*\.\s/);
  });
});

describe('a Trần Dương style plan', () => {
  it('Nhiệm vụ headed «Tháng | Nhiệm vụ trọng tâm | Sản phẩm/Kết quả | Bộ phận chủ trì», no STT, a numbering row «1 (2) (3) (4)»', () => {
    const r = read(
      [
        ['STT', 'Nội dung chỉ tiêu', 'Chỉ tiêu năm 2026', 'Quý I'],
        ['1. Thể chế và quản trị số'],
        [1, 'Hồ sơ công việc (không bao gồm hồ sơ mật) được xử lý trên môi trường điện tử', '100%', 1],
        [2, 'Văn bản trao đổi giữa nhà trường với Sở được thực hiện dưới dạng điện tử', '≥95%', 0.97],
        ['2. Hạ tầng và dữ liệu số'],
        [3, 'Hồ sơ học sinh được chuẩn hóa và đồng bộ trên CSDL ngành', '100%', ''],
      ],
      [
        ['DANH MỤC NHIỆM VỤ CHI TIẾT THEO THÁNG NĂM 2026'],
        ['Tháng', 'Nhiệm vụ trọng tâm', 'Sản phẩm/Kết quả', 'Bộ phận chủ trì'],
        [1, '(2)', '(3)', '(4)'],
        ['Tháng 1', 'Rà soát quy trình nội bộ, chuẩn hóa biểu mẫu và dữ liệu đầu vào.', 'Quy trình chuẩn hóa; Văn bản hướng dẫn.', 'Ban Giám hiệu; Kế toán.'],
        ['Tháng 3', 'Rà soát, làm sạch dữ liệu học sinh và đối soát mã định danh với CSDL quốc gia về dân cư.', 'Bộ dữ liệu sạch; Tỷ lệ xác thực 100%.', 'Giáo viên chủ nhiệm; Văn phòng.'],
        ['Tháng 7', 'Nâng cấp hạ tầng mạng và máy tính.', 'Báo cáo rà soát, nghiệm thu', 'Ban Giám hiệu; Phụ trách CNTT, kế toán'],
        [],
        ['Tháng 8', 'Tập huấn nâng cao năng lực số và kỹ năng ứng dụng AI trong soạn bài giảng cho giáo viên trước năm học mới.', 'Danh sách giáo viên hoàn thành bồi dưỡng.', 'Tổ chuyên môn; cán bộ phụ trách CNTT'],
      ],
    );
    expect(r.problems).toEqual([]);
    expect(r.plan.tasks.map((t) => [t.id, t.timing, t.lead, t.group.numeral])).toEqual([
      ['4', 'Tháng 1', 'Ban Giám hiệu; Kế toán.', ''],
      ['5', 'Tháng 3', 'Giáo viên chủ nhiệm; Văn phòng.', ''],
      ['6', 'Tháng 7', 'Ban Giám hiệu; Phụ trách CNTT, kế toán', ''],
      ['8', 'Tháng 8', 'Tổ chuyên môn; cán bộ phụ trách CNTT', ''],
    ]);
    expect(groupsOf(r.plan)).toEqual(['1→1|Thể chế và quản trị số', '2→1|Thể chế và quản trị số', '3→2|Hạ tầng và dữ liệu số']);
    expect(groupTexts(r.plan).board).toEqual(['1. Thể chế và quản trị số', '2. Hạ tầng và dữ liệu số']);
  });
});

/**
 * The Sở's consolidated report: its figures against a direct computation over the snapshots (not
 * through rollUp's aggregates), no percentage above 100% even when a school reports 500%, every
 * empty section saying so, and the Sở's own header, number and signer.
 */
import { describe, expect, it } from 'vitest';
import { calendarDate as d } from '../../../src/core/date';
import type { Block, ReportDocument } from '../../../src/core/report/document';
import { BLANK } from '../../../src/core/report/model';
import { buildRollupReport, buildRollupReportDocument, NO_FIGURE, rollupReportFileStem, rollupReportName } from '../../../src/core/report/rollupReport';
import { rollUp } from '../../../src/core/rollup/rollup';
import type { Snapshot, SnapshotIndicator } from '../../../src/core/rollup/snapshot';
import { SAMPLE_ROLLUP_AS_OF as AS_OF, SAMPLE_SO_SETTINGS as SO, sampleSnapshots } from '../../../src/sample/soRollup';
import { formatPercent } from '../../../src/core/format';

const Q3 = { kind: 'quarter', year: 2026, quarter: 3 } as const;

function texts(doc: ReportDocument): string[] {
  const out: string[] = [];
  const walk = (b: Block): void => {
    if (b.kind === 'paragraph') out.push(b.runs.map((r) => r.text).join(''));
    else if (b.kind === 'table') {
      out.push(b.columns.map((c) => c.title).join(' | '));
      for (const r of b.rows) out.push(r.cells.map((c) => c.text).join(' | '));
    } else if (b.kind === 'layout') for (const row of b.rows) for (const cell of row) for (const para of cell) walk(para);
  };
  doc.blocks.forEach(walk);
  return out;
}

function tables(doc: ReportDocument) {
  return doc.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
}

function snapshot(id: string, over: Partial<Snapshot> = {}): Snapshot {
  return {
    version: 1,
    schoolId: id,
    schoolName: `Trường THCS ${id}`,
    email: '',
    planYear: 2026,
    asOf: '2026-09-30',
    sentAt: '2026-10-10T08:00:00+07:00',
    indicators: [],
    tasks: { byState: { 'Chưa thực hiện': 0, 'Đang thực hiện': 0, 'Hoàn thành': 0, 'Tạm dừng': 0 }, overdueCount: 0, overdue: [] },
    ...over,
  };
}

function row(code: string, attainment: number | null, state: SnapshotIndicator['state'], stt = '1'): SnapshotIndicator {
  return { code, stt, name: `Chỉ tiêu ${code || stt}`, unit: '%', target: '100%', result: attainment === null ? '' : `${attainment * 100}%`, quarter: attainment === null ? null : 3, attainment, verdict: state === 'met' ? 'Đạt' : 'Chưa đạt', state };
}

/** Per Sở code, computed straight from the snapshots: first row of each school with the code. */
function direct(snaps: readonly Snapshot[]) {
  const by = new Map<string, { schools: number; assessed: number; met: number; ratios: number[] }>();
  for (const s of snaps) {
    const seen = new Set<string>();
    for (const i of s.indicators) {
      const code = i.code.trim().toUpperCase();
      if (!code || seen.has(code)) continue;
      seen.add(code);
      const e = by.get(code) ?? { schools: 0, assessed: 0, met: 0, ratios: [] };
      by.set(code, e);
      e.schools++;
      if ((i.state === 'met' || i.state === 'unmet') && i.attainment !== null) {
        e.assessed++;
        if (i.state === 'met') e.met++;
        e.ratios.push(Math.min(1, i.attainment));
      }
    }
  }
  return by;
}

describe('the consolidated report of a generated set of schools', () => {
  const snaps = sampleSnapshots(60, 7);
  const roster = [{ schoolId: 'HP9001', schoolName: 'Trường THCS Hòa Bình' }];
  const rollup = rollUp(snaps, AS_OF, { roster });
  const model = buildRollupReport(rollup, SO, Q3, AS_OF);
  const doc = buildRollupReportDocument(model);
  const all = texts(doc);

  it('gives each Sở indicator the figures a direct computation gives, the mean and lowest capped at 100% per school', () => {
    const expected = direct(snaps);
    expect(model.indicators.rows.map((r) => r.code).sort()).toEqual([...expected.keys()].sort());
    for (const r of model.indicators.rows) {
      const e = expected.get(r.code)!;
      expect([r.schools, r.assessed, r.met], r.code).toEqual([e.schools, e.assessed, e.met]);
      const mean = e.ratios.length ? formatPercent(e.ratios.reduce((a, b) => a + b, 0) / e.ratios.length) : NO_FIGURE;
      const min = e.ratios.length ? formatPercent(Math.min(...e.ratios)) : NO_FIGURE;
      expect([r.mean, r.min], r.code).toEqual([mean, min]);
    }
    // Natural order of the codes: IV.2 before IV.10.
    const codes = model.indicators.rows.map((r) => r.code);
    expect(codes.indexOf('IV.2')).toBeLessThan(codes.indexOf('IV.10'));
    expect(tables(doc)[0]!.columns.map((c) => c.title)).toEqual(['Mã chỉ tiêu Sở', 'Chỉ tiêu', 'Số trường báo cáo', 'Số trường có kết quả', 'Số trường đạt', 'Tỷ lệ đạt trung bình', 'Thấp nhất']);
  });

  it('counts schools in scope, reported since the day, not reported (named in Phụ lục I)', () => {
    const since = rollup.since;
    const sinceMillis = Date.parse(`${since.year}-${String(since.month).padStart(2, '0')}-${String(since.day).padStart(2, '0')}T00:00:00+07:00`);
    const late = snaps.filter((s) => Date.parse(s.sentAt) < sinceMillis);
    expect(late.length).toBeGreaterThan(0);
    expect(model.figures).toEqual({ inScope: 61, reportedSince: 60 - late.length, notReported: late.length + 1, neverReported: 1, withSnapshot: 60 });
    expect(all).toContain(`Số trường đã gửi số liệu từ ngày 15/9/2026 đến ngày 15/10/2026: ${60 - late.length}/61 trường (${formatPercent((60 - late.length) / 61)}).`);
    const appendix = model.notReportedAppendix!;
    expect(appendix.label).toBe('Phụ lục I');
    expect(appendix.rows.map((r) => r.schoolName).sort()).toEqual([...late.map((s) => s.schoolName), 'Trường THCS Hòa Bình'].sort());
    expect(appendix.rows.find((r) => r.schoolId === 'HP9001')!.lastSent).toBe('Chưa gửi lần nào');
    expect(all).toContain(`Số trường chưa gửi số liệu từ ngày 15/9/2026: ${late.length + 1} trường (${late.length} trường có lần gửi gần nhất trước ngày 15/9/2026; 1 trường chưa gửi lần nào); danh sách tại Phụ lục I.`);
    expect(all.some((t) => t.startsWith('(Kèm theo Báo cáo số …/BC-SGDĐT ngày 15 tháng 10 năm 2026 của Sở Giáo dục và Đào tạo Hải Phòng)'))).toBe(true);
  });

  it('adds up the task states and the overdue schools, and lists the top ones most overdue first', () => {
    const sum = (state: string) => snaps.reduce((s, x) => s + (x.tasks.byState[state] ?? 0), 0);
    expect(model.tasks.states).toEqual(['Chưa thực hiện', 'Đang thực hiện', 'Hoàn thành', 'Tạm dừng'].map((state) => ({ state, count: sum(state) })));
    const overdue = snaps.filter((s) => s.tasks.overdueCount > 0);
    const total = overdue.reduce((s, x) => s + x.tasks.overdueCount, 0);
    expect(all).toContain(`Số trường có nhiệm vụ quá hạn: ${overdue.length}/60 trường (${formatPercent(overdue.length / 60)}), tổng cộng ${total} lượt nhiệm vụ quá hạn.`);
    expect(model.tasks.overdue).toHaveLength(Math.min(10, overdue.length));
    const counts = model.tasks.overdue.map((o) => o.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBe(Math.max(...overdue.map((s) => s.tasks.overdueCount)));
    expect(buildRollupReport(rollup, SO, Q3, AS_OF, { topOverdue: 3 }).tasks.overdue).toHaveLength(3);
  });

  it('gives the level distribution of the schools that sent a self-assessment', () => {
    const assessed = snaps.filter((s) => s.selfAssessment);
    const school = model.levels.rows.at(-1)!;
    expect(school.schools).toBe(assessed.length);
    for (const level of [1, 2, 3] as const) expect(school.counts[level - 1]).toBe(assessed.filter((s) => s.selfAssessment!.schoolLevel === level).length);
    expect(school.counts[3]).toBe(assessed.filter((s) => s.selfAssessment!.schoolLevel === null).length);
    const teaching = model.levels.rows[0]!;
    const totals = assessed.map((s) => s.selfAssessment!.groups[0]!.total);
    expect(teaching.name).toBe('Chuyển đổi số trong dạy, học');
    expect(teaching.meanTotal).toBe(formatPercent(totals.reduce((a, b) => a + b, 0) / totals.length / 100).replace('%', ''));
  });

  it('lists, per school, the indicators without a Sở code or with a code another row has (Phụ lục II)', () => {
    const unmapped = model.unmappedAppendix!;
    expect(unmapped.label).toBe('Phụ lục II');
    const expected = snaps
      .map((s) => {
        const seen = new Set<string>();
        const rows = s.indicators.filter((i) => {
          const dup = i.code !== '' && seen.has(i.code);
          seen.add(i.code);
          return i.code === '' || dup;
        });
        return { schoolName: s.schoolName, count: rows.length };
      })
      .filter((s) => s.count > 0);
    expect(unmapped.schools.map((s) => ({ schoolName: s.schoolName, count: s.rows.length }))).toEqual(expected);
  });

  it('is headed by the Sở, numbered …/BC-SGDĐT, signed by its signer, and ends the text with «./.»', () => {
    expect(model.header).toEqual({ parentAgency: 'UBND THÀNH PHỐ HẢI PHÒNG', schoolName: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG', number: 'Số: …/BC-SGDĐT', placeDate: 'Hải Phòng, ngày 15 tháng 10 năm 2026' });
    expect(all).toContain('Tổng hợp kết quả thực hiện kế hoạch chuyển đổi số quý III năm 2026');
    expect(all).toContain('KT. GIÁM ĐỐC');
    expect(all).toContain('Nguyễn Văn A');
    expect(all).toContain('- Lưu: VT, VP.');
    expect(all.filter((t) => t.endsWith('./.'))).toEqual(['Đề nghị UBND thành phố bố trí kinh phí nâng cấp hạ tầng mạng cho các trường chưa đạt chỉ tiêu./.']);
    for (const h of ['I. TÌNH HÌNH CHUNG', 'II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU', 'III. TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ', 'IV. MỨC ĐỘ CHUYỂN ĐỔI SỐ', 'V. ĐỀ XUẤT, KIẾN NGHỊ']) expect(all).toContain(h);
    expect(all.indexOf('Phụ lục I')).toBeGreaterThan(all.indexOf('Nguyễn Văn A'));
    expect(rollupReportName(model)).toBe('Báo cáo tổng hợp CĐS quý III-2026 - Sở Giáo dục và Đào tạo Hải Phòng');
    expect(rollupReportFileStem(model)).toBe('bao-cao-tong-hop-cds-quy-3-2026-so-giao-duc-va-dao-tao-hai-phong');
  });
});

describe('never above 100%', () => {
  it('counts a school at 500% as 100%, in the mean, the lowest and every percentage printed', () => {
    const snaps = [
      snapshot('A', { indicators: [row('I.1', 5, 'met')] }),
      snapshot('B', { indicators: [row('I.1', 5, 'met')] }),
      snapshot('C', { indicators: [row('I.1', 0.5, 'unmet'), row('I.2', 3, 'met', '2')] }),
    ];
    const model = buildRollupReport(rollUp(snaps, AS_OF), SO, Q3, AS_OF);
    expect(model.indicators.rows.map((r) => [r.code, r.mean, r.min])).toEqual([
      ['I.1', formatPercent(2.5 / 3), '50%'],
      ['I.2', '100%', '100%'],
    ]);
    for (const text of texts(buildRollupReportDocument(model))) {
      for (const m of text.matchAll(/(\d+(?:,\d+)?)%/g)) expect(Number(m[1]!.replace(',', '.')), text).toBeLessThanOrEqual(100);
    }
  });
});

describe('empty sections say so plainly', () => {
  it('no school at all: no table, no appendix, a sentence in each section', () => {
    const model = buildRollupReport(rollUp([], AS_OF), SO, Q3, AS_OF);
    const doc = buildRollupReportDocument(model);
    expect(tables(doc)).toHaveLength(0);
    expect(model.general).toEqual(['Tính đến ngày 15/10/2026, chưa có trường nào gửi số liệu.']);
    expect(model.indicators.overview).toEqual(['Chưa có số liệu chỉ tiêu nào.']);
    expect(model.tasks.overview).toEqual(['Chưa có số liệu về nhiệm vụ.']);
    expect(model.tasks.overdueOverview).toEqual([]);
    expect(model.levels.overview).toEqual(['Chưa có trường nào gửi kết quả tự đánh giá mức độ chuyển đổi số.']);
    expect(model.notReportedAppendix).toBeUndefined();
    expect(model.unmappedAppendix).toBeUndefined();
    expect(texts(doc).some((t) => t.startsWith('Phụ lục'))).toBe(false);
  });

  it('schools that reported no Sở code, no task, no overdue task and no level: each section says which is missing', () => {
    const snaps = [snapshot('A', { indicators: [row('', 1, 'met'), row('', 0.4, 'unmet', '2')] }), snapshot('B')];
    const model = buildRollupReport(rollUp(snaps, AS_OF), SO, Q3, AS_OF);
    const all = texts(buildRollupReportDocument(model));
    expect(all).toContain('Tất cả các trường đều đã gửi số liệu từ ngày 15/9/2026.');
    expect(model.indicators.overview[0]).toBe('Chưa có chỉ tiêu nào được các trường gắn mã chỉ tiêu của Sở (cột «Mã chỉ tiêu Sở» trang Chỉ tiêu), nên chưa tổng hợp được kết quả theo chỉ tiêu.');
    // The only appendix is «Phụ lục», not «Phụ lục II».
    expect(model.indicators.overview[1]).toBe('Có 2 chỉ tiêu của 1 trường chưa gắn mã chỉ tiêu của Sở hoặc trùng mã với chỉ tiêu khác của trường, chưa được tổng hợp; danh sách tại Phụ lục.');
    expect(model.unmappedAppendix!.label).toBe('Phụ lục');
    expect(model.tasks.overview).toEqual(['Các trường chưa gửi số liệu về nhiệm vụ.']);
    expect(model.tasks.overdueOverview).toEqual(['Tính đến ngày 15/10/2026, không trường nào có nhiệm vụ quá hạn.']);
    expect(model.levels.rows).toEqual([]);
    expect(tables(buildRollupReportDocument(model)).map((t) => t.columns[1]!.title)).toEqual(['Chỉ tiêu của trường']);
  });

  it('a Sở Cấu hình left blank shows «…» in the header, number, signer and proposals, and lists the rows to fill', () => {
    const blank = { ...SO, parentAgency: '', schoolName: '', schoolCode: '', place: '', signerTitle: '', signerName: '', recipients: [], planReference: '', proposals: '' };
    const model = buildRollupReport(rollUp([snapshot('A')], AS_OF), blank, Q3, AS_OF);
    expect(model.header.number).toBe(`Số: ${BLANK}/BC-${BLANK}`);
    expect(model.signer).toEqual({ titleLines: [BLANK], name: BLANK });
    expect(model.proposals).toEqual([BLANK]);
    expect(model.missing.map((m) => m.row)).toEqual(['Tên cơ quan chủ quản', 'Tên đơn vị', 'Ký hiệu đơn vị', 'Địa danh', 'Chức vụ người ký', 'Người ký', 'Nơi nhận', 'Số/ngày kế hoạch']);
    expect(rollupReportName(model)).toBe('Báo cáo tổng hợp CĐS quý III-2026');
    expect(rollupReportFileStem(model)).toBe('bao-cao-tong-hop-cds-quy-3-2026');
  });

  it('says how many schools sent the figures of another plan year', () => {
    const model = buildRollupReport(rollUp([snapshot('A'), snapshot('B', { planYear: 2025 })], AS_OF), SO, Q3, d(2026, 10, 20));
    expect(model.general).toContain('Có 1 trường gửi số liệu của kế hoạch năm khác năm 2026 (năm 2025: 1 trường).');
  });
});

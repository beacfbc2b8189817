/**
 * Issue 10 item 5: the report's layout — agency lines broken into balanced lines, the chart kept
 * with its caption, one task row per task, column widths sized to their content, each deadline once.
 */
import { describe, expect, it } from 'vitest';
import {
  buildReportDocument,
  CELL_PADDING_MM,
  fitColumnWidths,
  headerLines,
  approximateTextWidthMm,
  textLines,
  type LayoutBlock,
  type ParagraphBlock,
  type TableBlock,
} from '../../../src/core/report/document';
import { report, YEAR_2026, Q3_2026 } from '../../plans/pipeline';
import { thptTabs, THPT_SETTINGS } from '../../plans/thptRoadmap';
import { settingsRows } from '../../plans/pipeline';

const text = (b: ParagraphBlock) => b.runs.map((r) => r.text).join('');

describe('headerLines: balanced lines at word boundaries, never one word alone', () => {
  it('breaks a school name after its kind, before its proper name', () => {
    expect(headerLines('TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN', 13, true, 74)).toEqual(['TRƯỜNG THPT CHUYÊN', 'LÊ QUÝ ĐÔN']);
    expect(headerLines('TRƯỜNG TRUNG HỌC CƠ SỞ NGUYỄN VĂN TRỖI', 13, true, 74)).toEqual(['TRƯỜNG TRUNG HỌC CƠ SỞ', 'NGUYỄN VĂN TRỖI']);
    expect(headerLines('TRƯỜNG TIỂU HỌC VÀ THCS TRẦN QUỐC TOẢN', 13, true, 74)).toEqual(['TRƯỜNG TIỂU HỌC VÀ THCS', 'TRẦN QUỐC TOẢN']);
  });

  it('breaks an agency before the place', () => {
    expect(headerLines('SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG', 12, false, 74)).toEqual(['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'HẢI PHÒNG']);
    expect(headerLines('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ THỦ DẦU MỘT', 12, false, 74)).toEqual(['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 'THÀNH PHỐ THỦ DẦU MỘT']);
    expect(headerLines('UBND XÃ AN LÃO', 12, false, 74)).toEqual(['UBND XÃ AN LÃO']);
  });

  it('for any name and width: the words in order, every line fits, no line of one word, lines of similar length', () => {
    const names = [
      'TRƯỜNG PHỔ THÔNG DÂN TỘC NỘI TRÚ THCS VÀ THPT HUYỆN MƯỜNG NHÉ',
      'TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN',
      'ỦY BAN NHÂN DÂN PHƯỜNG HỒNG BÀNG',
      'TRƯỜNG MẦM NON HOA SEN',
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ HỒ CHÍ MINH',
      'TRƯỜNG PTDTBT TIỂU HỌC VÀ TRUNG HỌC CƠ SỞ XÃ SÌN HỒ',
    ];
    for (const name of names) {
      for (const width of [50, 60, 74, 90]) {
        const lines = headerLines(name, 13, true, width);
        expect(lines.join(' ')).toBe(name);
        for (const line of lines) {
          if (line.includes(' ')) expect(approximateTextWidthMm(line, 13, true)).toBeLessThanOrEqual(width);
          if (lines.length > 1) expect(line.split(' ').length, `${name} @${width}: ${lines.join(' / ')}`).toBeGreaterThan(1);
        }
        if (lines.length === 2) {
          const [a, b] = lines.map((l) => approximateTextWidthMm(l, 13, true)) as [number, number];
          expect(Math.min(a, b) / Math.max(a, b), `${name} @${width}: ${lines.join(' / ')}`).toBeGreaterThan(0.3);
        }
      }
    }
  });

  it('the header block shows a long school name on balanced lines, the rule under the last', () => {
    const tabs = thptTabs();
    tabs.set('Cấu hình', settingsRows({ ...THPT_SETTINGS, schoolName: 'Trường THPT Chuyên Lê Quý Đôn' }));
    const doc = buildReportDocument(report(tabs, Q3_2026), 'Trường THPT Chuyên Lê Quý Đôn');
    const [[agency]] = (doc.blocks[0] as LayoutBlock).rows as ParagraphBlock[][][];
    expect(agency!.map(text)).toEqual(['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'HẢI PHÒNG', 'TRƯỜNG THPT CHUYÊN', 'LÊ QUÝ ĐÔN']);
    expect(agency!.slice(2).every((p) => p.style.bold && p.style.size === 13)).toBe(true);
    expect(agency![2]!.ruleMm).toBeUndefined();
    expect(agency![3]!.ruleMm).toBeGreaterThan(15);
  });
});

describe('the task table: one row per task, its months or quarters listed', () => {
  const model = report(thptTabs(), YEAR_2026);

  it('a monthly task takes one row, not 12; every task once', () => {
    const ids = model.tasks.rows.map((r) => r.stt);
    expect(ids).toEqual([...new Set(ids)]);
    const monthly = model.tasks.rows.find((r) => r.stt === '11')!;
    expect(monthly.occurrences).toHaveLength(12);
    expect(monthly.due).toBe('Tháng 1–12 (ngày 12 hằng tháng)');
    expect(model.tasks.rows.find((r) => r.stt === '16')!.due).toBe('Tháng 1–12 (cuối mỗi tháng)');
    expect(model.tasks.rows.find((r) => r.stt === '7')!.due).toBe('Quý I–IV (cuối mỗi quý)');
  });

  it('two occurrences list both dates; statuses name the periods they hold for', () => {
    const twice = model.tasks.rows.find((r) => r.stt === '2')!;
    expect(twice.due).toBe('30/6/2026 (Quý II); 31/12/2026 (Quý IV)');
    const quarterly = model.tasks.rows.find((r) => r.stt === '8')!;
    expect(quarterly.status).toMatch(/^Hoàn thành \(đúng hạn\): Quý I–III; .+: Quý IV$/);
    expect(quarterly.completedOn).toBe('31/3/2026; 30/6/2026; 29/9/2026');
    expect(quarterly.evidence.link).toBe('https://thptvinhbao.edu.vn/cds/nv8');
  });

  it('a task due once keeps its date alone, without its label', () => {
    const once = model.tasks.rows.find((r) => r.stt === '12')!;
    expect(once.due).toBe('31/3/2026');
    expect(once.status).toBe('Hoàn thành (đúng hạn)');
  });

  it('the annual report of this plan has one row per task in the table', () => {
    const doc = buildReportDocument(model, THPT_SETTINGS.schoolName);
    const tasks = doc.blocks.filter((b): b is TableBlock => b.kind === 'table').at(-1)!;
    expect(tasks.rows).toHaveLength(22);
  });
});

describe('each deadline printed once', () => {
  it('a text date is not repeated as «(Hạn 15/04/2026, hạn 15/4/2026)»', () => {
    const tabs = thptTabs();
    // Task 12 («Từ 01/3 đến 31/3/2026», read as «Hạn 31/03/2026») left without its Tiến độ row: late in every report.
    tabs.set('Tiến độ', tabs.get('Tiến độ')!.filter((r) => String(r[0]) !== '12'));
    const all = [report(tabs, Q3_2026), report(tabs, YEAR_2026)].flatMap((m) => [...m.issues, ...m.directions, ...m.tasks.rows.map((r) => r.due)]);
    for (const line of all) {
      expect(line).not.toMatch(/[Hh]ạn \d{1,2}\/\d{1,2}\/\d{4}, hạn/);
      const dates = line.match(/\d{1,2}\/\d{1,2}\/\d{4}/g) ?? [];
      expect(new Set(dates.map((s) => s.replace(/\b0(\d)/g, '$1'))).size, line).toBe(dates.length);
    }
  });
});

describe('column widths sized to their content', () => {
  it('textLines counts wrapped lines at a width', () => {
    expect(textLines('Tối thiểu 01 chuyên đề/năm', 11, 100)).toBe(1);
    expect(textLines('Tối thiểu 01 chuyên đề/năm', 11, 20)).toBeGreaterThan(2);
  });

  it('the target column fits «Tối thiểu 01 chuyên đề/năm» in at most 3 lines; the table fills the text width', () => {
    const doc = buildReportDocument(report(thptTabs(), YEAR_2026), THPT_SETTINGS.schoolName);
    const [indicators, tasks] = doc.blocks.filter((b): b is TableBlock => b.kind === 'table') as [TableBlock, TableBlock];
    for (const t of [indicators, tasks]) expect(t.columns.reduce((s, c) => s + c.widthMm, 0)).toBe(165);
    const target = indicators.columns.find((c) => c.title === 'Chỉ tiêu năm')!;
    expect(textLines('Tối thiểu 01 chuyên đề/năm', indicators.size, target.widthMm - 2 * CELL_PADDING_MM)).toBeLessThanOrEqual(3);
    // Every target of the plan, too; and the STT column stays narrow.
    for (const r of indicators.rows.filter((r) => !r.group)) {
      expect(textLines(r.cells[3]!.text, indicators.size, target.widthMm - 2 * CELL_PADDING_MM), r.cells[3]!.text).toBeLessThanOrEqual(3);
    }
    expect(indicators.columns[0]!.widthMm).toBeLessThan(14);
  });

  it('fitColumnWidths: short columns fit their content, the long text column takes the rest', () => {
    const rows = [
      ['1', 'Tổ chức sinh hoạt chuyên đề về chuyển đổi số, ứng dụng trí tuệ nhân tạo trong dạy học tại các tổ chuyên môn', 'Tối thiểu 01 chuyên đề/năm'],
      ['2', 'Giáo viên sử dụng thành thạo phần mềm quản lý học tập', '≥ 90%'],
    ].map((r) => r.map((t) => ({ text: t })));
    const widths = fitColumnWidths([{ title: 'STT' }, { title: 'Chỉ tiêu' }, { title: 'Chỉ tiêu năm', maxLines: 3 }], rows, 11, 120);
    expect(widths.reduce((s, w) => s + w, 0)).toBe(120);
    expect(widths.every((w) => Number.isInteger(w))).toBe(true);
    expect(textLines('Tối thiểu 01 chuyên đề/năm', 11, widths[2]! - 2 * CELL_PADDING_MM)).toBeLessThanOrEqual(3);
    expect(widths[1]).toBeGreaterThan(widths[2]!);
    expect(widths[0]).toBeLessThan(14);
  });
});

describe('the chart and its caption stay together', () => {
  it('the caption keeps its lines together, right after the chart', () => {
    const doc = buildReportDocument(report(thptTabs(), Q3_2026), THPT_SETTINGS.schoolName);
    const at = doc.blocks.findIndex((b) => b.kind === 'chart');
    expect(at).toBeGreaterThan(0);
    const caption = doc.blocks[at + 1] as ParagraphBlock;
    expect(text(caption)).toMatch(/^Biểu đồ/);
    expect(caption.style.keepLinesTogether).toBe(true);
  });
});

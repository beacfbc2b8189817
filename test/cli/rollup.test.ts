/**
 * End to end, offline: 300 school workbooks made from the template (src/cli/xlsxTemplate.ts) with
 * generated results (seeded), `snapshot` on each, `rollup` on the folder (in-process), and every
 * aggregate of the Sở workbook checked against a direct computation from the generated numbers.
 *
 * Speed: the template is written once by exceljs; each school's workbook is that file with its
 * own cells (Cấu hình's name and code, Chỉ tiêu's results and Sở codes) set in the sheet XML, so
 * the test spends its time in what it tests (reading 300 workbooks), not in writing them.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '../../src/core/date';
import { evaluatePlan } from '../../src/core/evaluation';
import type { Plan } from '../../src/core/plan';
import { ROLLUP_TABS } from '../../src/sheet/rollupTabs';
import { runRollup } from '../../src/cli/rollup';
import { runSnapshot, type SnapshotDeps } from '../../src/cli/snapshot';
import { readXlsxTabs } from '../../src/cli/xlsx';
import { templateXlsx } from '../../src/cli/xlsxTemplate';
import { dtiLevelText } from '../../src/core/dti/assessment';
import { tabNamesByPart } from '../../src/cli/xlsxSheetParts';
import { XLSX_ZIP_LIMITS } from '../../src/cli/xlsxLimits';
import { readZipEntries } from '../../src/cli/zipEntries';
import { storedZip } from '../../src/cli/zipWrite';
import { columnLetter } from '../../src/sheet/a1';
import { planTabs } from '../../src/sheet/planTabs';
import { INDICATORS_TAB } from '../../src/sheet/schema';
import { SAMPLE_AS_OF, samplePlan } from '../../src/sample/anLao2026';
import { formatPercent } from '../../src/core/format';
import { SAMPLE_SO_SETTINGS } from '../../src/sample/soRollup';
import { seededRandom } from '../support/rollupSnapshots';
import { unzip } from '../support/zip';

const SCHOOLS = 300;
/** Schools whose last snapshot is as of 01/09/2026: listed as not reported since 01/10/2026. */
const LATE = 30;
const AS_OF = '15/10/2026';

/**
 * The template's plan: every indicator a percentage target with a numeric result each quarter,
 * every row coded, none fed by the self-assessment's level (the sample links indicator 5).
 */
function basePlan(): Plan {
  const plan = samplePlan();
  return {
    ...plan,
    settings: { ...plan.settings, schoolName: 'Trường Mẫu Gốc', schoolCode: 'MAUGOC', dtiIndicator: '' },
    indicators: plan.indicators.map((i, n) => ({
      ...i,
      unit: '%',
      targetText: n === 20 ? '≥80%' : i.targetText,
      quarterResults: [0.5, 0.6, 0.7, ''],
      soCode: code(n),
    })),
  };
}

function code(n: number): string {
  return `${['I', 'II', 'III'][Math.floor(n / 8)]}.${(n % 8) + 1}`;
}

/** The target as a whole percentage, read the plain way: «≥95%» → 95, «100%» → 100. */
function targetPercent(text: string): number {
  return Number(/(\d+)%/.exec(text)![1]);
}

interface GeneratedRow {
  readonly code: string | null;
  /** Whole percent at quý III; null when the school reported nothing for it. */
  readonly result: number | null;
  readonly target: number;
}

interface GeneratedSchool {
  readonly id: string;
  readonly name: string;
  readonly rows: readonly GeneratedRow[];
  readonly late: boolean;
}

function generate(plan: Plan): GeneratedSchool[] {
  const random = seededRandom(300);
  return Array.from({ length: SCHOOLS }, (_, s) => ({
    id: `TR${String(s + 1).padStart(3, '0')}`,
    name: `Trường THCS Số ${s + 1} — xã ${['An Lão', 'Hoà Bình', 'Đồng Tâm'][s % 3]}`,
    late: s < LATE,
    rows: plan.indicators.map((i, n) => ({
      code: random() < 0.08 ? null : code(n),
      result: random() < 0.1 ? null : 40 + Math.floor(random() * 61),
      target: targetPercent(i.targetText),
    })),
  }));
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The sheet XML with cell `ref` removed, or its value set (a number, or an inline string). */
function setCell(xml: string, ref: string, value: number | string | null): string {
  const cell = new RegExp(`<c r="${ref}"([^>]*?)(?:/>|>.*?</c>)`);
  const m = cell.exec(xml);
  if (!m) throw new Error(`no cell ${ref} in the template`);
  if (value === null) return xml.replace(cell, '');
  const style = /\ss="\d+"/.exec(m[1]!)?.[0] ?? '';
  const replacement = typeof value === 'number' ? `<c r="${ref}"${style}><v>${value}</v></c>` : `<c r="${ref}"${style} t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
  return xml.replace(cell, replacement);
}

describe('snapshot and rollup, 300 schools from the template', () => {
  let dir: string;
  let folder: string;
  let schools: GeneratedSchool[];
  let plan: Plan;
  let logs: string[];
  let rollupExit: number;
  let sheets: Map<string, unknown[][]>;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cds-rollup-'));
    folder = path.join(dir, 'so-lieu');
    fs.mkdirSync(folder);
    plan = basePlan();
    schools = generate(plan);
    const template = Buffer.from(await templateXlsx(plan, SAMPLE_AS_OF));
    const entries = readZipEntries(template, XLSX_ZIP_LIMITS);
    if (!entries.ok) throw new Error('template unreadable');
    const parts = new Map(entries.entries);
    const part = (tab: string) => [...tabNamesByPart(parts)].find(([, name]) => name === tab)![0];
    const indicatorsPart = part(INDICATORS_TAB.name);
    const settingsPart = part('Cấu hình');
    const letter = (key: string) => columnLetter(INDICATORS_TAB.columns.findIndex((c) => c.key === key) + 1);
    // Row of each indicator in Chỉ tiêu (group rows in between), from the very rows the template wrote.
    const tabRows = planTabs(plan).get(INDICATORS_TAB.name)!;
    const nameColumn = INDICATORS_TAB.columns.findIndex((c) => c.key === 'name');
    const rowOf = plan.indicators.map((i) => tabRows.findIndex((r) => r[nameColumn] === i.name) + 1);
    const settingsRows = planTabs(plan).get('Cấu hình')!;
    const settingRow = (value: string) => settingsRows.findIndex((r) => r[1] === value) + 1;
    const nameRow = settingRow('Trường Mẫu Gốc');
    const codeRow = settingRow('MAUGOC');

    const snapshotDeps = (file: string): SnapshotDeps => ({
      readTabs: readXlsxTabs,
      today: () => calendarDate(2026, 10, 15),
      now: () => new Date(Date.UTC(2026, 10, 1)),
      log: (line) => logs.push(`${file}: ${line}`),
      error: (line) => logs.push(`${file}: LỖI ${line}`),
    });
    logs = [];
    const workbooks = path.join(dir, 'truong');
    fs.mkdirSync(workbooks);
    for (const school of schools) {
      let sheet = parts.get(indicatorsPart)!.toString('utf8');
      school.rows.forEach((r, n) => {
        const row = rowOf[n]!;
        sheet = setCell(sheet, `${letter('soCode')}${row}`, r.code);
        if (r.result === null) for (const q of ['q1', 'q2', 'q3']) sheet = setCell(sheet, `${letter(q)}${row}`, null);
        else sheet = setCell(sheet, `${letter('q3')}${row}`, r.result / 100);
      });
      let settings = parts.get(settingsPart)!.toString('utf8');
      settings = setCell(settings, `B${nameRow}`, school.name);
      settings = setCell(settings, `B${codeRow}`, school.id);
      const file = path.join(workbooks, `${school.id}.xlsx`);
      fs.writeFileSync(file, storedZip(new Map([...parts, [indicatorsPart, Buffer.from(sheet)], [settingsPart, Buffer.from(settings)]])));
      const day = school.late ? '01/09/2026' : AS_OF;
      const exit = await runSnapshot([file, '--ngay', day, '--out', path.join(folder, `${school.id}.json`)], snapshotDeps(school.id));
      if (exit !== 0) throw new Error(`snapshot ${school.id} exited ${exit}: ${logs.slice(-3).join(' | ')}`);
    }
    // The first school also handed in an older snapshot, of quý II.
    await runSnapshot([path.join(workbooks, 'TR001.xlsx'), '--ngay', '15/06/2026', '--out', path.join(folder, 'TR001-quy-2.json')], snapshotDeps('TR001'));
    // Files that are not snapshots: listed and skipped.
    fs.writeFileSync(path.join(folder, 'ghi-chu.txt'), 'Danh sách trường đã nộp');
    fs.writeFileSync(path.join(folder, 'hong.json'), '{"version": 1, "schoolId": ');
    fs.writeFileSync(path.join(folder, 'qua-lon.json'), JSON.stringify({ pad: 'x'.repeat(300 * 1024) }));
    fs.writeFileSync(path.join(folder, 'khong-phai-xlsx.xlsx'), 'PK không phải');

    // A snapshot file «from the future» (a school's wrong clock): skipped with its reason, never the school's latest.
    const future = JSON.parse(fs.readFileSync(path.join(folder, 'TR002.json'), 'utf8')) as { sentAt: string };
    fs.writeFileSync(path.join(folder, 'TR002-dong-ho-sai.json'), JSON.stringify({ ...future, sentAt: '9999-12-31T07:00:00+07:00' }));
    // The Sở's own Cấu hình, in a workbook of its own (--cau-hinh), for the consolidated report.
    const soWorkbook = path.join(dir, 'so.xlsx');
    fs.writeFileSync(soWorkbook, await templateXlsx({ ...plan, settings: SAMPLE_SO_SETTINGS }, SAMPLE_AS_OF));

    rollupExit = await runRollup([folder, '--out', path.join(dir, 'tong-hop.xlsx'), '--ngay', '20/10/2026', '--chua-bao-cao-tu', '01/10/2026', '--bao-cao', '--cau-hinh', soWorkbook], {
      readTabs: readXlsxTabs,
      today: () => calendarDate(2026, 10, 20),
      now: () => new Date(Date.UTC(2026, 10, 1)),
      log: (line) => logs.push(line),
      error: (line) => logs.push(`LỖI ${line}`),
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, 'tong-hop.xlsx'));
    sheets = new Map(workbook.worksheets.map((ws) => [ws.name, (ws.getSheetValues() as unknown[][]).map((r) => (r ?? []).slice(1))]));
  }, 600_000);

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A tab's table as objects keyed by its header row (row 2). */
  function table(tab: string): Record<string, unknown>[] {
    const rows = sheets.get(tab)!;
    const headers = rows[2] as string[];
    return rows.slice(3).filter((r) => r && r.length).map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i] ?? null])));
  }

  it('writes the six tabs, lists the files it skipped with their reasons, and exits 3 (done, some files need attention)', () => {
    expect(rollupExit).toBe(3);
    expect([...sheets.keys()]).toEqual(Object.values(ROLLUP_TABS));
    const out = logs.join('\n');
    expect(out).toContain(`Đã tổng hợp ${SCHOOLS} trường`);
    expect(out).toMatch(/ghi-chu\.txt: không phải tệp số liệu/);
    expect(out).toMatch(/hong\.json: Số liệu gửi lên không đúng định dạng JSON/);
    expect(out).toMatch(/qua-lon\.json: tệp nặng \d+ KB, quá giới hạn 256 KB/);
    expect(out).toMatch(/khong-phai-xlsx\.xlsx: .+/);
    expect(out).toMatch(/TR002-dong-ho-sai\.json: Thời điểm gửi ghi trong số liệu \(9999-12-31T07:00:00\+07:00\) sau giờ hiện tại/);
    expect(out).not.toMatch(/Error|undefined|at .*\.ts:/);
  });

  it('«Tổng hợp chỉ tiêu»: per code, schools, assessed, met, mean (capped per school), min — as computed directly', () => {
    const rows = table(ROLLUP_TABS.indicators);
    const codes = [...new Set(plan.indicators.map((_, n) => code(n)))];
    expect(rows.map((r) => r['Mã chỉ tiêu'])).toEqual(codes);
    for (const [n, c] of codes.entries()) {
      const mapped = schools.map((s) => s.rows[n]!).filter((r) => r.code !== null);
      const assessed = mapped.filter((r) => r.result !== null);
      const met = assessed.filter((r) => r.result! >= r.target);
      const ratios = assessed.map((r) => Math.min(1, r.result! / r.target));
      const row = rows.find((r) => r['Mã chỉ tiêu'] === c)!;
      expect(row['Số trường báo cáo']).toBe(mapped.length);
      expect(row['Số trường đã đánh giá']).toBe(assessed.length);
      expect(row['Số trường đạt']).toBe(met.length);
      expect(row['Tỷ lệ trường đạt'] as number).toBeCloseTo(met.length / assessed.length, 12);
      expect(row['Tỷ lệ đạt bình quân'] as number).toBeCloseTo(ratios.reduce((a, b) => a + b, 0) / ratios.length, 9);
      expect(row['Tỷ lệ đạt thấp nhất'] as number).toBeCloseTo(Math.min(...ratios), 9);
      expect(row['Chưa có kết quả']).toBe(mapped.length - assessed.length);
    }
  });

  it('«Theo trường»: one row per school with its own counts and a block of columns per code', () => {
    const rows = table(ROLLUP_TABS.schools);
    expect(rows).toHaveLength(SCHOOLS);
    for (const school of schools) {
      const row = rows.find((r) => r['Mã trường'] === school.id)!;
      expect(row['Tên trường']).toBe(school.name);
      const assessed = school.rows.filter((r) => r.result !== null);
      expect(row['Đã đánh giá']).toBe(assessed.length);
      expect(row['Đạt']).toBe(assessed.filter((r) => r.result! >= r.target).length);
      expect(row['Tỷ lệ đạt bình quân'] as number).toBeCloseTo(assessed.reduce((a, r) => a + Math.min(1, r.result! / r.target), 0) / assessed.length, 9);
      expect(row['Chỉ tiêu chưa gắn mã']).toBe(school.rows.filter((r) => r.code === null).length);
      school.rows.forEach((r, n) => {
        const c = code(n);
        if (r.code === null) expect(row[`${c} · Đánh giá`]).toBeNull();
        else if (r.result === null) expect(row[`${c} · Đánh giá`]).toBe('Chưa có kết quả');
        else {
          expect(row[`${c} · Kết quả`]).toBe(`${r.result}%`);
          expect(row[`${c} · Tỷ lệ đạt`] as number).toBeCloseTo(r.result / r.target, 9);
          expect(row[`${c} · Đánh giá`]).toBe(r.result >= r.target ? 'Đạt' : 'Chưa đạt');
        }
      });
    }
    // The older snapshot of TR001 (quý II) is kept as its previous quarter's, not as its latest.
    const first = rows.find((r) => r['Mã trường'] === 'TR001')!;
    expect(first['Quý trước: số liệu đến ngày']).toEqual(new Date(Date.UTC(2026, 5, 15)));
    expect(first['Số liệu đến ngày']).toEqual(new Date(Date.UTC(2026, 8, 1)));
  });

  it('«Trường có việc quá hạn»: every school with overdue occurrences, as its own evaluation counts them', () => {
    const rows = table(ROLLUP_TABS.overdue);
    const onTime = evaluatePlan(plan, calendarDate(2026, 10, 15)).overdue;
    const late = evaluatePlan(plan, calendarDate(2026, 9, 1)).overdue;
    const expectedOf = (school: GeneratedSchool) => (school.late ? late : onTime);
    expect(onTime.length).toBeGreaterThan(0);
    expect(rows.map((r) => r['Mã trường']).sort()).toEqual(schools.filter((s) => expectedOf(s).length > 0).map((s) => s.id).sort());
    for (const school of schools.filter((s) => expectedOf(s).length > 0)) {
      const row = rows.find((r) => r['Mã trường'] === school.id)!;
      const expected = expectedOf(school);
      expect(row['Số kỳ quá hạn']).toBe(expected.length);
      expect(row['Quá hạn lâu nhất (ngày)']).toBe(expected[0]!.overdueDays);
    }
  });

  it('«Chưa báo cáo»: the schools whose last snapshot was sent before the day given', () => {
    const rows = table(ROLLUP_TABS.notReported);
    expect(rows.map((r) => r['Mã trường']).sort()).toEqual(schools.filter((s) => s.late).map((s) => s.id).sort());
    expect(String(sheets.get(ROLLUP_TABS.notReported)![1]![0])).toContain('01/10/2026');
  });

  it('«Chỉ tiêu chưa gắn mã»: every unmapped row, per school', () => {
    const rows = table(ROLLUP_TABS.unmapped);
    const expected = schools.flatMap((s) => s.rows.flatMap((r, n) => (r.code === null ? [`${s.id}/${n + 1}`] : [])));
    expect(rows.map((r) => `${r['Mã trường']}/${r['STT']}`)).toEqual(expected);
  });

  it('«Mức độ CĐS»: every school carries the template\'s self-assessment (QĐ 4725), counted at its level and per group, in core\'s wording', () => {
    const rows = sheets.get(ROLLUP_TABS.levels)!;
    const levels = evaluatePlan(plan, calendarDate(2026, 10, 15)).selfAssessment;
    expect(levels?.schoolLevel).toBe(2);
    expect(String(rows[1]![0])).toContain(`${SCHOOLS}/${SCHOOLS} trường có tự đánh giá`);
    expect(rows.find((r) => r?.[0] === 'Không gửi tự đánh giá')?.[1]).toBe(0);
    expect(rows.find((r) => r?.[0] === dtiLevelText(2))?.[1]).toBe(SCHOOLS);
    expect(rows.find((r) => r?.[0] === dtiLevelText(1))?.[1]).toBe(0);
    // The per-group table: each group of the template's self-assessment, every school at its level, its points as the mean.
    for (const g of levels!.groups) {
      const row = rows.find((r) => r?.[0] === g.name)!;
      expect(row, g.name).toBeDefined();
      expect(row.slice(1, 7)).toEqual([g.level === 1 ? SCHOOLS : 0, g.level === 2 ? SCHOOLS : 0, g.level === 3 ? SCHOOLS : 0, 0, SCHOOLS, g.total]);
    }
  });
  it('«rollup --bao-cao --cau-hinh»: the consolidated report, headed by the Sở, with Bảng 1\'s figures as computed directly', () => {
    const docx = path.join(dir, 'bao-cao-tong-hop-cds-quy-3-2026-so-giao-duc-va-dao-tao-hai-phong.docx');
    expect(logs.join('\n')).toContain(`Đã tạo báo cáo tổng hợp «Báo cáo tổng hợp CĐS quý III-2026 - Sở Giáo dục và Đào tạo Hải Phòng»: ${docx}`);
    const xml = unzip(fs.readFileSync(docx)).get('word/document.xml')!.toString('utf8');
    // A table cell is one run.
    const runs = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    const text = runs.join('');
    for (const s of ['UBND THÀNH PHỐ HẢI PHÒNG', 'Số: …/BC-SGDĐT', 'Nguyễn Văn A', `Số trường thuộc phạm vi tổng hợp: ${SCHOOLS} trường.`, `Số trường chưa gửi số liệu từ ngày 01/10/2026: ${LATE} trường`]) {
      expect(text).toContain(s);
    }
    const codes = [...new Set(plan.indicators.map((_, n) => code(n)))];
    for (const [n, c] of codes.entries()) {
      const mapped = schools.map((s) => s.rows[n]!).filter((r) => r.code !== null);
      const assessed = mapped.filter((r) => r.result !== null);
      const ratios = assessed.map((r) => Math.min(1, r.result! / r.target));
      const at = runs.findIndex((r, i) => r === c && runs[i + 1] === plan.indicators[n]!.name);
      expect(at, c).toBeGreaterThan(0);
      expect(runs.slice(at + 2, at + 7), c).toEqual([
        String(mapped.length),
        String(assessed.length),
        String(assessed.filter((r) => r.result! >= r.target).length),
        formatPercent(ratios.reduce((a, b) => a + b, 0) / ratios.length),
        formatPercent(Math.min(...ratios)),
      ]);
    }
  });
});

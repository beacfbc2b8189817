/**
 * The .docx the OOXML writer makes, checked as a package: every part well-formed XML, every r:id a
 * part uses present in its .rels, every part with a content type, every internal target in the
 * zip; for the sample report and the other-style fixture plans (issue 11 acceptance).
 */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { calendarDate as d } from '../../../../src/core/date';
import type { Plan } from '../../../../src/core/plan';
import { buildReportDocument, type ReportDocument } from '../../../../src/core/report/document';
import { buildReport } from '../../../../src/core/report/model';
import { DOCX_MIME, reportDocxBytes, reportDocxParts } from '../../../../src/core/report/ooxml';
import { buildRollupReport, buildRollupReportDocument } from '../../../../src/core/report/rollupReport';
import { rollUp } from '../../../../src/core/rollup/rollup';
import { SAMPLE_AS_OF, samplePlan } from '../../../../src/sample/anLao2026';
import { SAMPLE_ROLLUP_AS_OF, SAMPLE_SO_SETTINGS, sampleSnapshots } from '../../../../src/sample/soRollup';
import { readWorkbook } from '../../../../src/sheet/workbook';
import { mamNonTabs } from '../../../plans/mamNonNoGroups';
import type { Tabs } from '../../../plans/pipeline';
import { thcsTabs } from '../../../plans/thcsSchoolYear';
import { thptTabs } from '../../../plans/thptRoadmap';
import { tieuHocTabs } from '../../../plans/tieuHocPerUnit';
import { GROUP_A, indicator, plan, planWithRows, progress, task } from '../../../support/reportPlans';
import { xmlProblem } from './wellFormed';

const Q3 = { kind: 'quarter', year: 2026, quarter: 3 } as const;
const YEAR = { kind: 'year', year: 2026 } as const;

function fromTabs(tabs: Tabs): Plan {
  return readWorkbook(tabs, { fallbackYear: 2026 }).plan;
}

function documentOf(p: Plan, period: Parameters<typeof buildReport>[1] = Q3, day = SAMPLE_AS_OF, appendix = false): ReportDocument {
  return buildReportDocument(buildReport(p, period, day, { appendix }), p.settings.schoolName);
}

/** A plan whose cells hold what XML must escape or cannot hold at all. */
function hostilePlan(): Plan {
  return plan({
    settings: { schoolName: 'Trường <THCS> "A & B"\uFFFE' },
    indicators: [
      indicator('1', { name: 'Tỷ lệ <50% & "đạt"\u0001', group: { numeral: 'I', name: 'Nhóm <&> \uFFFF' }, quarterResults: [0.5, 0.6, 0.7, ''], evidence: 'https://example.edu.vn/mc?a=1&b=<2>' }),
      indicator('2', { group: GROUP_A, quarterResults: [1, 1, 1, ''] }),
    ],
    tasks: [task('1', { name: 'Nhiệm vụ "x" & <y>', timing: 'Quý III' })],
    progress: [progress('1', 'Quý III', 'Hoàn thành', { completedOn: { year: 2026, month: 9, day: 1 }, evidence: 'https://example.edu.vn/nv?x=1&y=2' })],
  });
}

const CASES: readonly [string, () => ReportDocument][] = [
  ['mẫu THPT An Lão, quý III', () => documentOf(samplePlan())],
  ['mẫu, cả năm, có phụ lục', () => documentOf(samplePlan(), YEAR, d(2027, 1, 5), true)],
  ['mẫu, quý chưa có số liệu', () => documentOf(samplePlan(), { kind: 'quarter', year: 2025, quarter: 4 }, d(2026, 1, 5))],
  ['THCS theo năm học', () => documentOf(fromTabs(thcsTabs()), YEAR, d(2027, 1, 5))],
  ['Tiểu học theo đơn vị', () => documentOf(fromTabs(tieuHocTabs()))],
  ['Mầm non không chia nhóm', () => documentOf(fromTabs(mamNonTabs()))],
  ['THPT lộ trình', () => documentOf(fromTabs(thptTabs()), YEAR, d(2027, 1, 5))],
  ['300 dòng, có liên kết', () => documentOf(planWithRows(300, { links: true }), Q3, d(2026, 10, 15))],
  ['ô có ký tự XML phải thoát hoặc cấm', () => documentOf(hostilePlan(), Q3, d(2026, 10, 15))],
  ['báo cáo tổng hợp của Sở, 300 trường, hai phụ lục', () => rollupDocumentOf(sampleSnapshots(300))],
  ['báo cáo tổng hợp của Sở, chưa trường nào gửi', () => rollupDocumentOf([])],
];

function rollupDocumentOf(snapshots: ReturnType<typeof sampleSnapshots>): ReportDocument {
  return buildRollupReportDocument(buildRollupReport(rollUp(snapshots, SAMPLE_ROLLUP_AS_OF), SAMPLE_SO_SETTINGS, Q3, SAMPLE_ROLLUP_AS_OF));
}

/** The folder a .rels file's targets are relative to: "word/_rels/document.xml.rels" → "word/". */
function relsBase(relsPath: string): string {
  return relsPath.replace(/_rels\/[^/]*\.rels$/, '');
}

function resolve(base: string, target: string): string {
  const out: string[] = [];
  for (const seg of (base + target).split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** Every structural problem of a .docx's zip entries; empty when there is none. */
function packageProblems(files: Record<string, Uint8Array>): string[] {
  const problems: string[] = [];
  const text = (name: string) => new TextDecoder().decode(files[name]);
  const names = Object.keys(files);
  const xmlNames = names.filter((n) => /\.(xml|rels)$/.test(n));
  for (const name of xmlNames) {
    const problem = xmlProblem(text(name));
    if (problem) problems.push(`${name}: ${problem}`);
  }
  // Content types: each part has a Default by extension or an Override.
  const types = text('[Content_Types].xml');
  const defaults = new Set([...types.matchAll(/<Default [^>]*>/g)].map((m) => attr(m[0], 'Extension')!));
  const overrides = new Set([...types.matchAll(/<Override [^>]*>/g)].map((m) => attr(m[0], 'PartName')!.replace(/^\//, '')));
  for (const name of names) {
    if (name === '[Content_Types].xml') continue;
    if (!overrides.has(name) && !defaults.has(name.split('.').pop()!)) problems.push(`${name}: no content type`);
  }
  for (const o of overrides) if (!files[o]) problems.push(`Override for a missing part: ${o}`);
  // Relationships: targets exist; ids used by the source part are declared.
  for (const rels of names.filter((n) => n.endsWith('.rels'))) {
    const source = rels.replace(/_rels\/([^/]+)\.rels$/, '$1');
    const ids = new Set<string>();
    for (const m of text(rels).matchAll(/<Relationship [^>]*>/g)) {
      const id = attr(m[0], 'Id')!;
      if (ids.has(id)) problems.push(`${rels}: ${id} twice`);
      ids.add(id);
      if (attr(m[0], 'TargetMode') === 'External') continue;
      const target = resolve(relsBase(rels), attr(m[0], 'Target')!);
      if (!files[target]) problems.push(`${rels}: ${id} → ${target}, not in the zip`);
    }
    if (source === '' || !files[source] || !/\.xml$/.test(source)) continue;
    for (const m of text(source).matchAll(/\br:(?:id|embed|link)="([^"]*)"/g)) {
      if (!ids.has(m[1]!)) problems.push(`${source}: r:id ${m[1]} not in ${rels}`);
    }
  }
  // A part that uses r:id must have a .rels.
  for (const name of xmlNames) {
    if (name.endsWith('.rels')) continue;
    const rels = name.replace(/([^/]+)$/, '_rels/$1.rels');
    if (/\br:(?:id|embed)="/.test(text(name)) && !files[rels]) problems.push(`${name}: uses r:id but has no ${rels}`);
  }
  return problems;
}

describe('the report .docx is a consistent package', () => {
  for (const [name, make] of CASES) {
    it(name, () => {
      const doc = make();
      const files = unzipSync(reportDocxBytes(doc));
      expect(packageProblems(files)).toEqual([]);
      // The embedded chart workbook is a package too.
      for (const workbook of Object.keys(files).filter((n) => n.endsWith('.xlsx'))) expect(packageProblems(unzipSync(files[workbook]!)), workbook).toEqual([]);
      // The XML parts are the ones reportDocxParts gives.
      const parts = reportDocxParts(doc);
      for (const [part, xml] of parts) expect(new TextDecoder().decode(files[part]), part).toBe(xml);
      expect(Object.keys(files).filter((n) => !parts.has(n)).every((n) => n.startsWith('word/embeddings/'))).toBe(true);
    });
  }

  it('finds what it looks for (a missing relationship, content type or target; a part that is not XML)', () => {
    const files = unzipSync(reportDocxBytes(documentOf(samplePlan())));
    const enc = (s: string) => new TextEncoder().encode(s);
    const dec = (b: Uint8Array) => new TextDecoder().decode(b);
    const broken = { ...files };
    broken['word/_rels/document.xml.rels'] = enc(dec(files['word/_rels/document.xml.rels']!).replace(/<Relationship Id="rId3"[^>]*>/, ''));
    broken['[Content_Types].xml'] = enc(dec(files['[Content_Types].xml']!).replace(/<Override PartName="\/word\/styles.xml"[^>]*>/, '').replace(/<Default Extension="xml"[^>]*>/, ''));
    broken['word/header2.xml'] = enc('<w:hdr><w:p></w:hdr>');
    delete broken['word/charts/chart1.xml'];
    const found = packageProblems(broken).join('\n');
    expect(found).toMatch(/word\/document\.xml: r:id rId3 not in/);
    expect(found).toMatch(/word\/styles\.xml: no content type/);
    expect(found).toMatch(/word\/header2\.xml: /);
    expect(found).toMatch(/chart1\.xml, not in the zip/);
  });

  it('gives the same bytes for the same document, and says what it is', () => {
    const doc = documentOf(samplePlan());
    expect(Buffer.from(reportDocxBytes(doc)).equals(Buffer.from(reportDocxBytes(doc)))).toBe(true);
    expect(DOCX_MIME).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('keeps text XML cannot hold out, and escapes the rest', () => {
    const parts = reportDocxParts(documentOf(hostilePlan(), Q3, d(2026, 10, 15)));
    const xml = parts.get('word/document.xml')!;
    expect(xml).toContain('Tỷ lệ &lt;50% &amp; "đạt"');
    expect(xml).not.toMatch(/[\u0001\uFFFE\uFFFF]/);
    expect(parts.get('word/_rels/document.xml.rels')).toContain('Target="https://example.edu.vn/mc?a=1&amp;b=&lt;2&gt;" TargetMode="External"');
    expect(parts.get('docProps/core.xml')).toContain('Trường &lt;THCS&gt; "A &amp; B"');
  });
});

/**
 * Issue 8, item 16, at the writers themselves: whatever text a plan holds (the .xlsx reader
 * already strips what XML forbids, but a plan can come from elsewhere), the .docx and .xlsx the
 * command line writes hold no character XML 1.0 forbids; and a .docx that would, is caught
 * before it is written.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { reportDocxBuffer } from '../../src/cli/docx';
import { unopenableDocxPart } from '../../src/cli/docxParts';
import { templateXlsx } from '../../src/cli/xlsxTemplate';
import type { Plan } from '../../src/core/plan';
import { buildReportDocument } from '../../src/core/report/document';
import { buildReport } from '../../src/core/report/model';
import { xmlIllegalIndex } from '../../src/core/xmlText';
import { SAMPLE_AS_OF, samplePlan } from '../../src/sample/anLao2026';
import { unzip } from '../support/zip';
import { deflated, zipArchive } from './handmadeXlsx';

const BAD = '\uFFFE\u0000\u0001\u0008\u000B\u001F\uD800x\uDFFF\uFFFF';

/** The sample plan with every text the report or the template shows ending in BAD. */
function hostilePlan(): Plan {
  const plan = samplePlan();
  return {
    ...plan,
    settings: { ...plan.settings, schoolName: `${plan.settings.schoolName}${BAD}`, signerName: `${plan.settings.signerName}${BAD}`, proposals: `Đề xuất${BAD}` },
    indicators: plan.indicators.map((i) => ({ ...i, name: `${i.name}${BAD}`, note: `${i.note}${BAD}`, evidence: i.evidence ? `${i.evidence}${BAD}` : i.evidence })),
    tasks: plan.tasks.map((t) => ({ ...t, name: `${t.name}${BAD}`, product: `${t.product}${BAD}`, lead: `${t.lead}${BAD}` })),
    progress: plan.progress.map((p) => ({ ...p, note: `${p.note}${BAD}` })),
  };
}

function expectXmlSafe(parts: Map<string, Buffer>): void {
  for (const [name, data] of parts) if (/\.(xml|rels)$/.test(name)) expect(xmlIllegalIndex(data.toString('utf8')), name).toBe(-1);
}

describe('XML writers strip what XML forbids', () => {
  it('the report .docx: texts, table cells, links, title', async () => {
    const plan = hostilePlan();
    const doc = buildReportDocument(buildReport(plan, { kind: 'quarter', year: 2026, quarter: 3 }, SAMPLE_AS_OF), plan.settings.schoolName);
    const data = await reportDocxBuffer(doc);
    const parts = unzip(data);
    expectXmlSafe(parts);
    // The longer (hostile) school name is broken into balanced header lines (issue 10): its words, in order.
    expect(parts.get('word/document.xml')!.toString('utf8')).toMatch(/TRƯỜNG THPT(?: |<\/w:t>[\s\S]*?<w:t[^>]*>)AN LÃO/);
    expect(parts.get('docProps/core.xml')!.toString('utf8')).toContain('Trường THPT An Lão');
    expect(unopenableDocxPart(data)).toBeUndefined();
  });

  it('the template .xlsx, which exceljs then reads back', async () => {
    const data = await templateXlsx(hostilePlan(), SAMPLE_AS_OF);
    expectXmlSafe(unzip(Buffer.from(data)));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(data) as unknown as ExcelJS.Buffer);
    const names = wb.getWorksheet('Nhiệm vụ')!.getColumn(2).values.filter((v): v is string => typeof v === 'string');
    expect(names.filter((n) => n.endsWith('x')).length).toBe(hostilePlan().tasks.length);
  });
});

describe('unopenableDocxPart', () => {
  it('names the part holding a character XML forbids; a clean .docx has none', () => {
    const bad = zipArchive([deflated('[Content_Types].xml', '<Types/>'), deflated('word/document.xml', '<w:t>a\uFFFEb</w:t>')]);
    expect(unopenableDocxPart(bad)).toBe('word/document.xml');
    expect(unopenableDocxPart(zipArchive([deflated('word/document.xml', '<w:t>ab</w:t>')]))).toBeUndefined();
  });
});

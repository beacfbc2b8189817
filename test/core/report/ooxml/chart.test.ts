import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildReportDocument } from '../../../../src/core/report/document';
import { buildReport } from '../../../../src/core/report/model';
import { reportDocxBytes, reportDocxParts } from '../../../../src/core/report/ooxml';
import { barCategory, barShare, chartPartXml } from '../../../../src/core/report/ooxml/chart';
import { SAMPLE_AS_OF, samplePlan } from '../../../../src/sample/anLao2026';

const Q3 = { kind: 'quarter', year: 2026, quarter: 3 } as const;

function sampleDocument() {
  const plan = samplePlan();
  return buildReportDocument(buildReport(plan, Q3, SAMPLE_AS_OF), plan.settings.schoolName);
}

function cache(xml: string, kind: 'str' | 'num'): string[] {
  const inner = new RegExp(`<c:${kind}Cache>([\\s\\S]*?)</c:${kind}Cache>`, 'g');
  const all = [...xml.matchAll(inner)].map((m) => m[1]!);
  const last = all.at(-1)!; // the series name's strCache comes first
  return [...last.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]!);
}

describe('the chart of attainment by group, as a native Word chart', () => {
  const parts = reportDocxParts(sampleDocument());
  const chart = parts.get('word/charts/chart1.xml')!;

  it("holds each group's numbering and name, and the share met, in its caches", () => {
    expect(cache(chart, 'str')).toEqual([
      'I. Thể chế và quản trị số',
      'II. Hạ tầng và dữ liệu số',
      'III. Phát triển nhân lực số',
      'IV. Ứng dụng chuyển đổi số trong dạy học và quản trị cơ sở giáo dục',
    ]);
    // 4/6, 4/6, 4/5, 3/5 (the caption's figures).
    expect(cache(chart, 'num').map(Number)).toEqual([0.6667, 0.6667, 0.8, 0.6]);
  });

  it('is a column chart from 0 to 100 %, with the value over each bar', () => {
    expect(chart).toContain('<c:barDir val="col"/>');
    expect(chart).toMatch(/<c:scaling><c:orientation val="minMax"\/><c:max val="1"\/><c:min val="0"\/><\/c:scaling>/);
    expect(chart).toMatch(/<c:dLbls>[\s\S]*<c:showVal val="1"\/>/);
    expect(chart).toContain('typeface="Times New Roman"');
  });

  it('is placed inline in the text, keeps with its caption, and its data opens in Word as a workbook', () => {
    const xml = parts.get('word/document.xml')!;
    const paragraph = /<w:p><w:pPr>(?:(?!<\/w:p>)[\s\S])*<wp:inline[\s\S]*?<\/w:p>/.exec(xml)![0];
    expect(paragraph).toContain('<w:keepNext/>');
    expect(paragraph).toContain('<wp:extent cx="5400000" cy="2232000"/>'); // 150 × 62 mm
    const id = /<c:chart r:id="(rId\d+)"\/>/.exec(paragraph)![1];
    expect(parts.get('word/_rels/document.xml.rels')).toContain(`Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="charts/chart1.xml"`);
    expect(parts.get('[Content_Types].xml')).toContain('<Override PartName="/word/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    const files = unzipSync(reportDocxBytes(sampleDocument()));
    const sheet = new TextDecoder().decode(unzipSync(files['word/embeddings/chart1.xlsx']!)['xl/worksheets/sheet1.xml']);
    expect(sheet).toContain('I. Thể chế và quản trị số');
    expect(sheet).toContain('<v>0.6667</v>');
    expect(chart).toMatch(/<c:externalData r:id="rId1">/);
  });

  it('names a group by what the plan has: numbering, name, or «Chưa phân nhóm»', () => {
    const bar = (numeral: string, name: string) => ({ numeral, name, met: 1, total: 2 });
    expect([bar('A', 'Quản trị'), bar('', 'Quản trị'), bar('2.1', ''), bar(' ', '')].map(barCategory)).toEqual(['A. Quản trị', 'Quản trị', '2.1', 'Chưa phân nhóm']);
    expect([barShare({ numeral: 'I', name: '', met: 3, total: 0 }), barShare({ numeral: 'I', name: '', met: 5, total: 4 })]).toEqual([0, 1]);
    const xml = chartPartXml({ kind: 'chart', title: 't', bars: [bar('I', 'Dạy & học <số>')], widthMm: 100, heightMm: 50 }, 'Times New Roman');
    expect(xml).toContain('<c:v>I. Dạy &amp; học &lt;số&gt;</c:v>');
    expect(xml).not.toContain('externalData');
  });
});

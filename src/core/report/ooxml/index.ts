/**
 * The report as a .docx, written as plain strings from the ReportDocument: the same file in Node
 * (the CLI) and in Apps Script (imported by Drive as the Google Doc). No Node or Apps Script API;
 * the zip is fflate's zipSync (its browser build in Apps Script: no worker, no Node builtin), with
 * a fixed entry time, so the same document always gives the same bytes.
 *
 * Parts: [Content_Types].xml, _rels/.rels, docProps/core.xml + app.xml, word/document.xml,
 * word/styles.xml, word/settings.xml, word/header1.xml (page number) + header2.xml (first page,
 * empty), word/_rels/document.xml.rels, and with a chart word/charts/chart1.xml, its .rels and the
 * embedded workbook word/embeddings/chart1.xlsx (binary, so in reportDocxBytes only).
 */
import { strToU8, type Zippable, zipSync } from 'fflate';
import type { ChartBlock, ReportDocument } from '../document';
import { documentXml } from './body';
import { chartPartXml } from './chart';
import { emptyHeaderXml, pageNumberHeaderXml } from './header';
import { appPropertiesXml, CONTENT_TYPE, contentTypesXml, corePropertiesXml, packageRelsXml, settingsXml } from './package';
import { REL, relationships } from './relationships';
import { stylesXml } from './styles';
import { chartWorkbookParts } from './workbook';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Entry time of every zip entry (local fields; 1980–2099 is what a zip can hold). */
const ZIP_TIME = new Date(2020, 0, 1, 0, 0, 0);

interface Package {
  readonly parts: Map<string, string>;
  /** Embedded workbooks: part path → the chart's data. */
  readonly workbooks: Map<string, ChartBlock>;
}

function build(doc: ReportDocument): Package {
  const parts = new Map<string, string>();
  const workbooks = new Map<string, ChartBlock>();
  const overrides = new Map<string, string>();
  const rels = relationships();
  rels.add(REL.styles, 'styles.xml');
  rels.add(REL.settings, 'settings.xml');
  const headerIds = { default: rels.add(REL.header, 'header1.xml'), first: rels.add(REL.header, 'header2.xml') };
  const chartParts = new Map<string, string>();
  const chart = (block: ChartBlock): string => {
    const n = workbooks.size + 1;
    const chartRels = relationships();
    const workbook = `word/embeddings/chart${n}.xlsx`;
    const workbookId = chartRels.add(REL.package, `../embeddings/chart${n}.xlsx`);
    workbooks.set(workbook, block);
    chartParts.set(`word/charts/chart${n}.xml`, chartPartXml(block, doc.page.font, workbookId));
    chartParts.set(`word/charts/_rels/chart${n}.xml.rels`, chartRels.xml());
    overrides.set(`word/charts/chart${n}.xml`, CONTENT_TYPE.chart);
    return rels.add(REL.chart, `charts/chart${n}.xml`);
  };
  const document = documentXml(doc, { rels, chart, headerIds });

  overrides.set('word/document.xml', CONTENT_TYPE.document);
  overrides.set('word/styles.xml', CONTENT_TYPE.styles);
  overrides.set('word/settings.xml', CONTENT_TYPE.settings);
  overrides.set('word/header1.xml', CONTENT_TYPE.header);
  overrides.set('word/header2.xml', CONTENT_TYPE.header);
  overrides.set('docProps/core.xml', CONTENT_TYPE.core);
  overrides.set('docProps/app.xml', CONTENT_TYPE.app);
  const defaults: Record<string, string> = { rels: CONTENT_TYPE.rels, xml: CONTENT_TYPE.xml };
  if (workbooks.size > 0) defaults.xlsx = CONTENT_TYPE.xlsx;

  parts.set('[Content_Types].xml', contentTypesXml(overrides, defaults));
  parts.set('_rels/.rels', packageRelsXml());
  parts.set('docProps/core.xml', corePropertiesXml(doc.name));
  parts.set('docProps/app.xml', appPropertiesXml());
  parts.set('word/document.xml', document);
  parts.set('word/_rels/document.xml.rels', rels.xml());
  parts.set('word/styles.xml', stylesXml(doc.page));
  parts.set('word/settings.xml', settingsXml());
  parts.set('word/header1.xml', pageNumberHeaderXml(doc.page));
  parts.set('word/header2.xml', emptyHeaderXml());
  for (const [name, xml] of chartParts) parts.set(name, xml);
  return { parts, workbooks };
}

/** Every XML part of the report's .docx: part path (no leading slash) → XML text. */
export function reportDocxParts(doc: ReportDocument): ReadonlyMap<string, string> {
  return build(doc).parts;
}

function zip(parts: ReadonlyMap<string, string | Uint8Array>): Uint8Array {
  const files: Zippable = {};
  for (const [name, data] of parts) files[name] = typeof data === 'string' ? strToU8(data) : data;
  return zipSync(files, { level: 6, mtime: ZIP_TIME });
}

/** The report's .docx, zipped; the same document gives the same bytes. */
export function reportDocxBytes(doc: ReportDocument): Uint8Array {
  const { parts, workbooks } = build(doc);
  const all = new Map<string, string | Uint8Array>(parts);
  for (const [name, block] of workbooks) all.set(name, zip(chartWorkbookParts(block.bars)));
  return zip(all);
}

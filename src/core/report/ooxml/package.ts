/**
 * The package around the WordprocessingML: [Content_Types].xml (a Default per extension, an
 * Override per part), the package relationships, docProps (title, creator; no dates, so the same
 * document gives the same bytes) and word/settings.xml.
 */
import { REL, relationships } from './relationships';
import { XML_DECLARATION, xmlText } from './xml';

export const CONTENT_TYPE = {
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
  xml: 'application/xml',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  document: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  styles: 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
  settings: 'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml',
  header: 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  // The chart's embedded workbook (workbook.ts).
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  workbookStyles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
} as const;

/** [Content_Types].xml: `overrides` maps each part name (no leading slash) to its content type. */
export function contentTypesXml(overrides: ReadonlyMap<string, string>, defaults: Readonly<Record<string, string>>): string {
  const d = Object.entries(defaults).map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`);
  const o = [...overrides].map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`);
  return `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${d.join('')}${o.join('')}</Types>`;
}

export function packageRelsXml(): string {
  const rels = relationships();
  rels.add(REL.officeDocument, 'word/document.xml');
  rels.add(REL.coreProperties, 'docProps/core.xml');
  rels.add(REL.extendedProperties, 'docProps/app.xml');
  return rels.xml();
}

export function corePropertiesXml(title: string): string {
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${xmlText(title)}</dc:title><dc:creator>cds-tracker</dc:creator><dc:language>vi-VN</dc:language></cp:coreProperties>`
  );
}

export function appPropertiesXml(): string {
  return `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>cds-tracker</Application></Properties>`;
}

export function settingsXml(): string {
  return (
    `${XML_DECLARATION}<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
    '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>' +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'
  );
}

/**
 * What DocumentApp cannot do for the report's data tables, done afterwards with the Docs API
 * (advanced service «Docs», enabled in appsscript.json): one documents.get for the table
 * positions, then batchUpdate calls of at most BATCH_SIZE requests each (one for a usual report) that
 * - pins the header row of each data table (repeated at the top of every page it runs onto),
 * - shades the header row and the group rows and centres them vertically,
 * - aligns each column as the model says (STT, dates, figures centred),
 * - links the evidence cells ("Xem minh chứng" → the URL),
 * - merges each group row's name across the columns after its numeral,
 * - keeps the chart with its caption and the caption's lines together, and each heading or table
 *   title with what follows (ParagraphStyle keepWithNext / keepLinesTogether: DocumentApp has no
 *   such attribute). Google Docs honours them when it paginates; a printed or exported copy may
 *   still break where Docs chooses.
 * Merges change the document's indexes, so they come last, the last table first.
 * Best effort: if the service is missing or refuses, the report stays as DocumentApp wrote it
 * and the caller says so.
 */
import type { Block, TableBlock } from '../core/report/document';

/** The part of a documents.get answer this reads (Docs API v1 StructuralElement). */
export interface DocsElement {
  readonly startIndex?: number;
  readonly endIndex?: number;
  readonly paragraph?: { readonly elements?: readonly { readonly textRun?: { readonly content?: string }; readonly inlineObjectElement?: unknown }[] };
  readonly table?: {
    readonly rows?: number;
    readonly columns?: number;
    readonly tableRows?: readonly { readonly tableCells?: readonly { readonly content?: readonly DocsElement[] }[] }[];
  };
}

/** Docs API v1 requests (the @types package predates pinTableHeaderRows and updateTableCellStyle). */
export type DocsRequest = Record<string, unknown>;

/** Requests per batchUpdate call: keeps each call's payload moderate on very long tables. */
export const BATCH_SIZE = 2000;

const HEADER_FILL = { color: { rgbColor: { red: 0.906, green: 0.902, blue: 0.902 } } };
const GROUP_FILL = { color: { rgbColor: { red: 0.949, green: 0.949, blue: 0.949 } } };

const ALIGNMENT = { left: 'START', center: 'CENTER', right: 'END', justify: 'JUSTIFIED' } as const;

/** The data tables of the body, matched in order to the model's table blocks by their shape. */
export function matchTables(content: readonly DocsElement[], blocks: readonly TableBlock[]): { element: DocsElement; block: TableBlock }[] {
  const out: { element: DocsElement; block: TableBlock }[] = [];
  let next = 0;
  for (const element of content) {
    const block = blocks[next];
    if (!block || !element.table) continue;
    if (element.table.rows === block.rows.length + 1 && element.table.columns === block.columns.length) {
      out.push({ element, block });
      next++;
    }
  }
  return out;
}

function cellRange(start: number, rowIndex: number, rowSpan: number, columnSpan: number) {
  return { tableCellLocation: { tableStartLocation: { index: start }, rowIndex, columnIndex: 0 }, rowSpan, columnSpan };
}

export function tableRequests(element: DocsElement, block: TableBlock): DocsRequest[] {
  const start = element.startIndex;
  if (start === undefined) return [];
  const columns = block.columns.length;
  const requests: DocsRequest[] = [
    { pinTableHeaderRows: { tableStartLocation: { index: start }, pinnedHeaderRowsCount: 1 } },
    {
      updateTableCellStyle: {
        tableRange: cellRange(start, 0, element.table?.rows ?? block.rows.length + 1, columns),
        tableCellStyle: { contentAlignment: 'MIDDLE' },
        fields: 'contentAlignment',
      },
    },
    { updateTableCellStyle: { tableRange: cellRange(start, 0, 1, columns), tableCellStyle: { backgroundColor: HEADER_FILL }, fields: 'backgroundColor' } },
  ];
  block.rows.forEach((row, i) => {
    if (row.group) {
      requests.push({ updateTableCellStyle: { tableRange: cellRange(start, i + 1, 1, columns), tableCellStyle: { backgroundColor: GROUP_FILL }, fields: 'backgroundColor' } });
    }
  });
  (element.table?.tableRows ?? []).forEach((tableRow, r) => {
    (tableRow.tableCells ?? []).forEach((cell, c) => {
      const align = r === 0 ? 'center' : block.rows[r - 1]?.group && c === 1 ? 'left' : block.columns[c]?.align;
      const content = cell.content ?? [];
      const first = content[0]?.startIndex;
      const last = content[content.length - 1]?.endIndex;
      if (first === undefined || last === undefined || last <= first) return;
      if (align && align !== 'left') {
        requests.push({ updateParagraphStyle: { range: { startIndex: first, endIndex: last }, paragraphStyle: { alignment: ALIGNMENT[align] }, fields: 'alignment' } });
      }
      const link = r > 0 ? block.rows[r - 1]?.cells[c]?.link : undefined;
      // The text of the cell, without the paragraph's closing newline.
      if (link && last - 1 > first) {
        requests.push({ updateTextStyle: { range: { startIndex: first, endIndex: last - 1 }, textStyle: { link: { url: link } }, fields: 'link' } });
      }
    });
  });
  return requests;
}

/** Merges of the group rows' name cells (columns 1…n-1). */
export function mergeRequests(element: DocsElement, block: TableBlock): DocsRequest[] {
  const start = element.startIndex;
  if (start === undefined) return [];
  return block.rows.flatMap((row, i) =>
    row.group
      ? [{ mergeTableCells: { tableRange: { tableCellLocation: { tableStartLocation: { index: start }, rowIndex: i + 1, columnIndex: 1 }, rowSpan: 1, columnSpan: block.columns.length - 1 } } }]
      : [],
  );
}

/** A body paragraph to keep with the next one, or to keep in one piece; `image` for the chart. */
export interface KeepParagraph {
  readonly text?: string;
  readonly image?: boolean;
  readonly keepWithNext: boolean;
  readonly keepLinesTogether: boolean;
}

/** The paragraphs of the report body that keep with the next or keep their lines together, in order. */
export function keepParagraphs(blocks: readonly Block[]): KeepParagraph[] {
  const out: KeepParagraph[] = [];
  for (const b of blocks) {
    if (b.kind === 'chart') out.push({ image: true, keepWithNext: true, keepLinesTogether: false });
    if (b.kind !== 'paragraph' || b.ruleMm !== undefined) continue;
    const text = b.runs.map((r) => r.text).join('');
    if (text && (b.style.keepWithNext || b.style.keepLinesTogether)) {
      out.push({ text, keepWithNext: b.style.keepWithNext === true, keepLinesTogether: b.style.keepLinesTogether === true });
    }
  }
  return out;
}

function paragraphText(element: DocsElement): string {
  return (element.paragraph?.elements ?? []).map((e) => e.textRun?.content ?? '').join('').replace(/\n$/, '');
}

/** keepWithNext / keepLinesTogether on the body paragraphs that `keeps` names, matched in order by text (the chart by its image). */
export function keepRequests(content: readonly DocsElement[], keeps: readonly KeepParagraph[]): DocsRequest[] {
  const requests: DocsRequest[] = [];
  let next = 0;
  for (const element of content) {
    const keep = keeps[next];
    if (!keep) break;
    if (!element.paragraph || element.startIndex === undefined || element.endIndex === undefined) continue;
    const isImage = (element.paragraph.elements ?? []).some((e) => e.inlineObjectElement !== undefined);
    if (keep.image ? !isImage : paragraphText(element) !== keep.text) continue;
    requests.push({
      updateParagraphStyle: {
        range: { startIndex: element.startIndex, endIndex: element.endIndex },
        paragraphStyle: { keepWithNext: keep.keepWithNext, keepLinesTogether: keep.keepLinesTogether },
        fields: 'keepWithNext,keepLinesTogether',
      },
    });
    next++;
  }
  return requests;
}

/** The whole batch for a document's body content: styles in document order, then the merges from the end. */
export function styleRequests(content: readonly DocsElement[], blocks: readonly TableBlock[], keeps: readonly KeepParagraph[] = []): DocsRequest[] {
  const tables = matchTables(content, blocks);
  return [
    ...keepRequests(content, keeps),
    ...tables.flatMap(({ element, block }) => tableRequests(element, block)),
    ...[...tables].reverse().flatMap(({ element, block }) => mergeRequests(element, block).reverse()),
  ];
}

/** Styles the data tables of a saved report Doc; true when done, false when the Docs API could not be used. */
export function styleTablesWithDocsApi(documentId: string, blocks: readonly TableBlock[], keeps: readonly KeepParagraph[] = []): boolean {
  if (typeof Docs === 'undefined' || !Docs?.Documents || blocks.length + keeps.length === 0) return false;
  try {
    const document = Docs.Documents.get(documentId) as { body?: { content?: DocsElement[] } };
    const requests = styleRequests(document.body?.content ?? [], blocks, keeps);
    if (requests.length === 0) return false;
    for (let i = 0; i < requests.length; i += BATCH_SIZE) {
      Docs.Documents.batchUpdate({ requests: requests.slice(i, i + BATCH_SIZE) as GoogleAppsScript.Docs.Schema.Request[] }, documentId);
    }
    return true;
  } catch (error) {
    console.error(error);
    return false;
  }
}

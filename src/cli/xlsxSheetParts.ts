/**
 * The worksheets of an .xlsx as its zip parts, read from the raw XML before exceljs: which part
 * is which tab (xl/workbook.xml and its relationships), and the merged ranges each part declares.
 * exceljs fills every cell of a merged range, so a merge over the whole sheet would exhaust memory
 * before any other check could run; merges are bounded here first.
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e]!,
  );
}

/** The attributes of each `<tag …>` element (any namespace prefix) in `xml`. */
function elements(xml: string, tag: string): Map<string, string>[] {
  const found: Map<string, string>[] = [];
  for (const m of xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${tag}\\b([^>]*)>`, 'g'))) {
    const attributes = new Map<string, string>();
    for (const a of m[1]!.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attributes.set(a[1]!, unescapeXml(a[2] ?? a[3] ?? ''));
    found.push(attributes);
  }
  return found;
}

/** "worksheets/sheet1.xml" (relative to xl/) or "/xl/worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml". */
function partPath(target: string): string {
  const parts: string[] = [];
  for (const p of (target.startsWith('/') ? target.slice(1) : `xl/${target}`).split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}

/** Tab name by worksheet part ("xl/worksheets/sheet1.xml" → "Nhiệm vụ"); parts it cannot place are absent. */
export function tabNamesByPart(entries: ReadonlyMap<string, Buffer>): Map<string, string> {
  const workbook = entries.get('xl/workbook.xml')?.toString('utf8') ?? '';
  const rels = entries.get('xl/_rels/workbook.xml.rels')?.toString('utf8') ?? '';
  const targets = new Map(elements(rels, 'Relationship').map((r) => [r.get('Id') ?? '', r.get('Target') ?? '']));
  const names = new Map<string, string>();
  for (const sheet of elements(workbook, 'sheet')) {
    const id = [...sheet.entries()].find(([key]) => /(?:^|:)id$/.test(key) && key !== 'sheetId')?.[1];
    const target = id === undefined ? undefined : targets.get(id);
    if (target && sheet.has('name')) names.set(partPath(target), sheet.get('name')!);
  }
  return names;
}

/** The worksheet parts of the archive (what exceljs reads as sheets). */
export function worksheetParts(entries: ReadonlyMap<string, Buffer>): string[] {
  return [...entries.keys()].filter((name) => /xl\/worksheets\/sheet\d+[.]xml$/.test(name));
}

/** The `ref`s of a worksheet's `<mergeCell>` elements: ["A2:F2", …]. */
export function mergedRanges(sheetXml: string): string[] {
  return elements(sheetXml, 'mergeCell').map((m) => m.get('ref') ?? '');
}

/**
 * The body of a Word plan (.docx) as blocks — paragraphs and tables — for the plan import
 * (issue 12). One walker for both shells: the bytes are unzipped with fflate (its browser build in
 * Apps Script) and word/document.xml is read with the core's own XML reader (./xml.ts), so neither
 * Utilities.unzip nor XmlService is needed.
 *
 * What is kept: each paragraph's text (w:t, w:tab as a space, w:br/w:cr as a new line, a page or
 * column break as a space, text inside hyperlinks, content controls (w:sdt), inserted text and
 * field results, ≥ ≤ written with the Symbol font), its style id, heading level (from the style's
 * name or outline level in styles.xml, or the paragraph's own outline level), list numbering and
 * whether it is bold; each table row's cells on the table grid (w:gridBefore, w:gridSpan,
 * w:gridAfter), vertical merges (w:vMerge) resolved to the cell that starts them, and whether the
 * row is a header row Word repeats on each page (w:tblHeader). What is dropped: deleted text and
 * rows, moved-from text, field codes, hidden text, drawings and text boxes, footnotes.
 *
 * Never throws: what cannot be read is a Result fail with a Vietnamese message saying what to do
 * (a .doc, a PDF, a password, a damaged or oversized file).
 */
import { strFromU8, unzipSync } from 'fflate';
import { fail, ok, type Result } from '../result';
import { childElements, firstChild, parseXml, type XmlElement } from './xml';

export interface DocxParagraph {
  /** The paragraph's text as written (no trimming); a line break is '\n'. */
  readonly text: string;
  /** w:pStyle, as the file names it (Word's ids are English whatever the UI language: `Heading1`). */
  readonly styleId?: string;
  /** 1–9 for a heading (from its style or outline level); undefined for body text. */
  readonly headingLevel?: number;
  /** A list item: w:numPr's list id and level (0 = top), from the paragraph or its style. */
  readonly numbering?: { readonly numId: string; readonly level: number };
  /** Every run holding visible text is bold (directly or through the paragraph style). */
  readonly bold: boolean;
}

export interface BodyParagraph extends DocxParagraph {
  readonly kind: 'paragraph';
}

export interface DocxCell {
  /** The cell's paragraphs' text joined by '\n'. */
  readonly text: string;
  /** The cell's paragraphs (a nested table's paragraphs follow in row order). */
  readonly paragraphs: readonly DocxParagraph[];
  /** First grid column the cell covers (0-based; w:gridBefore counted). */
  readonly column: number;
  /** Grid columns covered (w:gridSpan). */
  readonly colSpan: number;
  /** Rows a vertical merge starting here covers (1 when none). */
  readonly rowSpan: number;
  /** A continuation of a vertical merge: the row and column of the cell that starts it. */
  readonly mergedInto?: { readonly row: number; readonly column: number };
}

export interface DocxRow {
  readonly cells: readonly DocxCell[];
  /** Grid columns skipped before the first cell, and after the last. */
  readonly gridBefore: number;
  readonly gridAfter: number;
  /** w:tblHeader: Word repeats this row at the top of each page. */
  readonly header: boolean;
}

export interface BodyTable {
  readonly kind: 'table';
  readonly rows: readonly DocxRow[];
  /** Columns of the table grid (w:tblGrid, or the widest row when that is shorter). */
  readonly columnCount: number;
}

export type BodyBlock = BodyParagraph | BodyTable;

export interface DocxBody {
  readonly blocks: readonly BodyBlock[];
}

export interface DocxLimits {
  /** Entries the zip may list. */
  readonly maxEntries: number;
  /** Bytes all entries may inflate to together, as the zip declares them (a zip bomb declares gigabytes). */
  readonly maxInflatedBytes: number;
}

export interface ReadDocxOptions {
  /** Quoted in messages. */
  readonly fileName?: string;
  readonly limits?: Partial<DocxLimits>;
}

/** A plan .docx has a few dozen entries and inflates to a few MB; images can add tens of MB. */
export const DEFAULT_DOCX_LIMITS: DocxLimits = { maxEntries: 2000, maxInflatedBytes: 200 * 1024 * 1024 };

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W_STRICT_NS = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
const M_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/math';
const NAMESPACES: Readonly<Record<string, string>> = { [W_NS]: 'w', [W_STRICT_NS]: 'w', [M_NS]: 'm' };
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

// ---------------------------------------------------------------------------------------------
// Bytes → parts

function quoted(fileName: string | undefined): string {
  return fileName ? `Tệp «${fileName}»` : 'Tệp';
}

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((b, i) => bytes[at + i] === b);
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];

/** `name` in UTF-16LE, as an OLE directory entry spells it. */
function utf16(name: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < name.length; i++) out.push(name.charCodeAt(i), 0);
  return out;
}

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0]!;
  for (let i = bytes.indexOf(first); i >= 0 && i + needle.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    if (startsWith(bytes, needle, i)) return true;
  }
  return false;
}

/** A Vietnamese message for a file that is not a .docx we can open; undefined when it looks like a zip. */
function notDocx(bytes: Uint8Array, name: string | undefined): string | undefined {
  const file = quoted(name);
  if (bytes.length === 0) return `${file} rỗng (0 byte). Hãy chọn lại tệp kế hoạch .docx.`;
  if (startsWith(bytes, OLE)) {
    // An encrypted .docx is an OLE container holding the zip as a stream named EncryptedPackage.
    if (contains(bytes, utf16('EncryptedPackage'))) {
      return `${file} được đặt mật khẩu nên không đọc được. Hãy mở tệp trong Word, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ tài liệu › Mã hóa bằng mật khẩu, xóa mật khẩu rồi bấm OK), lưu lại rồi nhập lại.`;
    }
    return `${file} là định dạng Word cũ (.doc, Word 97–2003), không đọc được. Hãy mở tệp trong Word hoặc Google Tài liệu, chọn Lưu thành (Save As) kiểu «Tài liệu Word (.docx)» rồi nhập tệp .docx đó.`;
  }
  const head = strFromBytes(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) {
    return `${file} là tệp PDF, không đọc được bảng và đoạn văn của kế hoạch. Hãy nhập bản Word (.docx) của kế hoạch; nếu chỉ có bản PDF, mở nó bằng Word (Word tự chuyển đổi), kiểm tra các bảng rồi lưu thành .docx.`;
  }
  if (head.trimStart().startsWith('{\\rtf')) {
    return `${file} là định dạng RTF, không phải .docx. Hãy mở tệp trong Word, chọn Lưu thành (Save As) kiểu «Tài liệu Word (.docx)» rồi nhập lại.`;
  }
  if (!startsWith(bytes, ZIP) && !startsWith(bytes, ZIP_EMPTY)) {
    return `${file} không phải tệp Word .docx (không mở được như một tệp .docx). Hãy chọn tệp kế hoạch đã lưu bằng Word với đuôi .docx.`;
  }
  return undefined;
}

function strFromBytes(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += String.fromCharCode(bytes[i]!);
  return out;
}

function damaged(name: string | undefined, what: string): string {
  return `${name ? `Tệp «${name}»` : 'Tệp .docx'} bị hỏng (${what}), không đọc được. Hãy mở tệp bằng Word; nếu Word sửa được, lưu lại thành .docx rồi nhập lại.`;
}

/** The number of entries the zip's end record declares, or undefined when there is no end record. */
function zipEntryCount(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    let count = view.getUint16(at + 10, true);
    // Zip64: the real count is in the zip64 end record.
    if (count === 0xffff && at >= 20 && view.getUint32(at - 20, true) === 0x07064b50) {
      const z = Number(view.getBigUint64(at - 12, true));
      if (z + 40 <= bytes.length && view.getUint32(z, true) === 0x06064b50) count = Number(view.getBigUint64(z + 32, true));
    }
    return count;
  }
  return undefined;
}

interface Entry {
  readonly name: string;
  readonly originalSize: number;
}

/** The entries' names and declared sizes, inflating the ones `want` picks; a message when it fails. */
function unzip(bytes: Uint8Array, want: (name: string) => boolean, limits: DocxLimits, name: string | undefined): Result<{ entries: Entry[]; files: Record<string, Uint8Array> }> {
  const entries: Entry[] = [];
  let declared = 0;
  let tooBig = false;
  try {
    const files = unzipSync(bytes, {
      filter: (file) => {
        entries.push({ name: file.name, originalSize: file.originalSize });
        declared += file.originalSize;
        if (entries.length > limits.maxEntries || declared > limits.maxInflatedBytes) tooBig = true;
        return !tooBig && want(file.name);
      },
    });
    if (entries.length > limits.maxEntries) return fail(tooManyEntries(name, entries.length, limits));
    if (tooBig) return fail(tooLarge(name, declared, limits));
    return ok({ entries, files });
  } catch {
    if (tooBig) return fail(entries.length > limits.maxEntries ? tooManyEntries(name, entries.length, limits) : tooLarge(name, declared, limits));
    return fail(damaged(name, 'không giải nén được'));
  }
}

function megabytes(n: number): string {
  return `${Math.round(n / 1024 / 1024)} MB`;
}

function tooLarge(name: string | undefined, declared: number, limits: DocxLimits): string {
  return `${quoted(name)} quá lớn khi giải nén (hơn ${megabytes(Math.max(declared, limits.maxInflatedBytes))}, giới hạn ${megabytes(limits.maxInflatedBytes)}), không giống một kế hoạch .docx hoặc đã bị hỏng. Hãy xóa bớt hình ảnh lớn trong tệp, hoặc lưu lại bằng Word, rồi nhập lại.`;
}

function tooManyEntries(name: string | undefined, count: number, limits: DocxLimits): string {
  return `${quoted(name)} có quá nhiều thành phần (${count}, giới hạn ${limits.maxEntries}), không giống một kế hoạch .docx hoặc đã bị hỏng. Hãy lưu lại bằng Word thành .docx rồi nhập lại.`;
}

function decode(bytes: Uint8Array): string | undefined {
  try {
    return strFromU8(bytes);
  } catch {
    return undefined;
  }
}

/** The target of the package's officeDocument relationship (`word/document.xml`), if _rels/.rels names one. */
function mainDocumentPath(relsXml: string | undefined): string | undefined {
  if (relsXml === undefined) return undefined;
  const rels = parseXml(relsXml, { namespaces: { [REL_NS]: '' } });
  if (!rels.ok) return undefined;
  for (const rel of childElements(rels.value, 'Relationship')) {
    const type = rel.attrs['Type'] ?? '';
    const target = rel.attrs['Target'];
    if (type.endsWith('/officeDocument') && target && rel.attrs['TargetMode'] !== 'External') return target.replace(/^\/+/, '');
  }
  return undefined;
}

/**
 * The body of a .docx: paragraphs and tables in document order, or a Vietnamese message saying
 * why the file cannot be read and what to do.
 */
export function readDocxBody(bytes: Uint8Array, options: ReadDocxOptions = {}): Result<DocxBody> {
  try {
    return readChecked(bytes, options);
  } catch {
    // Nothing above is meant to throw; if a hostile file finds a way, it is still only a message.
    return fail(damaged(options.fileName, 'cấu trúc tệp không đọc được'));
  }
}

function readChecked(bytes: Uint8Array, options: ReadDocxOptions): Result<DocxBody> {
  const name = options.fileName;
  const limits: DocxLimits = { ...DEFAULT_DOCX_LIMITS, ...options.limits };
  const wrong = notDocx(bytes, name);
  if (wrong !== undefined) return fail(wrong);
  const count = zipEntryCount(bytes);
  if (count === undefined) return fail(damaged(name, 'thiếu phần cuối của tệp nén'));
  if (count > limits.maxEntries) return fail(tooManyEntries(name, count, limits));

  const first = unzip(bytes, (n) => n === '_rels/.rels', limits, name);
  if (!first.ok) return first;
  const relsBytes = first.value.files['_rels/.rels'];
  const documentPath = mainDocumentPath(relsBytes ? decode(relsBytes) : undefined) ?? 'word/document.xml';
  const names = new Set(first.value.entries.map((e) => e.name));
  const path = names.has(documentPath) ? documentPath : 'word/document.xml';
  if (!names.has(path)) {
    if (names.has('xl/workbook.xml')) return fail(`${quoted(name)} là bảng tính Excel (.xlsx), không phải kế hoạch Word. Hãy chọn tệp kế hoạch .docx.`);
    if (names.has('ppt/presentation.xml')) return fail(`${quoted(name)} là bài trình chiếu PowerPoint, không phải kế hoạch Word. Hãy chọn tệp kế hoạch .docx.`);
    return fail(`${quoted(name)} là tệp nén nhưng không có phần nội dung văn bản (word/document.xml): không phải tệp Word .docx hoặc đã bị hỏng. Hãy chọn tệp kế hoạch đã lưu bằng Word với đuôi .docx.`);
  }
  const stylesPath = `${path.slice(0, path.lastIndexOf('/') + 1)}styles.xml`;
  const second = unzip(bytes, (n) => n === path || n === stylesPath, limits, name);
  if (!second.ok) return second;
  const documentBytes = second.value.files[path];
  const documentXml = documentBytes === undefined ? undefined : decode(documentBytes);
  if (documentXml === undefined) return fail(damaged(name, 'phần nội dung văn bản không đọc được'));
  const stylesBytes = second.value.files[stylesPath];
  const body = bodyFromXml(documentXml, stylesBytes ? decode(stylesBytes) : undefined);
  if (!body.ok) return fail(damaged(name, `phần nội dung văn bản: ${body.error}`));
  return body;
}

// ---------------------------------------------------------------------------------------------
// Styles

interface StyleInfo {
  readonly headingLevel?: number;
  readonly bold?: boolean;
  readonly numbering?: { readonly numId: string; readonly level: number };
}

function isOn(element: XmlElement | undefined): boolean | undefined {
  if (element === undefined) return undefined;
  const v = element.attrs['w:val'];
  return !(v === '0' || v === 'false' || v === 'off');
}

function intAttr(element: XmlElement | undefined, fallback?: number): number | undefined {
  const raw = element?.attrs['w:val'];
  if (raw === undefined || !/^\d{1,4}$/.test(raw)) return fallback;
  return Number(raw);
}

function numberingOf(pPr: XmlElement | undefined): { numId: string; level: number } | null | undefined {
  const numPr = firstChild(pPr, 'w:numPr');
  if (numPr === undefined) return undefined;
  const numId = firstChild(numPr, 'w:numId')?.attrs['w:val'];
  if (numId === undefined) return undefined;
  if (numId === '0') return null; // numbering switched off
  return { numId, level: Math.min(8, intAttr(firstChild(numPr, 'w:ilvl'), 0)!) };
}

function outlineLevel(pPr: XmlElement | undefined): number | null | undefined {
  const level = intAttr(firstChild(pPr, 'w:outlineLvl'));
  if (level === undefined) return undefined;
  return level <= 8 ? level + 1 : null; // 9 is body text
}

/** Paragraph styles by id, with basedOn followed (at most 16 steps, cycles included). */
function readStyles(stylesXml: string | undefined): Map<string, StyleInfo> {
  const out = new Map<string, StyleInfo>();
  if (stylesXml === undefined) return out;
  const parsed = parseXml(stylesXml, { namespaces: NAMESPACES });
  if (!parsed.ok) return out;
  interface Raw {
    basedOn?: string;
    heading?: number | null;
    bold?: boolean;
    numbering?: { numId: string; level: number } | null;
  }
  const raw = new Map<string, Raw>();
  for (const style of childElements(parsed.value, 'w:style')) {
    const id = style.attrs['w:styleId'];
    if (id === undefined || (style.attrs['w:type'] ?? 'paragraph') !== 'paragraph') continue;
    const pPr = firstChild(style, 'w:pPr');
    const styleName = firstChild(style, 'w:name')?.attrs['w:val'] ?? '';
    const named = /^heading\s*([1-9])$/i.exec(styleName);
    raw.set(id, {
      basedOn: firstChild(style, 'w:basedOn')?.attrs['w:val'],
      heading: outlineLevel(pPr) ?? (named ? Number(named[1]) : undefined),
      bold: isOn(firstChild(firstChild(style, 'w:rPr'), 'w:b')),
      numbering: numberingOf(pPr),
    });
  }
  for (const id of raw.keys()) {
    let heading: number | null | undefined;
    let bold: boolean | undefined;
    let numbering: { numId: string; level: number } | null | undefined;
    let current: string | undefined = id;
    for (let step = 0; current !== undefined && step < 16; step++) {
      const r = raw.get(current);
      if (r === undefined) break;
      if (heading === undefined) heading = r.heading;
      if (bold === undefined) bold = r.bold;
      if (numbering === undefined) numbering = r.numbering;
      current = r.basedOn;
    }
    out.set(id, { headingLevel: heading ?? undefined, bold, numbering: numbering ?? undefined });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Document → blocks

/** Elements whose content is read as if it stood in their place. */
const TRANSPARENT = new Set(['w:hyperlink', 'w:ins', 'w:moveTo', 'w:smartTag', 'w:customXml', 'w:fldSimple', 'w:dir', 'w:bdo']);

/** Children of `element`, with content controls, custom XML and other wrappers opened up. */
function* contentOf(element: XmlElement): Generator<XmlElement> {
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (child.name === 'w:sdt') {
      const content = firstChild(child, 'w:sdtContent');
      if (content) yield* contentOf(content);
    } else if (TRANSPARENT.has(child.name)) {
      yield* contentOf(child);
    } else {
      yield child;
    }
  }
}

/** Symbol-font characters plans use (w:sym w:font="Symbol" w:char="F0B3" is ≥). */
const SYMBOL_FONT: Readonly<Record<number, string>> = { 0xb3: '≥', 0xa3: '≤', 0xb1: '±', 0xb4: '×', 0xb9: '≠', 0xae: '→', 0xb7: '•', 0x2d: '−' };

interface Pieces {
  text: string;
  /** Runs with visible text: how many, and how many bold. */
  runs: number;
  boldRuns: number;
}

function textOfT(element: XmlElement): string {
  let out = '';
  for (const child of element.children) if (typeof child === 'string') out += child;
  return out;
}

function readRun(run: XmlElement, styleBold: boolean | undefined, into: Pieces): void {
  const rPr = firstChild(run, 'w:rPr');
  if (isOn(firstChild(rPr, 'w:vanish')) || isOn(firstChild(rPr, 'w:webHidden'))) return;
  const bold = isOn(firstChild(rPr, 'w:b')) ?? styleBold ?? false;
  let text = '';
  for (const child of run.children) {
    if (typeof child === 'string') continue;
    switch (child.name) {
      case 'w:t':
        text += textOfT(child);
        break;
      case 'w:tab':
      case 'w:ptab':
        text += ' ';
        break;
      case 'w:br': {
        const type = child.attrs['w:type'];
        text += type === 'page' || type === 'column' ? ' ' : '\n';
        break;
      }
      case 'w:cr':
        text += '\n';
        break;
      case 'w:noBreakHyphen':
        text += '-';
        break;
      case 'w:sym': {
        const code = parseInt(child.attrs['w:char'] ?? '', 16);
        const font = (child.attrs['w:font'] ?? '').toLowerCase();
        if (font === 'symbol' && Number.isFinite(code)) text += SYMBOL_FONT[code & 0xff] ?? '';
        break;
      }
      default:
        break; // w:delText, w:instrText, w:fldChar, drawings, footnote references…
    }
  }
  into.text += text;
  if (text.trim() !== '') {
    into.runs++;
    if (bold) into.boldRuns++;
  }
}

function readInline(element: XmlElement, styleBold: boolean | undefined, into: Pieces): void {
  for (const child of contentOf(element)) {
    if (child.name === 'w:r') readRun(child, styleBold, into);
    else if (child.name === 'm:oMath' || child.name === 'm:oMathPara') readMath(child, into);
  }
}

function readMath(element: XmlElement, into: Pieces): void {
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (child.name === 'm:t') into.text += textOfT(child);
    else readMath(child, into);
  }
}

function readParagraph(p: XmlElement, styles: ReadonlyMap<string, StyleInfo>): DocxParagraph {
  const pPr = firstChild(p, 'w:pPr');
  const styleId = firstChild(pPr, 'w:pStyle')?.attrs['w:val'];
  const style = styleId === undefined ? undefined : styles.get(styleId);
  const pieces: Pieces = { text: '', runs: 0, boldRuns: 0 };
  readInline(p, style?.bold, pieces);
  const own = outlineLevel(pPr);
  const byId = styleId === undefined ? undefined : /^heading\s*([1-9])$/i.exec(styleId);
  const headingLevel = own === null ? undefined : (own ?? style?.headingLevel ?? (byId ? Number(byId[1]) : undefined));
  const numbering = numberingOf(pPr);
  const paragraph: { -readonly [K in keyof DocxParagraph]: DocxParagraph[K] } = { text: pieces.text, bold: pieces.runs > 0 && pieces.boldRuns === pieces.runs };
  if (styleId !== undefined) paragraph.styleId = styleId;
  if (headingLevel !== undefined) paragraph.headingLevel = headingLevel;
  const list = numbering === null ? undefined : (numbering ?? style?.numbering);
  if (list !== undefined) paragraph.numbering = list;
  return paragraph;
}

/** A cell's paragraphs, a nested table's included in row order. */
function cellParagraphs(tc: XmlElement, styles: ReadonlyMap<string, StyleInfo>, out: DocxParagraph[]): void {
  for (const child of contentOf(tc)) {
    if (child.name === 'w:p') out.push(readParagraph(child, styles));
    else if (child.name === 'w:tbl') {
      for (const tr of contentOf(child)) {
        if (tr.name !== 'w:tr') continue;
        for (const cell of contentOf(tr)) if (cell.name === 'w:tc') cellParagraphs(cell, styles, out);
      }
    }
  }
}

interface BuildingCell {
  text: string;
  paragraphs: DocxParagraph[];
  column: number;
  colSpan: number;
  rowSpan: number;
  mergedInto?: { row: number; column: number };
}

function clampCount(element: XmlElement | undefined, fallback: number): number {
  return Math.min(64, intAttr(element, fallback)!);
}

function readTable(tbl: XmlElement, styles: ReadonlyMap<string, StyleInfo>): BodyTable {
  const gridColumns = childElements(firstChild(tbl, 'w:tblGrid') ?? { name: '', attrs: {}, children: [] }, 'w:gridCol').length;
  const rows: DocxRow[] = [];
  /** Per grid column, the cell (row, cell) that covered it in the previous row. */
  let above: ({ row: number; cell: BuildingCell } | undefined)[] = [];
  let width = gridColumns;
  for (const tr of contentOf(tbl)) {
    if (tr.name !== 'w:tr') continue;
    const trPr = firstChild(tr, 'w:trPr');
    if (firstChild(trPr, 'w:del') !== undefined) continue; // a deleted row (tracked changes)
    const rowIndex = rows.length;
    const gridBefore = clampCount(firstChild(trPr, 'w:gridBefore'), 0);
    const gridAfter = clampCount(firstChild(trPr, 'w:gridAfter'), 0);
    const header = isOn(firstChild(trPr, 'w:tblHeader')) ?? false;
    const cells: BuildingCell[] = [];
    const covering: ({ row: number; cell: BuildingCell } | undefined)[] = [];
    let column = gridBefore;
    for (const tc of contentOf(tr)) {
      if (tc.name !== 'w:tc') continue;
      const tcPr = firstChild(tc, 'w:tcPr');
      const colSpan = Math.max(1, clampCount(firstChild(tcPr, 'w:gridSpan'), 1));
      const paragraphs: DocxParagraph[] = [];
      cellParagraphs(tc, styles, paragraphs);
      const cell: BuildingCell = { text: paragraphs.map((p) => p.text).join('\n'), paragraphs, column, colSpan, rowSpan: 1 };
      const vMerge = firstChild(tcPr, 'w:vMerge');
      const continues = vMerge !== undefined && (vMerge.attrs['w:val'] ?? 'continue') === 'continue';
      const origin = continues ? above[column] : undefined;
      let owner = { row: rowIndex, cell };
      if (origin !== undefined && origin.cell.column === column) {
        origin.cell.rowSpan++;
        cell.mergedInto = { row: origin.row, column: origin.cell.column };
        owner = origin;
      }
      for (let c = column; c < column + colSpan; c++) covering[c] = owner;
      cells.push(cell);
      column += colSpan;
    }
    above = covering;
    width = Math.max(width, column + gridAfter);
    rows.push({ cells, gridBefore, gridAfter, header });
  }
  return { kind: 'table', rows, columnCount: width };
}

/**
 * The body of a word/document.xml (and its styles.xml, for heading levels and bold), or a
 * Vietnamese message saying where the XML is broken.
 */
export function bodyFromXml(documentXml: string, stylesXml?: string): Result<DocxBody> {
  const parsed = parseXml(documentXml, { namespaces: NAMESPACES });
  if (!parsed.ok) return parsed;
  const root = parsed.value;
  if (root.name !== 'w:document') return fail(`phần tử gốc là <${root.name.slice(0, 40)}>, không phải <w:document>`);
  const bodyElement = firstChild(root, 'w:body');
  if (bodyElement === undefined) return fail('không có phần <w:body>');
  const styles = readStyles(stylesXml);
  const blocks: BodyBlock[] = [];
  for (const child of contentOf(bodyElement)) {
    if (child.name === 'w:p') blocks.push({ kind: 'paragraph', ...readParagraph(child, styles) });
    else if (child.name === 'w:tbl') blocks.push(readTable(child, styles));
  }
  return ok({ blocks });
}

/** The cell covering grid slot (row, column): the origin of a span or vertical merge; undefined for a skipped slot. */
export function cellAt(table: BodyTable, row: number, column: number): DocxCell | undefined {
  const cells = table.rows[row]?.cells;
  if (cells === undefined) return undefined;
  const cell = cells.find((c) => column >= c.column && column < c.column + c.colSpan);
  if (cell?.mergedInto === undefined) return cell;
  const { row: r, column: c } = cell.mergedInto;
  return table.rows[r]?.cells.find((x) => x.column === c);
}


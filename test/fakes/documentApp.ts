/**
 * In-memory `DocumentApp`: documents made with create() keep a tree (body → paragraphs, tables →
 * rows → cells → paragraphs, images, horizontal rules) with the attributes set on each element,
 * and every call is recorded in the shared CallLog under the element's class name ("Body",
 * "Paragraph", "Table", "TableRow", "TableCell", "Text", "InlineImage", "Document", "DocumentApp").
 * `documentCalls(log)` counts them all: what the report's DocumentApp budget is measured by.
 */
import { CallLog } from './calls';
import { enumOf } from './enums';
import { asGas } from './gas';

type Doc = typeof GoogleAppsScript.Document;
type Attrs = Record<string, unknown>;

/** Classes whose calls count as DocumentApp calls. */
export const DOCUMENT_SERVICES = ['DocumentApp', 'Document', 'Body', 'Paragraph', 'Table', 'TableRow', 'TableCell', 'Text', 'InlineImage', 'Element'] as const;

export function documentCalls(log: CallLog): number {
  return log.calls.filter((c) => (DOCUMENT_SERVICES as readonly string[]).includes(c.service)).length;
}

export const Attribute = enumOf<Doc['Attribute']>([
  'BACKGROUND_COLOR', 'BOLD', 'BORDER_COLOR', 'BORDER_WIDTH', 'CODE', 'FONT_FAMILY', 'FONT_SIZE', 'FOREGROUND_COLOR', 'HEADING',
  'HEIGHT', 'HORIZONTAL_ALIGNMENT', 'INDENT_END', 'INDENT_FIRST_LINE', 'INDENT_START', 'ITALIC', 'GLYPH_TYPE', 'LEFT_TO_RIGHT',
  'LINE_SPACING', 'LINK_URL', 'LIST_ID', 'MARGIN_BOTTOM', 'MARGIN_LEFT', 'MARGIN_RIGHT', 'MARGIN_TOP', 'NESTING_LEVEL',
  'MINIMUM_HEIGHT', 'PADDING_BOTTOM', 'PADDING_LEFT', 'PADDING_RIGHT', 'PADDING_TOP', 'PAGE_HEIGHT', 'PAGE_WIDTH',
  'SPACING_AFTER', 'SPACING_BEFORE', 'STRIKETHROUGH', 'UNDERLINE', 'VERTICAL_ALIGNMENT', 'WIDTH',
]);

export const HorizontalAlignment = enumOf<Doc['HorizontalAlignment']>(['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY']);

/** One styling call on a range of a paragraph's or cell's text (setBold(0, 8, true) etc.). */
export interface TextOp {
  readonly method: string;
  readonly args: readonly unknown[];
}

export class FakeText implements Pick<GoogleAppsScript.Document.Text, 'setBold' | 'setItalic' | 'setLinkUrl' | 'getText'> {
  readonly ops: TextOp[] = [];

  constructor(
    private readonly owner: { text: string },
    private readonly log: CallLog,
  ) {}

  private op(method: string, args: unknown[]): GoogleAppsScript.Document.Text {
    this.log.record('Text', method, args);
    const [start, end] = args;
    if (typeof start === 'number' && typeof end === 'number' && (start < 0 || end >= this.owner.text.length || start > end)) {
      throw new Error(`Text.${method}: offsets ${start}..${end} outside "${this.owner.text}"`);
    }
    this.ops.push({ method, args });
    return asGas<GoogleAppsScript.Document.Text>(this);
  }

  setBold(...args: unknown[]): GoogleAppsScript.Document.Text {
    return this.op('setBold', args);
  }

  setItalic(...args: unknown[]): GoogleAppsScript.Document.Text {
    return this.op('setItalic', args);
  }

  setLinkUrl(...args: unknown[]): GoogleAppsScript.Document.Text {
    return this.op('setLinkUrl', args);
  }

  getText(): string {
    this.log.record('Text', 'getText');
    return this.owner.text;
  }
}

type Parent = FakeBody | FakeTableCell;

export class FakeParagraph
  implements Pick<GoogleAppsScript.Document.Paragraph, 'setAttributes' | 'getText' | 'setText' | 'editAsText' | 'appendHorizontalRule' | 'removeFromParent' | 'setAlignment' | 'asParagraph'>
{
  readonly kind = 'paragraph';
  attributes: Attrs = {};
  horizontalRule = false;
  image: FakeInlineImage | undefined;
  readonly textObject: FakeText;
  /** What a test may make removeFromParent do (Docs refuses some removals). */
  refuseRemoval = false;

  constructor(
    public text: string,
    public parent: Parent | undefined,
    private readonly log: CallLog,
  ) {
    this.textObject = new FakeText(this, log);
  }

  setAttributes(attributes: object): GoogleAppsScript.Document.Paragraph {
    this.log.record('Paragraph', 'setAttributes', [attributes]);
    this.attributes = { ...this.attributes, ...(attributes as Attrs) };
    return this.gas();
  }

  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment | null): GoogleAppsScript.Document.Paragraph {
    this.log.record('Paragraph', 'setAlignment', [alignment]);
    this.attributes = { ...this.attributes, HORIZONTAL_ALIGNMENT: alignment };
    return this.gas();
  }

  getText(): string {
    this.log.record('Paragraph', 'getText');
    return this.text;
  }

  setText(text: string): GoogleAppsScript.Document.Paragraph {
    this.log.record('Paragraph', 'setText', [text]);
    this.text = text;
    return this.gas();
  }

  editAsText(): GoogleAppsScript.Document.Text {
    this.log.record('Paragraph', 'editAsText');
    return asGas<GoogleAppsScript.Document.Text>(this.textObject);
  }

  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    this.log.record('Paragraph', 'appendHorizontalRule');
    this.horizontalRule = true;
    return asGas<GoogleAppsScript.Document.HorizontalRule>({});
  }

  removeFromParent(): GoogleAppsScript.Document.Paragraph {
    this.log.record('Paragraph', 'removeFromParent');
    if (this.refuseRemoval) throw new Error("Can't remove the last paragraph in a document section.");
    if (this.parent) this.parent.children.splice(this.parent.children.indexOf(this), 1);
    this.parent = undefined;
    return this.gas();
  }

  asParagraph(): GoogleAppsScript.Document.Paragraph {
    this.log.record('Element', 'asParagraph');
    return this.gas();
  }

  private gas(): GoogleAppsScript.Document.Paragraph {
    return asGas<GoogleAppsScript.Document.Paragraph>(this);
  }
}

export class FakeInlineImage implements Pick<GoogleAppsScript.Document.InlineImage, 'setWidth' | 'setHeight' | 'getParent'> {
  width: number | undefined;
  height: number | undefined;

  constructor(
    readonly blob: unknown,
    readonly paragraph: FakeParagraph,
    private readonly log: CallLog,
  ) {}

  setWidth(width: number): GoogleAppsScript.Document.InlineImage {
    this.log.record('InlineImage', 'setWidth', [width]);
    this.width = width;
    return asGas<GoogleAppsScript.Document.InlineImage>(this);
  }

  setHeight(height: number): GoogleAppsScript.Document.InlineImage {
    this.log.record('InlineImage', 'setHeight', [height]);
    this.height = height;
    return asGas<GoogleAppsScript.Document.InlineImage>(this);
  }

  getParent(): GoogleAppsScript.Document.ContainerElement {
    this.log.record('InlineImage', 'getParent');
    return asGas<GoogleAppsScript.Document.ContainerElement>(this.paragraph);
  }
}

export class FakeTableCell
  implements Pick<GoogleAppsScript.Document.TableCell, 'getChild' | 'appendParagraph' | 'editAsText' | 'setLinkUrl' | 'setPaddingLeft' | 'setPaddingRight' | 'setPaddingTop' | 'setPaddingBottom' | 'getText'>
{
  readonly children: FakeParagraph[] = [];
  linkUrl: string | undefined;
  readonly padding: Record<string, number> = {};
  readonly textObject: FakeText;

  constructor(
    text: string,
    private readonly log: CallLog,
  ) {
    this.children.push(new FakeParagraph(text, this, log));
    this.textObject = new FakeText(this, log);
  }

  get text(): string {
    return this.children.map((p) => p.text).join('\n');
  }

  getText(): string {
    this.log.record('TableCell', 'getText');
    return this.text;
  }

  getChild(index: number): GoogleAppsScript.Document.Element {
    this.log.record('TableCell', 'getChild', [index]);
    const child = this.children[index];
    if (!child) throw new Error(`TableCell.getChild(${index}): no such child`);
    return asGas<GoogleAppsScript.Document.Element>(child);
  }

  appendParagraph(text: string | GoogleAppsScript.Document.Paragraph): GoogleAppsScript.Document.Paragraph {
    this.log.record('TableCell', 'appendParagraph', [text]);
    if (typeof text !== 'string') throw new Error('FakeTableCell.appendParagraph: only text is supported');
    const p = new FakeParagraph(text, this, this.log);
    this.children.push(p);
    return asGas<GoogleAppsScript.Document.Paragraph>(p);
  }

  editAsText(): GoogleAppsScript.Document.Text {
    this.log.record('TableCell', 'editAsText');
    return asGas<GoogleAppsScript.Document.Text>(this.textObject);
  }

  setLinkUrl(url: string | null): GoogleAppsScript.Document.TableCell {
    this.log.record('TableCell', 'setLinkUrl', [url]);
    this.linkUrl = url ?? undefined;
    return asGas<GoogleAppsScript.Document.TableCell>(this);
  }

  private pad(side: string, value: number): GoogleAppsScript.Document.TableCell {
    this.log.record('TableCell', `setPadding${side}`, [value]);
    this.padding[side] = value;
    return asGas<GoogleAppsScript.Document.TableCell>(this);
  }

  setPaddingLeft(v: number): GoogleAppsScript.Document.TableCell {
    return this.pad('Left', v);
  }

  setPaddingRight(v: number): GoogleAppsScript.Document.TableCell {
    return this.pad('Right', v);
  }

  setPaddingTop(v: number): GoogleAppsScript.Document.TableCell {
    return this.pad('Top', v);
  }

  setPaddingBottom(v: number): GoogleAppsScript.Document.TableCell {
    return this.pad('Bottom', v);
  }
}

export class FakeTableRow implements Pick<GoogleAppsScript.Document.TableRow, 'setAttributes' | 'getNumCells'> {
  attributes: Attrs = {};

  constructor(
    readonly cells: FakeTableCell[],
    private readonly log: CallLog,
  ) {}

  getNumCells(): number {
    this.log.record('TableRow', 'getNumCells');
    return this.cells.length;
  }

  setAttributes(attributes: object): GoogleAppsScript.Document.TableRow {
    this.log.record('TableRow', 'setAttributes', [attributes]);
    this.attributes = { ...this.attributes, ...(attributes as Attrs) };
    return asGas<GoogleAppsScript.Document.TableRow>(this);
  }
}

export class FakeTable implements Pick<GoogleAppsScript.Document.Table, 'setAttributes' | 'setBorderWidth' | 'setColumnWidth' | 'getRow' | 'getCell' | 'getNumRows'> {
  readonly kind = 'table';
  attributes: Attrs = {};
  borderWidth: number | undefined;
  readonly columnWidths: number[] = [];
  readonly rows: FakeTableRow[];

  constructor(
    cells: readonly (readonly string[])[],
    private readonly log: CallLog,
  ) {
    const width = Math.max(0, ...cells.map((r) => r.length));
    if (cells.some((r) => r.length !== width)) throw new Error('appendTable: rows of different lengths');
    this.rows = cells.map((r) => new FakeTableRow(r.map((text) => new FakeTableCell(String(text), log)), log));
  }

  /** Cell texts, row by row. */
  texts(): string[][] {
    return this.rows.map((r) => r.cells.map((c) => c.text));
  }

  setAttributes(attributes: object): GoogleAppsScript.Document.Table {
    this.log.record('Table', 'setAttributes', [attributes]);
    this.attributes = { ...this.attributes, ...(attributes as Attrs) };
    return this.gas();
  }

  setBorderWidth(width: number): GoogleAppsScript.Document.Table {
    this.log.record('Table', 'setBorderWidth', [width]);
    this.borderWidth = width;
    return this.gas();
  }

  setColumnWidth(columnIndex: number, width: number): GoogleAppsScript.Document.Table {
    this.log.record('Table', 'setColumnWidth', [columnIndex, width]);
    if (columnIndex < 0 || columnIndex >= (this.rows[0]?.cells.length ?? 0)) throw new Error(`setColumnWidth: no column ${columnIndex}`);
    this.columnWidths[columnIndex] = width;
    return this.gas();
  }

  getRow(rowIndex: number): GoogleAppsScript.Document.TableRow {
    this.log.record('Table', 'getRow', [rowIndex]);
    const row = this.rows[rowIndex];
    if (!row) throw new Error(`getRow(${rowIndex}): no such row`);
    return asGas<GoogleAppsScript.Document.TableRow>(row);
  }

  getCell(rowIndex: number, cellIndex: number): GoogleAppsScript.Document.TableCell {
    this.log.record('Table', 'getCell', [rowIndex, cellIndex]);
    const cell = this.rows[rowIndex]?.cells[cellIndex];
    if (!cell) throw new Error(`getCell(${rowIndex}, ${cellIndex}): no such cell`);
    return asGas<GoogleAppsScript.Document.TableCell>(cell);
  }

  getNumRows(): number {
    this.log.record('Table', 'getNumRows');
    return this.rows.length;
  }

  private gas(): GoogleAppsScript.Document.Table {
    return asGas<GoogleAppsScript.Document.Table>(this);
  }
}

type BodyPick =
  | 'appendParagraph' | 'appendTable' | 'appendImage' | 'getChild' | 'getNumChildren' | 'getTables' | 'setAttributes' | 'setPageWidth'
  | 'setPageHeight' | 'setMarginTop' | 'setMarginBottom' | 'setMarginLeft' | 'setMarginRight';

export class FakeBody implements Pick<GoogleAppsScript.Document.Body, BodyPick> {
  readonly children: (FakeParagraph | FakeTable)[] = [];
  attributes: Attrs = {};
  readonly page: Record<string, number> = {};

  constructor(private readonly log: CallLog) {
    // A new Google Doc holds one empty paragraph.
    this.children.push(new FakeParagraph('', this, log));
  }

  appendParagraph(text: string | GoogleAppsScript.Document.Paragraph): GoogleAppsScript.Document.Paragraph {
    this.log.record('Body', 'appendParagraph', [text]);
    if (typeof text !== 'string') throw new Error('FakeBody.appendParagraph: only text is supported');
    const p = new FakeParagraph(text, this, this.log);
    this.children.push(p);
    return asGas<GoogleAppsScript.Document.Paragraph>(p);
  }

  appendTable(cells?: string[][] | GoogleAppsScript.Document.Table | null): GoogleAppsScript.Document.Table {
    this.log.record('Body', 'appendTable', [cells]);
    if (!Array.isArray(cells)) throw new Error('FakeBody.appendTable: only a 2-D array of strings is supported');
    const table = new FakeTable(cells, this.log);
    this.children.push(table);
    return asGas<GoogleAppsScript.Document.Table>(table);
  }

  appendImage(image: unknown): GoogleAppsScript.Document.InlineImage {
    this.log.record('Body', 'appendImage', [image]);
    const p = new FakeParagraph('', this, this.log);
    p.image = new FakeInlineImage(image, p, this.log);
    this.children.push(p);
    return asGas<GoogleAppsScript.Document.InlineImage>(p.image);
  }

  getChild(index: number): GoogleAppsScript.Document.Element {
    this.log.record('Body', 'getChild', [index]);
    const child = this.children[index];
    if (!child) throw new Error(`Body.getChild(${index}): no such child`);
    return asGas<GoogleAppsScript.Document.Element>(child);
  }

  getNumChildren(): number {
    this.log.record('Body', 'getNumChildren');
    return this.children.length;
  }

  getTables(): GoogleAppsScript.Document.Table[] {
    this.log.record('Body', 'getTables');
    return this.children.filter((c): c is FakeTable => c.kind === 'table').map((t) => asGas<GoogleAppsScript.Document.Table>(t));
  }

  setAttributes(attributes: object): GoogleAppsScript.Document.Body {
    this.log.record('Body', 'setAttributes', [attributes]);
    this.attributes = { ...this.attributes, ...(attributes as Attrs) };
    return this.gas();
  }

  private set(name: string, value: number): GoogleAppsScript.Document.Body {
    this.log.record('Body', `set${name}`, [value]);
    this.page[name] = value;
    return this.gas();
  }

  setPageWidth(v: number): GoogleAppsScript.Document.Body {
    return this.set('PageWidth', v);
  }

  setPageHeight(v: number): GoogleAppsScript.Document.Body {
    return this.set('PageHeight', v);
  }

  setMarginTop(v: number): GoogleAppsScript.Document.Body {
    return this.set('MarginTop', v);
  }

  setMarginBottom(v: number): GoogleAppsScript.Document.Body {
    return this.set('MarginBottom', v);
  }

  setMarginLeft(v: number): GoogleAppsScript.Document.Body {
    return this.set('MarginLeft', v);
  }

  setMarginRight(v: number): GoogleAppsScript.Document.Body {
    return this.set('MarginRight', v);
  }

  /** The paragraphs' texts, tables as "[table r×c]". */
  outline(): string[] {
    return this.children.map((c) => (c.kind === 'table' ? `[table ${c.rows.length}×${c.rows[0]?.cells.length ?? 0}]` : c.image ? '[image]' : c.horizontalRule ? '[rule]' : c.text));
  }

  private gas(): GoogleAppsScript.Document.Body {
    return asGas<GoogleAppsScript.Document.Body>(this);
  }
}

export class FakeDocument implements Pick<GoogleAppsScript.Document.Document, 'getBody' | 'getId' | 'getUrl' | 'getName' | 'saveAndClose'> {
  readonly body: FakeBody;
  saved = false;

  constructor(
    readonly name: string,
    readonly id: string,
    private readonly log: CallLog,
  ) {
    this.body = new FakeBody(log);
  }

  getBody(): GoogleAppsScript.Document.Body {
    this.log.record('Document', 'getBody');
    return asGas<GoogleAppsScript.Document.Body>(this.body);
  }

  getId(): string {
    this.log.record('Document', 'getId');
    return this.id;
  }

  getName(): string {
    this.log.record('Document', 'getName');
    return this.name;
  }

  getUrl(): string {
    this.log.record('Document', 'getUrl');
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }

  saveAndClose(): void {
    this.log.record('Document', 'saveAndClose');
    this.saved = true;
  }

  /** The text a reader sees: each paragraph, and each table cell, on its own line. */
  text(): string {
    return this.body.children.map((c) => (c instanceof FakeTable ? c.rows.map((r) => r.cells.map((cell) => cell.text).join('\n')).join('\n') : c.text)).join('\n');
  }
}

/**
 * Every fake DocumentApp a test made, so test/support/officialTextSetup.ts can read every report
 * the suite makes as a Google Doc (issue 10: none may carry diagnostics or false figures).
 */
export const documentAppsMade: FakeDocumentApp[] = [];

export class FakeDocumentApp implements Pick<GoogleAppsScript.Document.DocumentApp, 'create' | 'openById' | 'Attribute' | 'HorizontalAlignment'> {
  readonly Attribute = Attribute;
  readonly HorizontalAlignment = HorizontalAlignment;
  /** Every document created, in order. */
  readonly documents: FakeDocument[] = [];

  constructor(readonly log: CallLog = new CallLog()) {
    documentAppsMade.push(this);
  }

  create(name: string): GoogleAppsScript.Document.Document {
    this.log.record('DocumentApp', 'create', [name]);
    const doc = new FakeDocument(name, `doc-${this.documents.length + 1}`, this.log);
    this.documents.push(doc);
    return asGas<GoogleAppsScript.Document.Document>(doc);
  }

  openById(id: string): GoogleAppsScript.Document.Document {
    this.log.record('DocumentApp', 'openById', [id]);
    const doc = this.documents.find((d) => d.id === id);
    if (!doc) throw new Error(`No item with the given ID could be found: ${id}`);
    doc.saved = false;
    return asGas<GoogleAppsScript.Document.Document>(doc);
  }

  /** The one document created; fails the test otherwise. */
  onlyDocument(): FakeDocument {
    if (this.documents.length !== 1) throw new Error(`expected one document, got ${this.documents.length}`);
    return this.documents[0]!;
  }
}

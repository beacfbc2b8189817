import { fail, type Result } from '../result';

export interface DocxParagraph {
  readonly text: string;
  readonly styleId?: string;
  readonly headingLevel?: number;
  readonly numbering?: { readonly numId: string; readonly level: number };
  readonly bold: boolean;
}
export interface BodyParagraph extends DocxParagraph {
  readonly kind: 'paragraph';
}
export interface DocxCell {
  readonly text: string;
  readonly paragraphs: readonly DocxParagraph[];
  readonly column: number;
  readonly colSpan: number;
  readonly rowSpan: number;
  readonly mergedInto?: { readonly row: number; readonly column: number };
}
export interface DocxRow {
  readonly cells: readonly DocxCell[];
  readonly gridBefore: number;
  readonly gridAfter: number;
  readonly header: boolean;
}
export interface BodyTable {
  readonly kind: 'table';
  readonly rows: readonly DocxRow[];
  readonly columnCount: number;
}
export type BodyBlock = BodyParagraph | BodyTable;
export interface DocxBody {
  readonly blocks: readonly BodyBlock[];
}
export interface DocxLimits {
  readonly maxEntries: number;
  readonly maxInflatedBytes: number;
}
export interface ReadDocxOptions {
  readonly fileName?: string;
  readonly limits?: Partial<DocxLimits>;
}
export function readDocxBody(_bytes: Uint8Array, _options: ReadDocxOptions = {}): Result<DocxBody> {
  return fail('chưa làm');
}
export function bodyFromXml(_documentXml: string, _stylesXml?: string): Result<DocxBody> {
  return fail('chưa làm');
}
export function cellAt(_table: BodyTable, _row: number, _column: number): DocxCell | undefined {
  return undefined;
}

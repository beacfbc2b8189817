/**
 * A plan body as numbered lines, for the plan-part readers (./documentHeader.ts,
 * ./annexTables.ts): each block's name as staff see it («Đoạn 3», «Bảng 2») and every line of
 * text in document order (a paragraph's lines, then a table's cells row by row), each with its
 * DraftSource.
 */
import type { DocxBody } from './docxBody';
import type { DraftSource } from './draft';

/** «Đoạn k» for the k-th paragraph, «Bảng k» for the k-th table (1-based), by block index. */
export function blockNames(body: DocxBody): string[] {
  let paragraphs = 0;
  let tables = 0;
  return body.blocks.map((b) => (b.kind === 'paragraph' ? `Đoạn ${++paragraphs}` : `Bảng ${++tables}`));
}

export interface BodyLine {
  /** One printed line, trimmed. */
  readonly text: string;
  readonly source: DraftSource;
  /** Lines of one paragraph or one table cell share a cell key. */
  readonly cell: string;
}

/** Every non-blank line of the body in document order. */
export function bodyLines(body: DocxBody): BodyLine[] {
  const names = blockNames(body);
  const out: BodyLine[] = [];
  body.blocks.forEach((block, index) => {
    if (block.kind === 'paragraph') {
      for (const line of block.text.split('\n')) {
        if (line.trim() !== '') out.push({ text: line.trim(), source: { where: names[index]!, block: index }, cell: `${index}` });
      }
      return;
    }
    block.rows.forEach((row, r) => {
      for (const cell of row.cells) {
        if (cell.mergedInto) continue;
        for (const p of cell.paragraphs) {
          for (const line of p.text.split('\n')) {
            if (line.trim() === '') continue;
            const source = { where: `${names[index]!}, dòng ${r + 1}, cột ${cell.column + 1}`, block: index, row: r, column: cell.column };
            out.push({ text: line.trim(), source, cell: `${index}:${r}:${cell.column}` });
          }
        }
      }
    });
  });
  return out;
}

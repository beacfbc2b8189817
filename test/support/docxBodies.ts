/**
 * Document bodies built by hand for the plan-part reader tests (issue 12): paragraphs and tables
 * as readDocxBody returns them, without a .docx in between.
 */
import type { BodyBlock, BodyParagraph, BodyTable, DocxCell, DocxRow } from '../../src/core/import/docxBody';

/** A cell: its text (lines joined by '\n'), a column span, or a continuation of the vertical merge above. */
export type CellSpec = string | { readonly text?: string; readonly span?: number; readonly merged?: boolean };

export function para(text: string, more: Partial<Omit<BodyParagraph, 'kind' | 'text'>> = {}): BodyParagraph {
  return { kind: 'paragraph', text, bold: false, ...more };
}

/** A table from rows of cell specs; `headerRows` rows from the top are Word's repeated header rows. */
export function table(rows: readonly (readonly CellSpec[])[], options: { headerRows?: number } = {}): BodyTable {
  const built: DocxRow[] = [];
  rows.forEach((specs, r) => {
    let column = 0;
    const cells: DocxCell[] = specs.map((spec) => {
      const s = typeof spec === 'string' ? { text: spec } : spec;
      const text = s.text ?? '';
      const span = s.span ?? 1;
      let mergedInto: DocxCell['mergedInto'];
      if (s.merged) {
        for (let above = r - 1; above >= 0; above--) {
          const cell = built[above]!.cells.find((c) => c.column === column);
          if (cell && cell.mergedInto === undefined) {
            mergedInto = { row: above, column };
            break;
          }
        }
      }
      const cell: DocxCell = {
        text: s.merged ? '' : text,
        paragraphs: (s.merged ? '' : text).split('\n').map((line) => ({ text: line, bold: false })),
        column,
        colSpan: span,
        rowSpan: 1,
        ...(mergedInto ? { mergedInto } : {}),
      };
      column += span;
      return cell;
    });
    built.push({ cells, gridBefore: 0, gridAfter: 0, header: r < (options.headerRows ?? 0) });
  });
  const columnCount = Math.max(...built.map((r) => r.cells.reduce((n, c) => n + c.colSpan, 0)));
  return { kind: 'table', rows: built, columnCount };
}

export function bodyOf(...blocks: BodyBlock[]): { readonly blocks: readonly BodyBlock[] } {
  return { blocks };
}

/**
 * In-memory advanced service `Docs` (Docs API v1) over the documents of a FakeDocumentApp:
 * documents.get answers the body's structure with start/end indexes computed the way the API
 * counts them (one per character and paragraph end, one for each table, row and cell start), and
 * batchUpdate records the requests after checking that each index points into the document.
 */
import { CallLog } from './calls';
import { asGas } from './gas';
import type { FakeDocumentApp, FakeParagraph, FakeTable } from './documentApp';
import type { DocsElement } from '../../src/gas/reportDocApi';

interface Indexed extends DocsElement {
  readonly startIndex: number;
  readonly endIndex: number;
}

function paragraphElement(p: FakeParagraph, at: number): Indexed {
  // An inline image counts one index, as in the API.
  const elements = [...(p.image ? [{ inlineObjectElement: {} }] : []), { textRun: { content: `${p.text}\n` } }];
  return { startIndex: at, endIndex: at + p.text.length + 1 + (p.image ? 1 : 0), paragraph: { elements } };
}

function tableElement(t: FakeTable, at: number): Indexed {
  let i = at + 1;
  const tableRows = t.rows.map((row) => {
    i++;
    return {
      tableCells: row.cells.map((cell) => {
        i++;
        const content = cell.children.map((p) => {
          const e = paragraphElement(p, i);
          i = e.endIndex;
          return e;
        });
        return { content };
      }),
    };
  });
  return { startIndex: at, endIndex: i + 1, table: { rows: t.rows.length, columns: t.rows[0]?.cells.length ?? 0, tableRows } };
}

export function bodyContent(children: readonly (FakeParagraph | FakeTable)[]): Indexed[] {
  let at = 1;
  return children.map((child) => {
    const e = child.kind === 'table' ? tableElement(child, at) : paragraphElement(child, at);
    at = e.endIndex;
    return e;
  });
}

type DocumentsCollection = GoogleAppsScript.Docs.Collection.DocumentsCollection;

/** `Docs` as far as the report uses it: `Docs.Documents.get` and `Docs.Documents.batchUpdate`. */
export class FakeDocsApi implements Pick<GoogleAppsScript.Docs, 'Documents'> {
  readonly batches: { documentId: string; requests: Record<string, unknown>[] }[] = [];
  /** get and batchUpdate only. */
  readonly Documents: DocumentsCollection;

  constructor(
    private readonly app: FakeDocumentApp,
    private readonly log: CallLog,
  ) {
    this.Documents = asGas<DocumentsCollection>({
      get: (id: string) => {
        this.log.record('Docs', 'Documents.get', [id]);
        return { documentId: id, body: { content: bodyContent(this.doc(id).body.children) as GoogleAppsScript.Docs.Schema.StructuralElement[] } };
      },
      batchUpdate: (resource: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, id: string) => {
        this.log.record('Docs', 'Documents.batchUpdate', [resource, id]);
        const end = bodyContent(this.doc(id).body.children).at(-1)?.endIndex ?? 1;
        for (const index of JSON.stringify(resource).matchAll(/"(?:index|startIndex|endIndex)":(\d+)/g)) {
          if (Number(index[1]) < 1 || Number(index[1]) > end) throw new Error(`Invalid requests: index ${index[1]} outside 1..${end}`);
        }
        this.batches.push({ documentId: id, requests: (resource.requests ?? []) as Record<string, unknown>[] });
        return { documentId: id, replies: [] };
      },
    });
  }

  private doc(id: string) {
    const doc = this.app.documents.find((d) => d.id === id);
    if (!doc) throw new Error(`Requested entity was not found: ${id}`);
    return doc;
  }
}

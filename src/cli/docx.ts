/**
 * The report as .docx for the command line: the core OOXML writer (src/core/report/ooxml), the
 * same file the add-in imports into Google Docs, as a Node Buffer.
 */
import type { ReportDocument } from '../core/report/document';
import { reportDocxBytes } from '../core/report/ooxml';

/** The .docx bytes (async for its callers' sake: the writer itself is synchronous). */
export async function reportDocxBuffer(doc: ReportDocument): Promise<Buffer> {
  const bytes = reportDocxBytes(doc);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

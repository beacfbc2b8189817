/**
 * A last look at a .docx before it is written: the first XML part holding a character XML 1.0
 * forbids (Word and LibreOffice refuse the whole file then). The writers strip such characters
 * (core/xmlText.ts); this catches one that slipped through, so the command line never reports
 * success for a file nobody can open.
 */
import { xmlIllegalIndex } from '../core/xmlText';
import { readZipEntries } from './zipEntries';

/** Our own output: generous limits, only there to keep the reader's contract. */
const OWN_DOCX_LIMITS = { maxEntries: 10_000, maxTotalBytes: 512 * 1024 * 1024, maxRatio: 10_000, ratioFloorBytes: 1024 * 1024 };

/** The name of the first part of `docx` that is not well-formed XML text, or undefined when all are. */
export function unopenableDocxPart(docx: Buffer): string | undefined {
  const reading = readZipEntries(docx, OWN_DOCX_LIMITS);
  if (!reading.ok) return '(tệp nén)';
  for (const [name, bytes] of reading.entries) {
    if (/\.(xml|rels)$/i.test(name) && xmlIllegalIndex(bytes.toString('utf8')) >= 0) return name;
  }
  return undefined;
}

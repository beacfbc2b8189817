/** The text of a .docx (as bytes), for the checks on what a report says. */
import { strFromU8, unzipSync } from 'fflate';

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

/** word/document.xml's text, one line per paragraph (a table cell's paragraphs included), entities decoded. */
export function docxBodyText(bytes: Uint8Array): string {
  const part = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml'];
  if (part === undefined) throw new Error('the .docx has no word/document.xml');
  return strFromU8(part)
    .split('</w:p>')
    .map((para) => [...para.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter(Boolean)
    .join('\n')
    .replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ENTITIES[name]!);
}

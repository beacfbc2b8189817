import type { DocxBody } from './docxBody';
import type { PartialDraft } from './planDraft';

export function readAnnexTables(_body: DocxBody): PartialDraft {
  return {};
}

import type { DocxBody } from './docxBody';
import type { PartialDraft } from './planDraft';

export function readDocumentHeader(_body: DocxBody): PartialDraft {
  return {};
}

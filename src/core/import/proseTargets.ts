import type { DocxBody } from './docxBody';
import type { PartialDraft } from './planDraft';

export function readProseTargets(_body: DocxBody): PartialDraft {
  return {};
}

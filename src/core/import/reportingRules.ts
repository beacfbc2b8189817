import type { DocxBody } from './docxBody';
import type { PartialDraft } from './planDraft';

export function readReportingRules(_body: DocxBody): PartialDraft {
  return {};
}

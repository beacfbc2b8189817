import type { DocxBody } from './docxBody';
import type { PartialDraft } from './planDraft';

export function readRoadmap(_body: DocxBody): PartialDraft {
  return {};
}

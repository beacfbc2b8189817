/**
 * A plan's Word document body → its plan draft (./draft.ts). Each plan part has its own reader
 * (annex and monthly tables, prose targets and roadmaps, the header and signature…); a reader
 * looks at the whole body and returns what it found, with where each item came from. The
 * draft is their union, in document order. A new kind of plan part is a new row in PLAN_PART_READERS.
 */
import { readAnnexTables } from './annexTables';
import type { DocxBody } from './docxBody';
import { readDocumentHeader } from './documentHeader';
import type { PlanDraft } from './draft';
import { readProseTargets } from './proseTargets';
import { readReportingRules } from './reportingRules';
import { readRoadmap } from './roadmap';

/** What one reader found: any of the draft's lists. */
export type PartialDraft = { readonly [K in keyof PlanDraft]?: PlanDraft[K] };

/** A reader of one kind of plan part. */
export type PlanPartReader = (body: DocxBody) => PartialDraft;

/** The readers of every kind of plan part, in the order their items are listed. */
export const PLAN_PART_READERS: readonly PlanPartReader[] = [
  readDocumentHeader,
  readAnnexTables,
  readProseTargets,
  readRoadmap,
  readReportingRules,
];

/** The readers' findings as one draft: each list concatenated, items ordered by their place in the document. */
export function mergeDrafts(parts: readonly PartialDraft[]): PlanDraft {
  const byPlace = <T extends { readonly source: { readonly block: number; readonly row?: number } }>(items: readonly T[]): T[] =>
    [...items].sort((a, b) => a.source.block - b.source.block || (a.source.row ?? 0) - (b.source.row ?? 0));
  const all = <K extends keyof PlanDraft>(key: K): PlanDraft[K][number][] => parts.flatMap((p) => (p[key] ?? []) as PlanDraft[K][number][]);
  return {
    indicators: byPlace(all('indicators')),
    tasks: byPlace(all('tasks')),
    settings: byPlace(all('settings')),
    leftovers: byPlace(all('leftovers')),
    partsFound: [...new Set(all('partsFound'))],
  };
}

/** The plan draft of a document body, read by every plan-part reader. */
export function readPlanDraft(body: DocxBody, readers: readonly PlanPartReader[] = PLAN_PART_READERS): PlanDraft {
  return mergeDrafts(readers.map((read) => read(body)));
}

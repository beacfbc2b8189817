/**
 * The plan draft: what the reader (./planDraft.ts) found in a plan's Word document, before anything
 * is written to a sheet. Every item says where it came from and whether it was read or needs
 * review; what could not be read keeps its original text and is never dropped or guessed.
 *
 * The texts are the plan's own words: targets and timings go into the sheet as written and are
 * interpreted there by the same parsers as a typed cell (target.ts, schedule.ts). The reader uses
 * those parsers only to decide the confidence.
 */

/** Where an item came from, in the words shown to staff: «Bảng 2, dòng 5», «Đoạn 37». */
export interface DraftSource {
  /** Vietnamese, e.g. «Bảng 2 (Phụ lục 2), dòng 18, cột «Thời gian»» or «Đoạn 41 (mục II.1)». */
  readonly where: string;
  /** 0-based index of the block (paragraph or table) in the document body. */
  readonly block: number;
  /** For a table cell: 0-based row and grid column. */
  readonly row?: number;
  readonly column?: number;
}

/** «read»: every part went through its parser; «review»: something needs a person (see `reason`). */
export type DraftConfidence = 'read' | 'review';

export interface DraftGroup {
  /** As written: «I», «A», «1», or '' for a plan without groups. */
  readonly numeral: string;
  readonly name: string;
}

interface DraftItem {
  readonly source: DraftSource;
  readonly confidence: DraftConfidence;
  /** Why the item needs review (Vietnamese), when it does. */
  readonly reason?: string;
}

export interface DraftIndicator extends DraftItem {
  /** STT as written, or '' when the document numbers none (the sheet gives the next free number). */
  readonly id: string;
  readonly group: DraftGroup;
  readonly name: string;
  readonly unit: string;
  /** The target exactly as written («≥95%», «Tối thiểu 01 chuyên đề/năm»). */
  readonly target: string;
}

export interface DraftTask extends DraftItem {
  readonly id: string;
  readonly group: DraftGroup;
  readonly name: string;
  readonly product: string;
  readonly lead: string;
  readonly partners: string;
  /** The timing exactly as written, or the heading it sits under («Quý II/2026», «Tháng 9»). */
  readonly timing: string;
}

/** The Cấu hình rows a plan document can fill (keys of the sheet's settings schema). */
export type DraftSettingKey =
  | 'parentAgency'
  | 'schoolName'
  | 'schoolCode'
  | 'place'
  | 'planYear'
  | 'planReference'
  | 'signerTitle'
  | 'signerName'
  | 'monthReportDeadline'
  | 'quarterReportDeadline'
  | 'halfReportDeadline'
  | 'yearReportDeadline';

export interface DraftSetting extends DraftItem {
  readonly key: DraftSettingKey;
  /** The value as the Cấu hình cell would hold it (several printed lines joined by "\n"). */
  readonly value: string;
}

/** Text the reader saw in a plan part but could not place (kept, with where it is). */
export interface DraftLeftover {
  readonly source: DraftSource;
  readonly text: string;
  readonly reason: string;
}

export interface PlanDraft {
  readonly indicators: readonly DraftIndicator[];
  readonly tasks: readonly DraftTask[];
  readonly settings: readonly DraftSetting[];
  readonly leftovers: readonly DraftLeftover[];
  /** Which plan parts were found (Vietnamese names, for the preview and for «không tìm thấy»). */
  readonly partsFound: readonly string[];
}

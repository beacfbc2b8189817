/**
 * The yearly self-assessment of a school's level of digital transformation under QĐ
 * 4725/QĐ-BGDĐT: its criteria as the «Tự đánh giá CĐS» tab holds them (data, not code: a Sở's
 * own variant replaces the rows), raw as typed. Scoring reads them (see assessment.ts).
 */

/** Mức độ chuyển đổi số of a group or of the school: 1 chưa đáp ứng, 2 đáp ứng cơ bản, 3 đáp ứng tốt. */
export type DtiLevel = 1 | 2 | 3;

/**
 * How the school's one level follows from the two group levels. QĐ 4725 does not say; the
 * add-in's assumption (default) is 'lowerCapped': the lower group level, capped at Mức 1 while a
 * mandatory condition is not met. 'lower' ignores the mandatory conditions; 'groupsOnly' gives
 * no school level, only the group levels.
 */
export type DtiLevelRule = 'lowerCapped' | 'lower' | 'groupsOnly';

/** One row of the criteria tab: a scored criterion or a mandatory condition (no points). */
export interface DtiCriterion {
  /** Mã as written: "1.3.1", "2.1". */
  readonly code: string;
  readonly name: string;
  /** Nhóm as written ("Chuyển đổi số trong dạy, học", "1", "Nhóm 2"…); criteria with the same folded group form one group. */
  readonly group: string;
  /** Điểm tối đa, raw as typed (blank for a mandatory condition). */
  readonly maxPoints: unknown;
  /** Bắt buộc, raw as typed («x», «Có», «Điều kiện bắt buộc», TRUE…). */
  readonly mandatory: unknown;
  /** Điểm tự đánh giá, raw as typed: points, or for a mandatory condition «Đạt» / «Chưa đạt». */
  readonly score: unknown;
  readonly evidence: string;
  readonly note: string;
  readonly owner: string;
  /** Criteria codes' tasks link here through Nhiệm vụ's «Tiêu chí 4725» column. */
  readonly ref?: string;
}

/** The self-assessment as the workbook holds it. */
export interface SelfAssessment {
  readonly criteria: readonly DtiCriterion[];
}

/**
 * How a group of the plan is named wherever it is shown (report, Tổng quan, chart, summary): its
 * numbering as the plan types it and its name. A plan without group rows has no groups to show,
 * so no group line is printed for it; in a plan with groups, records above the first group row
 * are shown as «Chưa phân nhóm».
 */
import type { Group } from './plan';

export const UNGROUPED_LABEL = 'Chưa phân nhóm';

/** Whether a record belongs to no group row (it sits above the first one, or the plan has none). */
export function isUngrouped(group: Group): boolean {
  return group.numeral === '' && group.name === '';
}

/** Whether any of these (group summaries, records) is in a group: when none is, no group line is shown. */
export function hasGroups(items: readonly { readonly group: Group }[]): boolean {
  return items.some((item) => !isUngrouped(item.group));
}

/** «I. Thể chế và quản trị số», «A. Mục tiêu chung», «2.1. Hạ tầng», «Phần I. …», «B» (no name), «Chưa phân nhóm». */
export function groupLabel(group: Group): string {
  if (isUngrouped(group)) return UNGROUPED_LABEL;
  if (group.numeral === '') return group.name;
  if (group.name === '') return group.numeral;
  return `${group.numeral}. ${group.name}`;
}

/** A group as a sentence names it: «Nhóm I. Thể chế…», but «Phần I. …» (the plan's own word) and «Chưa phân nhóm» as they are. */
export function groupTitle(group: Group): string {
  const label = groupLabel(group);
  return isUngrouped(group) || group.numeral === '' || /^\p{L}{2,}\s/u.test(group.numeral) ? label : `Nhóm ${label}`;
}

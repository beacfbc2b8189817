/**
 * Which tabs of an .xlsx the command line reads: the plan tabs, found by name or another spelling
 * as the sheet layer finds them (findTab, src/sheet/schema.ts), and the sent-log tab «Nhật ký nhắc
 * việc» with its variants («Nhật ký nhắc việc (CĐS)», «… (CĐS) 2»), whose keys `remind` counts as
 * sent. Only these are bounded and parsed; any other tab (a school's own list of 25,000 students)
 * is skipped unread.
 */
import { SENT_LOG_TAB } from '../core/reminders/sentLog';
import { foldText } from '../core/text';
import { PLAN_TABS } from '../sheet/schema';

const PLAN_TAB_NAMES: ReadonlySet<string> = new Set(PLAN_TABS.flatMap((spec) => [spec.name, ...spec.aliases]).map(foldText));
const SENT_LOG_NAME = foldText(SENT_LOG_TAB);

/** Whether a tab of this name is a sent-log tab: «Nhật ký nhắc việc» and every name that begins so. */
export function isSentLogTabName(name: string): boolean {
  return foldText(name).startsWith(SENT_LOG_NAME);
}

/** Whether the command line reads a tab of this name. */
export function isTabRead(name: string): boolean {
  return PLAN_TAB_NAMES.has(foldText(name)) || isSentLogTabName(name);
}

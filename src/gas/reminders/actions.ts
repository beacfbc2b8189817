/**
 * What the reminder menu items, the dialog button and the daily trigger do (thin: the work is in
 * ./run.ts and src/core/reminders). Messages are Vietnamese; failures in a menu action reach the
 * user through runItem (src/gas/menu.ts), failures in the trigger go to the execution log.
 */
import { outcomeMessage, type RunOutcome } from '../../core/reminders/run';
import { previewDialogHtml } from './previewDialog';
import { DEFAULT_DEPS, previewRemindersIn, type ReminderDeps, sendRemindersIn } from './run';
import { documentLock } from '../lock';
import {
  clockTime,
  installReminderTrigger,
  MAX_RETRIES,
  reminderHour,
  reminderTriggerStatus,
  removeReminderTriggers,
  removeRetryTriggers,
  retryOf,
  scheduleRetry,
  triggerSpreadsheet,
} from './trigger';
import type { PlanRead } from '../../sheet/workbook';
import { activeSpreadsheet, appendLog, timeZoneOf } from '../workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const DIALOG_TITLE = 'Gửi nhắc việc ngay';
const TITLE = 'Nhắc việc';

/** Menu «Gửi nhắc việc ngay»: the preview dialog (who gets what), whose button sends. */
export function showReminderPreview(deps: ReminderDeps = DEFAULT_DEPS): void {
  const ss = activeSpreadsheet();
  const preview = previewRemindersIn(ss, deps);
  const ui = SpreadsheetApp.getUi();
  if (preview.mails.length === 0 && preview.plan.undeliverable.length === 0) {
    ui.alert(TITLE, 'Hôm nay không có nhắc việc nào cần gửi: mọi nhắc việc đến hạn đã được gửi.', ui.ButtonSet.OK);
    return;
  }
  const output = HtmlService.createHtmlOutput(previewDialogHtml(preview, preview.quota)).setWidth(820).setHeight(560);
  ui.showModalDialog(output, DIALOG_TITLE);
}

/** The dialog's «Gửi ngay» (google.script.run): the same run as the trigger; returns the message shown. */
export function sendFromDialog(deps: ReminderDeps = DEFAULT_DEPS): string {
  return outcomeMessage(sendRemindersIn(activeSpreadsheet(), deps));
}

/** Menu «Bật/Tắt nhắc việc tự động»: says whether it is on, and offers to switch. */
export function toggleReminders(deps: ReminderDeps = DEFAULT_DEPS): void {
  const ss = activeSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const status = reminderTriggerStatus(ss);
  if (status.on) {
    let configured = '';
    try {
      configured = ` «Giờ gửi nhắc» trong Cấu hình: ${reminderHour(deps.loadPlan(ss).plan.settings.reminderHour)} giờ.`;
    } catch {
      // The sheet cannot be read right now: the question does not need the hour.
    }
    const answer = ui.alert(
      TITLE,
      `Nhắc việc tự động đang BẬT: gửi hằng ngày.${configured}\n\nBạn có muốn TẮT không? (Để đổi giờ gửi: sửa «Giờ gửi nhắc» trong Cấu hình, tắt rồi bật lại.)`,
      ui.ButtonSet.YES_NO,
    );
    if (answer !== ui.Button.YES) return;
    removeReminderTriggers(ss);
    ui.alert(TITLE, 'Đã TẮT nhắc việc tự động. Vẫn có thể gửi bằng «Gửi nhắc việc ngay».', ui.ButtonSet.OK);
    return;
  }
  const hour = reminderHour(deps.loadPlan(ss).plan.settings.reminderHour);
  const answer = ui.alert(
    TITLE,
    `Nhắc việc tự động đang TẮT.\n\nBật để mỗi ngày, khoảng ${hour} giờ (theo «Giờ gửi nhắc» trong Cấu hình), mỗi người phụ trách nhận một thư ` +
      'tổng hợp việc sắp đến hạn và quá hạn, trưởng ban nhận tổng hợp tuần?',
    ui.ButtonSet.YES_NO,
  );
  if (answer !== ui.Button.YES) return;
  installReminderTrigger(ss, hour);
  ui.alert(TITLE, `Đã BẬT nhắc việc tự động: gửi hằng ngày khoảng ${hour} giờ. Nhật ký gửi ở tab «Nhật ký nhắc việc».`, ui.ButtonSet.OK);
}

/**
 * The daily trigger. No UI here: outcomes and failures go to the execution log, and to Nhật ký
 * when a run could not do its work (the sheet busy, the sent-log not writable). Stops quietly
 * when the user has not (re)authorized the add-on since an update (Google's guidance for add-on triggers).
 * First it refreshes the computed columns (Tình trạng, Quá hạn…) so the sheet staff open in the
 * morning is as current as the mails; a failure there is logged and does not stop the mails.
 * The refresh holds the document lock, as «Cập nhật» does, so the two never interleave (and never
 * both append the same Tiến độ rows); when the lock is busy the refresh is skipped. The mails'
 * time budget counts from the trigger's start, refresh included.
 *
 * When the lock is busy for the mails too (a teacher's «Cập nhật» is running), the run is not
 * lost: Nhật ký says so and a one-off trigger retries 15 minutes later, up to MAX_RETRIES times and
 * never past midnight (trigger.ts). The same when the sent-log could not be written.
 */
export function onDailyTrigger(e?: GoogleAppsScript.Events.TimeDriven, deps: ReminderDeps = DEFAULT_DEPS): void {
  runScheduled(e, deps, { attempt: 1, retry: false });
}

/** A one-off retry trigger (remindersRetryRun): the daily run again; the spent trigger is deleted first. */
export function onRetryTrigger(e?: GoogleAppsScript.Events.TimeDriven, deps: ReminderDeps = DEFAULT_DEPS): void {
  const retry = retryOf(e);
  runScheduled(e, deps, { attempt: (retry?.attempt ?? MAX_RETRIES) + 1, retry: true });
}

const EVENT = 'Nhắc việc';

/** `attempt`: the number the next retry would have (1 after the daily run). */
function runScheduled(e: GoogleAppsScript.Events.TimeDriven | undefined, deps: ReminderDeps, next: { readonly attempt: number; readonly retry: boolean }): void {
  const auth = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  if (auth.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED) {
    console.warn('Nhắc việc: cần cấp quyền lại cho tiện ích; lượt này không gửi.');
    return;
  }
  const ss = triggerSpreadsheet(e);
  if (!ss) {
    console.error('Nhắc việc: không tìm thấy bảng tính của trình kích hoạt; hãy tắt và bật lại nhắc việc tự động.');
    return;
  }
  if (next.retry) removeSpentRetries(ss);
  const startedAt = deps.now();
  let refreshed: PlanRead | undefined;
  if (deps.refresh) {
    const lock = documentLock();
    if (!lock.tryLock()) {
      console.warn('Cập nhật đánh giá & tiến độ hằng ngày bỏ qua lượt này: đang có một lượt cập nhật hoặc gửi nhắc việc khác chạy trên bảng tính.');
    } else {
      try {
        refreshed = deps.refresh(ss, startedAt) ?? undefined;
      } catch (error) {
        console.warn(`Cập nhật đánh giá & tiến độ hằng ngày không chạy được: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        lock.release();
      }
    }
  }
  // Issue 14: the day's snapshot to the Phòng/Sở, of the plan the refresh read (never throws).
  if (refreshed && !next.retry) deps.push?.(ss, refreshed, startedAt);
  // The plan the refresh read (its own writes applied) is the run's: no tab is read twice.
  const read = refreshed;
  const outcome = sendRemindersIn(ss, read ? { ...deps, loadPlan: () => read } : deps, { startedAt });
  console.log(outcomeMessage(outcome));
  const why = skipReason(outcome);
  if (why) retryLater(ss, startedAt, next.attempt, why, outcome);
}

/** Why the day's work is not done and a retry is owed; undefined when the run did its work. */
function skipReason(outcome: RunOutcome): string | undefined {
  if (outcome.status === 'locked') return 'bảng tính đang bận (đang có một lượt «Cập nhật» hoặc gửi nhắc việc khác chạy)';
  if (outcome.logFailure !== undefined) return `không ghi được «Nhật ký nhắc việc» (${outcome.logFailure})`;
  return undefined;
}

/** A fired one-off trigger stays listed (and counts towards the trigger limit) until deleted. */
function removeSpentRetries(ss: Spreadsheet): void {
  try {
    removeRetryTriggers(ss);
  } catch (error) {
    console.warn(`Nhắc việc: không xoá được trình kích hoạt thử lại đã dùng: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function retryLater(ss: Spreadsheet, now: Date, attempt: number, why: string, outcome: RunOutcome): void {
  const zone = timeZoneOf(ss);
  const plan = scheduleRetry(ss, now, attempt);
  const head = `Lượt nhắc việc lúc ${clockTime(now, zone)} chưa gửi được vì ${why}`;
  const detail =
    plan.kind === 'scheduled'
      ? `${head}; sẽ thử lại lúc ${clockTime(plan.at, zone)} (lần thử lại ${plan.attempt}/${MAX_RETRIES}).`
      : plan.kind === 'limit'
        ? `${head}; đã thử lại ${MAX_RETRIES} lần trong ngày. Thư còn lại sẽ gửi ở lượt ngày mai (việc quá hạn gửi trước), hoặc gửi ngay bằng «Gửi nhắc việc ngay».`
        : plan.kind === 'midnight'
          ? `${head}; không còn đủ thời gian trong ngày để thử lại. Thư còn lại sẽ gửi ở lượt ngày mai, hoặc gửi ngay bằng «Gửi nhắc việc ngay».`
          : `${head}; không đặt được lượt thử lại (${plan.error}). Thư còn lại sẽ gửi ở lượt ngày mai, hoặc gửi ngay bằng «Gửi nhắc việc ngay».`;
  const more = outcome.status === 'done' ? `\n${outcomeMessage(outcome)}` : '';
  console.warn(detail);
  try {
    appendLog(ss, EVENT, detail + more);
  } catch (error) {
    console.error(`Nhắc việc: không ghi được vào Nhật ký: ${error instanceof Error ? error.message : String(error)}`);
  }
}

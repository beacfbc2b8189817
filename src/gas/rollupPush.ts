/**
 * The school's side of the roll-up (issue 14): the snapshot of its plan (src/core/rollup/snapshot.ts)
 * POSTed to its Phòng/Sở's receiver (rollupReceiver.ts) with the token Cấu hình holds, in ONE
 * UrlFetchApp.fetch. From the menu «Gửi số liệu lên Phòng/Sở» and, once a day, from the reminder
 * trigger right after its refresh.
 *
 * Every outcome is one Vietnamese sentence, written to Nhật ký (one row per push; never the token)
 * and, from the menu, shown. A failed push is recorded (document property) and simply made again
 * at the next run with a fresh snapshot: the receiver keeps one block per school, replaced by a
 * newer sentAt, so a push that reached it although the answer was lost is never duplicated.
 *
 * The token lives in Cấu hình, as the issue's design says: everyone who can open the school's
 * spreadsheet can read it. Those editors can already change every figure the school reports, so
 * it gives them nothing new; viewers and copies of the file are the risk (README says so, and
 * the Sở re-issues a token in one step). A token kept only in the script's properties would need
 * its own dialog and would be lost with every copy of the file the school makes for a new year.
 */
import { evaluatePlan } from '../core/evaluation';
import { snapshotOf, snapshotSchoolId, SNAPSHOT_MAX_BYTES, utf8Length } from '../core/rollup/snapshot';
import { quote } from '../core/text';
import { isHttpsUrl } from '../sheet/settings';
import type { PlanRead } from '../sheet/workbook';
import type { Reply } from './rollupReceiver';
import { activeSpreadsheet, appendLog, loadPlan, todayIn } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const PUSH_CAPTION = 'Gửi số liệu lên Phòng/Sở';
export const PUSH_EVENT = 'Gửi số liệu lên Phòng/Sở';
/** Document property: the last push's outcome ({ at, ok, message }), so the next run knows one failed. */
export const LAST_PUSH_PROPERTY = 'cds.rollup.lastPush';

export type PushStatus = 'off' | 'unset' | 'accepted' | 'duplicate' | 'refused' | 'failed';

export interface PushOutcome {
  readonly status: PushStatus;
  /** Vietnamese, for Nhật ký and the menu. */
  readonly message: string;
}

const URL_LABEL = '«Địa chỉ nhận số liệu (Phòng/Sở)»';
const ID_LABEL = '«Mã trường»';
const TOKEN_LABEL = '«Mã bảo mật gửi số liệu»';
const LATER = 'Tiện ích sẽ gửi lại ở lượt hằng ngày sau (hoặc chọn lại «Gửi số liệu lên Phòng/Sở»).';

/**
 * One push of `read` (the plan as the sheet holds it now). `off` (nothing written, nothing sent)
 * when Cấu hình has none of the roll-up rows; otherwise exactly one Nhật ký row and at most one fetch.
 */
export function pushSnapshot(spreadsheet: Spreadsheet, read: PlanRead, now: Date): PushOutcome {
  const outcome = attempt(spreadsheet, read, now);
  if (outcome.status === 'off') return outcome;
  try {
    appendLog(spreadsheet, PUSH_EVENT, outcome.message);
  } catch (error) {
    console.error(`Roll-up push: Nhật ký not written: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const ok = outcome.status === 'accepted' || outcome.status === 'duplicate';
    PropertiesService.getDocumentProperties()?.setProperty(LAST_PUSH_PROPERTY, JSON.stringify({ at: now.toISOString(), ok, message: outcome.message }));
  } catch (error) {
    console.error(`Roll-up push: state not recorded: ${error instanceof Error ? error.message : String(error)}`);
  }
  return outcome;
}

function unset(message: string): PushOutcome {
  return { status: 'unset', message: `Chưa gửi được số liệu lên Phòng/Sở: ${message}` };
}

function attempt(spreadsheet: Spreadsheet, read: PlanRead, now: Date): PushOutcome {
  const { plan } = read;
  const rollup = plan.settings.rollup;
  if (!rollup) return { status: 'off', message: `Chưa thiết lập gửi số liệu: điền ${URL_LABEL}, ${ID_LABEL} và ${TOKEN_LABEL} (do Phòng/Sở cung cấp) trong tab Cấu hình.` };
  if (rollup.url === '') return unset(`chưa điền ${URL_LABEL} trong Cấu hình (địa chỉ https do Phòng/Sở cung cấp).`);
  if (!isHttpsUrl(rollup.url)) return unset(`${URL_LABEL} trong Cấu hình phải bắt đầu bằng https:// (đang là ${quote(rollup.url)}); mã bảo mật chỉ được gửi qua kết nối mã hoá.`);
  if (rollup.token === '') return unset(`chưa điền ${TOKEN_LABEL} trong Cấu hình (mã do Phòng/Sở cấp riêng cho trường).`);
  if (snapshotSchoolId(plan.settings) === '') return unset(`chưa điền ${ID_LABEL} (hoặc «Ký hiệu đơn vị») trong Cấu hình.`);

  const evaluation = evaluatePlan(plan, todayIn(spreadsheet, now), read.reading);
  const snapshot = snapshotOf(plan, evaluation, now.toISOString());
  const payload = JSON.stringify({ token: rollup.token, snapshot });
  if (utf8Length(payload) > SNAPSHOT_MAX_BYTES) {
    return { status: 'refused', message: `Chưa gửi được số liệu lên Phòng/Sở: số liệu quá lớn (${Math.ceil(utf8Length(payload) / 1024)} KB, tối đa ${SNAPSHOT_MAX_BYTES / 1024} KB).` };
  }
  let response: GoogleAppsScript.URL_Fetch.HTTPResponse;
  try {
    response = UrlFetchApp.fetch(rollup.url, { method: 'post', contentType: 'application/json; charset=utf-8', payload, muteHttpExceptions: true, followRedirects: true });
  } catch (error) {
    console.error(`Roll-up push: fetch failed: ${error instanceof Error ? error.message : String(error)}`);
    return { status: 'failed', message: `Chưa gửi được số liệu lên Phòng/Sở: không kết nối được tới ${URL_LABEL} (mạng hoặc máy chủ không trả lời). ${LATER}` };
  }
  return answered(response.getResponseCode(), response.getContentText(), snapshot.asOf);
}

/** The receiver's reply, when the body is one. */
function replyOf(body: string): Reply | undefined {
  try {
    const value = JSON.parse(body) as Partial<Reply>;
    if (value && typeof value === 'object' && typeof value.ok === 'boolean' && typeof value.message === 'string' && typeof value.status === 'string') return value as Reply;
  } catch {
    // Not JSON: an HTML page (Google's sign-in page, an error page).
  }
  return undefined;
}

function answered(code: number, body: string, asOf: string): PushOutcome {
  const reply = replyOf(body);
  const reason = reply ? ` Lý do: ${reply.message}` : '';
  if (code === 401 || code === 403) {
    return { status: 'failed', message: `Chưa gửi được số liệu lên Phòng/Sở: địa chỉ nhận từ chối truy cập (HTTP ${code}); Phòng/Sở cần triển khai ứng dụng web với «Quyền truy cập: Bất kỳ ai».${reason}` };
  }
  if (code === 404) {
    return { status: 'failed', message: `Chưa gửi được số liệu lên Phòng/Sở: không tìm thấy địa chỉ nhận (HTTP 404); kiểm tra ${URL_LABEL} trong Cấu hình (địa chỉ kết thúc bằng /exec do Phòng/Sở cung cấp).${reason}` };
  }
  if (code === 429 || code >= 500) {
    return { status: 'failed', message: `Chưa gửi được số liệu lên Phòng/Sở: máy chủ nhận đang bận hoặc gặp lỗi (HTTP ${code}). ${LATER}${reason}` };
  }
  if (code >= 400) return { status: 'failed', message: `Chưa gửi được số liệu lên Phòng/Sở: địa chỉ nhận trả lời lỗi HTTP ${code}.${reason}` };
  if (!reply) {
    return {
      status: 'failed',
      message:
        'Chưa gửi được số liệu lên Phòng/Sở: địa chỉ nhận không trả lời như máy nhận số liệu của tiện ích (có thể là trang đăng nhập Google: ' +
        `Phòng/Sở cần triển khai ứng dụng web với «Thực thi với tư cách: Tôi» và «Quyền truy cập: Bất kỳ ai»); kiểm tra ${URL_LABEL} trong Cấu hình.`,
    };
  }
  if (reply.status === 'accepted') return { status: 'accepted', message: `Đã gửi số liệu đến ngày ${asOf} lên Phòng/Sở. ${reply.message}` };
  if (reply.status === 'duplicate') return { status: 'duplicate', message: `Đã gửi số liệu lên Phòng/Sở. ${reply.message}` };
  if (reply.status === 'busy') return { status: 'failed', message: `Chưa gửi được số liệu lên Phòng/Sở: ${reply.message}` };
  return { status: 'refused', message: `Phòng/Sở từ chối số liệu: ${reply.message}` };
}

/** Menu «Gửi số liệu lên Phòng/Sở»: reads the plan, pushes once, says what happened. */
export function pushFromMenu(now: Date = new Date()): void {
  const spreadsheet = activeSpreadsheet();
  const outcome = pushSnapshot(spreadsheet, loadPlan(spreadsheet), now);
  const ui = SpreadsheetApp.getUi();
  ui.alert(PUSH_CAPTION, outcome.message, ui.ButtonSet.OK);
}

/**
 * The daily trigger's push, right after its refresh, of the plan the refresh read (no tab is read
 * again). Never throws: the mails go on. A failure is in Nhật ký; the next day's run pushes again.
 */
export function pushFromTrigger(spreadsheet: Spreadsheet, read: PlanRead, now: Date): PushOutcome | undefined {
  try {
    const outcome = pushSnapshot(spreadsheet, read, now);
    if (outcome.status !== 'off') console.log(outcome.message);
    return outcome;
  } catch (error) {
    console.error(`Roll-up push failed: ${error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error)}`);
    return undefined;
  }
}

/**
 * The Phòng/Sở receiver (issue 14): `doPost` of the add-in deployed as a web app in the Sở's
 * spreadsheet («Thực thi với tư cách: Tôi», «Quyền truy cập: Bất kỳ ai»). A school's push is
 * `{ "token": "…", "snapshot": { … } }` as JSON. In this order, each refusal answered with a
 * Vietnamese reason and a row in «Nhật ký nhận»:
 *   1. size (e.postData.length) before anything is parsed; 2. JSON; 3. the snapshot (readSnapshot:
 *   shape, types, ranges); 4. the school is in «Trường» and its token's SHA-256 is the one there;
 *   5. not older than what the register holds (a replay never replaces a newer snapshot);
 *   6. the document lock; under it the register is read again (another push may have just
 *   written) with the first row of the school's previous-quarter block, core's retain decides
 *   (latest, previous quarter's, replay), then the school's rows written in one setValues over
 *   its own block, the previous quarter's rows kept as retain says, its register row rewritten,
 *   and the push logged.
 * The same number of service calls whatever the number of schools and indicators: one read of
 * the register (twice: before and under the lock), at most one read and three writes of blocks,
 * one write of the register row, one log row.
 *
 * Apps Script web apps cannot set an HTTP status: every answer is 200 with
 * `{ ok, status, message }` (rollupPush.ts reads it).
 */
import { type HeldSnapshots, retain, type RetainOutcome, sentAtAheadProblem, type Stamped } from '../core/rollup/rollup';
import { readSnapshot, SNAPSHOT_MAX_BYTES, type Snapshot } from '../core/rollup/snapshot';
import { quote, shorten } from '../core/text';
import { NUMBER_FORMATS } from '../sheet/formatting';
import { markedTabs, type RollupTabRole } from './marks';
import {
  blankRow,
  type Block,
  DATA_WIDTH,
  dataRows,
  heldStamps,
  hexOf,
  LATEST_TAB,
  missingRegisterColumns,
  placeBlock,
  type PreviousChange,
  PREVIOUS_TAB,
  quarterLabel,
  readRegister,
  RECEIVE_LOG_TAB,
  type Register,
  registerHeaderProblem,
  registerRow,
  SCHOOL_WIDTH,
  schoolKey,
  SCHOOLS_TAB,
  type SchoolEntry,
  withPrevious,
} from './rollupTabs';
import type { TabSpec } from '../sheet/schema';
import { escapeHtml } from '../core/reminders/render';
import { documentLock } from './lock';
import { activeSpreadsheet, appendLog, ensureColumns, ownedTab } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Largest request body: the snapshot's limit and room for the envelope and its token. */
export const MAX_POST_BYTES = SNAPSHOT_MAX_BYTES + 4 * 1024;
/** How long a push waits for another one (or a staff run) to finish before it is refused as busy. */
export const RECEIVER_LOCK_WAIT_MS = 20_000;

export type ReplyStatus = 'accepted' | 'duplicate' | 'refused' | 'busy';

/** What the receiver answers (the body of the web app's reply). */
export interface Reply {
  readonly ok: boolean;
  readonly status: ReplyStatus;
  /** Vietnamese, for the school's Nhật ký and menu. */
  readonly message: string;
}

export const RECEIVER_TABS: Readonly<Record<RollupTabRole, TabSpec>> = {
  rollupSchools: SCHOOLS_TAB,
  rollupLatest: LATEST_TAB,
  rollupPrevious: PREVIOUS_TAB,
  rollupLog: RECEIVE_LOG_TAB,
};
export const RECEIVER_ROLES = Object.keys(RECEIVER_TABS) as RollupTabRole[];

export const SETUP_CAPTION = 'Thiết lập nhận số liệu (Phòng/Sở)';

interface Tabs {
  readonly schools: Sheet;
  readonly latest: Sheet;
  readonly previous: Sheet;
  readonly log: Sheet;
}

/** Who the push says it is, for the log (never trusted for anything else). */
interface Claimed {
  readonly id: string;
  readonly name: string;
  readonly sentAt: string;
}

const NOBODY: Claimed = { id: '', name: '', sentAt: '' };

/** A push turned away: thrown inside the handler, answered and logged by receivePush. (No class: the bundle has none.) */
interface Refusal {
  readonly refusal: true;
  readonly status: 'refused' | 'busy';
  readonly message: string;
  readonly claimed: Claimed;
}

function refusal(status: Refusal['status'], message: string, claimed: Claimed): Refusal {
  return { refusal: true, status, message, claimed };
}

function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && (value as Partial<Refusal>).refusal === true;
}

function refuse(message: string, claimed: Claimed = NOBODY): never {
  throw refusal('refused', message, claimed);
}

/** The web app's doPost: a JSON reply, whatever happens (no stack trace or English text reaches the school). */
export function doPost(e: GoogleAppsScript.Events.DoPost | undefined): GoogleAppsScript.Content.TextOutput {
  const reply = receivePush(e, new Date());
  return ContentService.createTextOutput(JSON.stringify(reply)).setMimeType(ContentService.MimeType.JSON);
}

/** The handler without the reply's wrapping; `now` is when the push is received. */
export function receivePush(e: GoogleAppsScript.Events.DoPost | undefined, now: Date): Reply {
  let tabs: Tabs | undefined;
  try {
    tabs = receiverTabs();
    return accept(e, tabs, now);
  } catch (error) {
    const turned = isRefusal(error)
      ? error
      : refusal('refused', 'Máy nhận của Phòng/Sở gặp lỗi khi ghi số liệu; số liệu chưa được nhận, tiện ích ở trường sẽ gửi lại ở lượt sau.', NOBODY);
    if (!isRefusal(error)) console.error(`Receiver failed: ${error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error)}`);
    if (tabs) logPush(tabs, now, turned.claimed, turned.status === 'busy' ? 'Bận, chưa nhận' : 'Từ chối', turned.message);
    return { ok: false, status: turned.status, message: turned.message };
  }
}

function receiverTabs(): Tabs {
  const ss = SpreadsheetApp.getActiveSpreadsheet() as Spreadsheet | null;
  const found = ss ? markedTabs(ss, RECEIVER_ROLES) : new Map();
  const schools = found.get('rollupSchools')?.sheet;
  const latest = found.get('rollupLatest')?.sheet;
  const previous = found.get('rollupPrevious')?.sheet;
  const log = found.get('rollupLog')?.sheet;
  if (!schools || !latest || !previous || !log) {
    console.error('Receiver: the receiver tabs are missing; run «Thiết lập nhận số liệu (Phòng/Sở)».');
    refuse(`Máy nhận của Phòng/Sở chưa được thiết lập (thiếu các tab nhận số liệu): đề nghị Phòng/Sở chạy «${SETUP_CAPTION}».`);
  }
  return { schools, latest, previous, log };
}

/** The request body, checked for size before it is read. */
function body(e: GoogleAppsScript.Events.DoPost | undefined): string {
  const post = e?.postData;
  if (!post || typeof post.contents !== 'string' || post.contents === '') refuse('Không có số liệu: nội dung gửi lên trống.');
  const length = typeof post.length === 'number' && post.length >= 0 ? post.length : post.contents.length;
  // Characters are at least one byte each: contents longer than the limit is too large whatever length says.
  if (length > MAX_POST_BYTES || post.contents.length > MAX_POST_BYTES) {
    refuse(`Số liệu gửi lên quá lớn: ${Math.ceil(Math.max(length, post.contents.length) / 1024)} KB (tối đa ${MAX_POST_BYTES / 1024} KB).`);
  }
  return post.contents;
}

function claimedBy(value: unknown): Claimed {
  const s = (value && typeof value === 'object' ? (value as Record<string, unknown>).snapshot : undefined) as Record<string, unknown> | undefined;
  const field = (key: string): string => (s && typeof s[key] === 'string' ? shorten(s[key] as string, 100) : '');
  return { id: field('schoolId'), name: field('schoolName'), sentAt: field('sentAt') };
}

function accept(e: GoogleAppsScript.Events.DoPost | undefined, tabs: Tabs, now: Date): Reply {
  const text = body(e);
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    refuse('Số liệu gửi lên không đúng định dạng JSON.');
  }
  const claimed = claimedBy(envelope);
  if (!envelope || typeof envelope !== 'object' || Array.isArray(envelope) || !('snapshot' in envelope)) {
    refuse('Nội dung gửi lên không phải số liệu của tiện ích (thiếu phần «snapshot»).', claimed);
  }
  const read = readSnapshot((envelope as { snapshot: unknown }).snapshot);
  if (!read.ok) refuse(read.error, claimed);
  const snapshot = read.value;
  const who: Claimed = { id: snapshot.schoolId, name: snapshot.schoolName, sentAt: snapshot.sentAt };

  const before = registerOf(tabs);
  const school = before.schools.get(schoolKey(snapshot.schoolId));
  if (!school) refuse(`Mã trường ${quote(snapshot.schoolId)} chưa có trong danh sách trường của Phòng/Sở: đề nghị Phòng/Sở thêm vào tab «${SCHOOLS_TAB.name}» và cấp mã bảo mật.`, who);
  checkToken((envelope as { token?: unknown }).token, school, who);
  const ahead = sentAtAheadProblem(snapshot.sentAt, now);
  if (ahead) refuse(ahead, who);
  // Before the lock, on the register's latest alone: a replay or the same snapshot again is answered
  // at once (what retain says of these does not depend on the previous quarter's); the rest waits.
  const early = settled(retain(heldStamps(school, undefined), snapshot).outcome, school, snapshot, who);
  if (early) return logged(tabs, now, who, early);

  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(RECEIVER_LOCK_WAIT_MS)) {
    throw refusal('busy', 'Máy nhận của Phòng/Sở đang bận nhận số liệu của trường khác; số liệu chưa được nhận, tiện ích ở trường sẽ gửi lại ở lượt sau.', who);
  }
  try {
    // Another push may have written between the first read and the lock: read again, decide on that.
    const register = registerOf(tabs);
    const current = register.schools.get(schoolKey(snapshot.schoolId));
    if (!current) refuse(`Mã trường ${quote(snapshot.schoolId)} vừa bị xoá khỏi danh sách trường của Phòng/Sở.`, who);
    if (current.tokenHash !== school.tokenHash) refuse('Mã bảo mật của trường vừa được Phòng/Sở cấp lại: dùng mã mới.', who);
    // The one rule (core's retain, as the offline rollup): which snapshot is the latest, which the previous quarter's.
    const previousRow = current.previous ? tabs.previous.getRange(current.previous.start, 1, 1, DATA_WIDTH).getValues()[0] : undefined;
    const held = heldStamps(current, previousRow);
    const decided = retain<Stamped>(held, snapshot);
    const replay = settled(decided.outcome, current, snapshot, who);
    if (replay) return logged(tabs, now, who, replay);
    const reply = write(tabs, register, current, held, decided.held, snapshot, now);
    logPush(tabs, now, who, 'Đã nhận', reply.message);
    return reply;
  } finally {
    try {
      SpreadsheetApp.flush();
    } finally {
      lock.releaseLock();
    }
  }
}

function registerOf(tabs: Tabs): Register {
  const values = tabs.schools.getDataRange().getValues();
  const problem = registerHeaderProblem(values[0] ?? []);
  if (problem) refuse(problem);
  return readRegister(values);
}

/** SHA-256 of the token, lower-case hex (what «Trường» keeps instead of the token). */
export function tokenHash(token: string): string {
  return hexOf(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, token, Utilities.Charset.UTF_8));
}

function checkToken(token: unknown, school: SchoolEntry, who: Claimed): void {
  if (typeof token !== 'string' || token.trim() === '') {
    refuse('Thiếu mã bảo mật: điền «Mã bảo mật gửi số liệu» trong Cấu hình của trường (mã do Phòng/Sở cấp).', who);
  }
  if (school.tokenHash === '') refuse(`Trường ${quote(school.id)} chưa được Phòng/Sở cấp mã bảo mật: đề nghị Phòng/Sở chạy «${SETUP_CAPTION}».`, who);
  if (tokenHash(token.trim()) !== school.tokenHash) {
    refuse('Mã bảo mật không đúng: kiểm tra «Mã bảo mật gửi số liệu» trong Cấu hình của trường (đúng mã Phòng/Sở cấp cho trường, không thừa, thiếu ký tự).', who);
  }
}

/** retain's 'duplicate' is answered as received, 'stale' (a replay of an older one) refused; undefined: write. */
function settled(outcome: RetainOutcome, school: SchoolEntry, snapshot: Snapshot, who: Claimed): Reply | undefined {
  if (outcome === 'duplicate') return { ok: true, status: 'duplicate', message: `Phòng/Sở đã nhận số liệu gửi lúc ${snapshot.sentAt} trước đó; không ghi lại.` };
  if (outcome === 'stale') refuse(`Số liệu gửi lúc ${snapshot.sentAt} cũ hơn số liệu Phòng/Sở đang giữ (gửi lúc ${school.sentAt}); không thay số liệu mới hơn.`, who);
  return undefined;
}

function logged(tabs: Tabs, now: Date, who: Claimed, reply: Reply): Reply {
  logPush(tabs, now, who, reply.status === 'duplicate' ? 'Trùng, bỏ qua' : 'Đã nhận', reply.message);
  return reply;
}

/**
 * The writes of an accepted push, as retain decided (`before` → `after`, by identity): the incoming
 * snapshot as the latest (the old latest copied to «Số liệu quý trước» when it became the previous
 * quarter's; the previous block blanked when retain keeps none), or as the previous quarter's.
 */
function write(tabs: Tabs, register: Register, school: SchoolEntry, before: HeldSnapshots<Stamped> | undefined, after: HeldSnapshots<Stamped>, snapshot: Snapshot, now: Date): Reply {
  if (after.latest !== snapshot) {
    const quarter = quarterLabel(snapshot.asOf);
    const place = placeBlock(school.previous, snapshot.indicators.length, register.previousEnd);
    writeBlock(tabs.previous, place.block, dataRows(snapshot, place.block.size), place.moved, true);
    tabs.schools.getRange(school.row, 1, 1, SCHOOL_WIDTH).setValues([withPrevious(school.cells, { quarter, block: place.block })]);
    return {
      ok: true,
      status: 'accepted',
      message:
        `Phòng/Sở đã nhận số liệu đến ngày ${snapshot.asOf} (${snapshot.indicators.length} chỉ tiêu) của ${snapshot.schoolName} và giữ làm số liệu ${quarter} ` +
        `(quý trước) ở tab «${PREVIOUS_TAB.name}»; số liệu mới nhất (gửi lúc ${school.sentAt}) giữ nguyên.`,
    };
  }
  let previous: PreviousChange;
  if (after.previous && after.previous === before?.latest && school.latest) {
    const rows = tabs.latest.getRange(school.latest.start, 1, school.latest.size, DATA_WIDTH).getValues();
    const used = rows.filter((r) => String(r[0] ?? '') !== '');
    const place = placeBlock(school.previous, used.length, register.previousEnd);
    writeBlock(tabs.previous, place.block, used, place.moved);
    previous = { quarter: school.quarter, block: place.block };
  } else if (!after.previous && school.previous) {
    writeBlock(tabs.previous, school.previous, [], undefined);
    previous = null;
  }
  const place = placeBlock(school.latest, snapshot.indicators.length, register.latestEnd);
  writeBlock(tabs.latest, place.block, dataRows(snapshot, place.block.size), place.moved, true);
  const row = registerRow(school.cells, snapshot, now, place.block, previous);
  tabs.schools.getRange(school.row, 1, 1, SCHOOL_WIDTH).setValues([row]);
  const renamed = school.name !== '' && school.name !== snapshot.schoolName ? ` Tên trường đổi từ ${quote(school.name)} thành ${quote(snapshot.schoolName)}.` : '';
  const kept = previous ? ` Số liệu ${previous.quarter} được giữ ở tab «${PREVIOUS_TAB.name}».` : '';
  return {
    ok: true,
    status: 'accepted',
    message: `Phòng/Sở đã nhận số liệu đến ngày ${snapshot.asOf} (${snapshot.indicators.length} chỉ tiêu) của ${snapshot.schoolName}.${renamed}${kept}`,
  };
}

/**
 * Writes `rows` into `block` (padded with blank rows to its size) in one setValues; `moved`: the
 * school's old block, blanked in one more. Rows are added to the sheet when the block is below it.
 */
function writeBlock(sheet: Sheet, block: Block, rows: unknown[][], moved: Block | undefined, padded = false): void {
  const values = padded ? rows : [...rows, ...Array.from({ length: block.size - rows.length }, () => blankRow(DATA_WIDTH))];
  const last = block.start + block.size - 1;
  const max = sheet.getMaxRows();
  if (last > max) sheet.insertRowsAfter(max, last - max);
  sheet.getRange(block.start, 1, block.size, DATA_WIDTH).setValues(values);
  if (moved) sheet.getRange(moved.start, 1, moved.size, DATA_WIDTH).setValues(Array.from({ length: moved.size }, () => blankRow(DATA_WIDTH)));
}

function logPush(tabs: Tabs, now: Date, who: Claimed, outcome: string, reason: string): void {
  try {
    tabs.log.appendRow([now, who.id, who.name, who.sentAt, outcome, reason]);
  } catch (error) {
    console.error(`Receiver: could not log a push: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Setting the receiver up (menu «Thiết lập nhận số liệu (Phòng/Sở)»)

/** A token issued by the set-up: shown once to the Sở, then only its hash is kept. */
export interface IssuedToken {
  readonly id: string;
  readonly name: string;
  readonly token: string;
}

export interface SetUpOutcome {
  readonly created: readonly string[];
  readonly issued: readonly IssuedToken[];
  /** Schools listed with a token already (not changed). */
  readonly kept: number;
}

/**
 * Creates the receiver's tabs that are missing (marked, headers, text columns as plain text so
 * ids like «0123» and ISO times stay as typed), then issues a token to every school of «Trường»
 * that has an id and no token hash yet: the hash is written, the token returned (shown once).
 * To re-issue a school's token: clear its hash cell and run the set-up again.
 */
export function setUpReceiver(ownedTab: (role: RollupTabRole, spec: TabSpec) => { sheet: Sheet; created: boolean }): SetUpOutcome {
  const created: string[] = [];
  const sheets = {} as Record<RollupTabRole, Sheet>;
  for (const role of RECEIVER_ROLES) {
    const spec = RECEIVER_TABS[role];
    const { sheet, created: made } = ownedTab(role, spec);
    sheets[role] = sheet;
    if (!made) continue;
    created.push(sheet.getName());
    spec.columns.forEach((c, i) => {
      const format = c.format ? NUMBER_FORMATS[c.format] : '';
      if (format !== '') sheet.getRange(2, i + 1, Math.max(1, sheet.getMaxRows() - 1), 1).setNumberFormat(format);
    });
  }
  const schools = sheets.rollupSchools;
  let values = schools.getDataRange().getValues();
  // A register made before the last columns were added: their headers (and formats) are added, nothing else moves.
  const missing = missingRegisterColumns(values);
  if (missing !== undefined) {
    const added = SCHOOLS_TAB.columns.slice(missing);
    ensureColumns(schools, SCHOOLS_TAB.columns.length);
    schools.getRange(1, missing + 1, 1, added.length).setValues([added.map((c) => c.header)]);
    schools.getRange(2, missing + 1, Math.max(1, schools.getMaxRows() - 1), added.length).setNumberFormat(NUMBER_FORMATS.plainText);
    values = schools.getDataRange().getValues();
  }
  const problem = registerHeaderProblem(values[0] ?? []);
  if (problem) throw new Error(`Tab «${SCHOOLS_TAB.name}» đã bị đổi cột: cột phải theo thứ tự ${SCHOOLS_TAB.columns.map((c) => `«${c.header}»`).join(', ')}. Hãy sửa lại tiêu đề (thêm cột riêng ở bên phải) rồi chạy lại.`);
  const register = readRegister(values);
  const issued: IssuedToken[] = [];
  let kept = 0;
  const hashes: unknown[][] = [];
  const tokenColumn = SCHOOLS_TAB.columns.findIndex((c) => c.key === 'tokenHash');
  for (let r = 1; r < values.length; r++) {
    const row = values[r]!;
    const hash = String(row[tokenColumn] ?? '').trim();
    const entry = register.schools.get(schoolKey(String(row[0] ?? '')));
    if (!entry || entry.row !== r + 1 || hash !== '') {
      if (entry && hash !== '') kept++;
      hashes.push([row[tokenColumn] ?? '']);
      continue;
    }
    const token = Utilities.getUuid();
    issued.push({ id: entry.id, name: entry.name, token });
    hashes.push([tokenHash(token)]);
  }
  if (issued.length > 0) schools.getRange(2, tokenColumn + 1, hashes.length, 1).setValues(hashes);
  return { created, issued, kept };
}

/** The dialog that shows newly issued tokens, once (copy them to the schools; only hashes stay). */
export function tokensDialogHtml(issued: readonly IssuedToken[], webAppUrl: string): string {
  const rows = issued.map((t) => `<tr><td>${escapeHtml(t.id)}</td><td>${escapeHtml(t.name)}</td><td><code>${escapeHtml(t.token)}</code></td></tr>`).join('');
  const url = webAppUrl !== '' ? `<p>Địa chỉ nhận số liệu gửi cho các trường: <code>${escapeHtml(webAppUrl)}</code></p>` : '';
  return (
    '<style>body{font-family:Arial,sans-serif;font-size:13px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 6px;text-align:left}code{user-select:all}</style>' +
    `<p><b>Mã bảo mật vừa cấp cho ${issued.length} trường.</b> Sao chép và gửi riêng cho từng trường (trường điền vào dòng «Mã bảo mật gửi số liệu» của Cấu hình). ` +
    'Bảng tính chỉ giữ mã băm SHA-256, <b>không</b> giữ mã: đóng hộp thoại này là không xem lại được. Mất mã thì xoá ô «Mã bảo mật (SHA-256)» của trường rồi chạy lại «Thiết lập nhận số liệu (Phòng/Sở)» để cấp mã mới.</p>' +
    url +
    `<table><tr><th>Mã trường</th><th>Tên trường</th><th>Mã bảo mật</th></tr>${rows}</table>`
  );
}

/** The web app's deployed address, '' when the script is not deployed as one (or it cannot be known here). */
function webAppUrl(): string {
  try {
    return ScriptApp.getService().getUrl() ?? '';
  } catch {
    return '';
  }
}

/** Menu «Thiết lập nhận số liệu (Phòng/Sở)». */
export function runReceiverSetUp(): void {
  const spreadsheet = activeSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const lock = documentLock();
  if (!lock.tryLock()) {
    ui.alert(SETUP_CAPTION, 'Bảng tính đang bận (đang nhận số liệu hoặc đang cập nhật); chờ một phút rồi chọn lại.', ui.ButtonSet.OK);
    return;
  }
  let outcome: SetUpOutcome;
  try {
    outcome = setUpReceiver((role, spec) => ownedTab(spreadsheet, { role, spec }));
    appendLog(
      spreadsheet,
      SETUP_CAPTION,
      `Tạo ${outcome.created.length} tab${outcome.created.length ? ` (${outcome.created.join(', ')})` : ''}; cấp mã bảo mật cho ${outcome.issued.length} trường${outcome.issued.length ? `: ${outcome.issued.map((t) => t.id).join(', ')}` : ''}; ${outcome.kept} trường giữ mã cũ.`,
    );
  } finally {
    lock.release();
  }
  if (outcome.issued.length > 0) {
    ui.showModalDialog(HtmlService.createHtmlOutput(tokensDialogHtml(outcome.issued, webAppUrl())).setWidth(760).setHeight(520), `${SETUP_CAPTION}: mã bảo mật`);
    return;
  }
  const created = outcome.created.length ? `Đã tạo các tab ${outcome.created.map((n) => `«${n}»`).join(', ')}. ` : 'Các tab nhận số liệu đã có. ';
  ui.alert(
    SETUP_CAPTION,
    `${created}Chưa có trường mới cần cấp mã bảo mật (${outcome.kept} trường đã có mã).\n\n` +
      `Tiếp theo: ghi «Mã trường» (và tên) của từng trường vào tab «${SCHOOLS_TAB.name}» rồi chọn lại mục này để cấp mã; ` +
      'triển khai tiện ích thành ứng dụng web (Triển khai → Tuỳ chọn triển khai mới → Ứng dụng web; Thực thi với tư cách: Tôi; Quyền truy cập: Bất kỳ ai) ' +
      'và gửi địa chỉ /exec cùng mã bảo mật cho từng trường.',
    ui.ButtonSet.OK,
  );
}

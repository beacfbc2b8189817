/**
 * A digest as an e-mail: subject, HTML body and plain-text body, in Vietnamese. Every value that
 * comes from a cell is HTML-escaped; each item links to its row in the sheet when the shell can
 * say where that is (spreadsheet URL + "#gid=<sheetId>&range=A<row>").
 */
import { type CalendarDate, daysBetween, formatDdMmYyyy } from '../date';
import type { OccurrenceEvaluation } from '../evaluation';
import { cleanText } from '../text';
import { occurrenceStatus, overdueText } from '../statusText';
import {
  type Digest,
  type DigestEntry,
  type EscalationEntry,
  type ProblemEntry,
  type ReportDeadlineEntry,
  type SelfAssessmentEntry,
  SUMMARY_LOOKAHEAD_DAYS,
  type SummaryEntry,
  summaryLists,
  type TaskEntry,
} from './digest';
import { DTI_TITLE, type OpenCriterion, type SelfAssessmentItem } from './selfAssessment';
import { occurrenceKey } from './sentLog';
import { ESCALATE_AFTER_DAYS } from './stages';

/** Items listed per section of the weekly summary; the rest are counted. */
export const SUMMARY_LIST_LIMIT = 25;
/** Largest body (HTML + text, UTF-8) sent; MailApp refuses bodies over 200 KB on consumer accounts. */
export const MAX_MAIL_BYTES = 180_000;

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly htmlBody: string;
  readonly textBody: string;
}

/** Where an item's row is, from its ref ("<tab>!A<row>"); undefined when unknown. */
export type LinkResolver = (ref: string | undefined) => string | undefined;

export const noLinks: LinkResolver = () => undefined;

export interface RenderContext {
  readonly schoolName: string;
  readonly asOf: CalendarDate;
  readonly link: LinkResolver;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** "Tiến độ!A12" → { tab: "Tiến độ", row: 12 } */
export function parseRef(ref: string | undefined): { tab: string; row: number } | undefined {
  const m = ref === undefined ? null : /^(.+)!\$?A\$?(\d+)$/.exec(ref.trim());
  if (!m) return undefined;
  const tab = m[1]!.replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  return { tab, row: Number(m[2]) };
}

/** Links into a Google Sheet: needs the spreadsheet's URL and each tab's sheet id (gid). */
export function sheetLinkResolver(spreadsheetUrl: string, sheetIds: ReadonlyMap<string, number>): LinkResolver {
  const base = spreadsheetUrl.replace(/#.*$/, '');
  return (ref) => {
    const at = parseRef(ref);
    if (!at) return undefined;
    const gid = sheetIds.get(at.tab);
    return gid === undefined ? undefined : `${base}#gid=${gid}&range=A${at.row}`;
  };
}

/** Only http(s) URLs become links (a cell could hold "javascript:…"). */
function safeUrl(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\//i.test(url) ? url : undefined;
}

function text(value: unknown): string {
  return cleanText(String(value ?? ''));
}

function statusText(o: OccurrenceEvaluation): string {
  return occurrenceStatus(o);
}

function timingText(o: OccurrenceEvaluation, asOf: CalendarDate): string {
  return o.due ? dueText(o.due, o.overdueDays, asOf) : 'không có hạn';
}

function dueText(date: CalendarDate, overdueDays: number, asOf: CalendarDate): string {
  const due = `hạn ${formatDdMmYyyy(date)}`;
  if (overdueDays > 0) return `${due}, ${overdueText(overdueDays)}`;
  const left = daysBetween(asOf, date);
  return left === 0 ? `${due} (hôm nay)` : left === 1 ? `${due} (ngày mai)` : `${due}, còn ${left} ngày`;
}

interface Sections {
  readonly overdue: TaskEntry[];
  readonly today: TaskEntry[];
  readonly soon: TaskEntry[];
  readonly escalations: EscalationEntry[];
  readonly selfAssessment: SelfAssessmentEntry[];
  readonly problems: ProblemEntry[];
  readonly reports: ReportDeadlineEntry[];
  readonly summary: SummaryEntry | undefined;
}

function sections(entries: readonly DigestEntry[]): Sections {
  const s: Sections = { overdue: [], today: [], soon: [], escalations: [], selfAssessment: [], problems: [], reports: [], summary: undefined };
  let summary: SummaryEntry | undefined;
  for (const e of entries) {
    if (e.kind === 'task') (e.stage.kind === 'overdue' ? s.overdue : e.stage.kind === 'dueToday' ? s.today : s.soon).push(e);
    else if (e.kind === 'escalation') s.escalations.push(e);
    else if (e.kind === 'selfAssessment') s.selfAssessment.push(e);
    else if (e.kind === 'problem') s.problems.push(e);
    else if (e.kind === 'report') s.reports.push(e);
    else summary = e;
  }
  return { ...s, summary };
}

function distinctOccurrences(entries: readonly (TaskEntry | EscalationEntry)[]): number {
  return new Set(entries.map((e) => occurrenceKey(e.taskId, e.label))).size;
}

/** «quá hạn», «đến hạn hôm nay», «sắp đến hạn»: where the self-assessment stands, for the subject. */
function selfAssessmentState(e: SelfAssessmentEntry): string {
  return e.escalation || e.stage.kind === 'overdue' ? 'quá hạn' : e.stage.kind === 'dueToday' ? 'đến hạn hôm nay' : 'sắp đến hạn';
}

/** The self-assessment's entries folded into `e` (the head's escalation beside its own criteria). */
function selfAssessmentParts(e: SelfAssessmentEntry): SelfAssessmentEntry[] {
  return [e, ...(e.covers ?? []).filter((c): c is SelfAssessmentEntry => c.kind === 'selfAssessment')];
}

/** The criteria an entry (and those folded into it) tells of, each once, in the tab's order. */
function selfAssessmentCriteria(e: SelfAssessmentEntry): OpenCriterion[] {
  const listed = new Set(selfAssessmentParts(e).flatMap((p) => p.criteria));
  return e.item.open.filter((c) => listed.has(c));
}

function criterionText(c: OpenCriterion): string {
  return `${c.code} ${c.name}${c.owner ? ` (phụ trách: ${c.owner})` : ''}`.trim();
}

/** The lines under the self-assessment's heading: its state, why the head gets it, and that it is escalated. */
function selfAssessmentLines(e: SelfAssessmentEntry, asOf: CalendarDate): string[] {
  const item = e.item;
  const lines = [`${dueText(item.due, e.overdueDays, asOf)} · đã chấm ${item.done}/${item.total} tiêu chí`];
  if (e.fallbackReason) lines.push(`Gửi trưởng ban vì: ${e.fallbackReason}`);
  const escalation = selfAssessmentParts(e).find((p) => p.escalation);
  if (escalation) lines.push(`Quá hạn trên ${ESCALATE_AFTER_DAYS} ngày. Người phụ trách: ${(escalation.responsible ?? []).join(', ')}`);
  return lines;
}

/** The digest has the self-assessment as an item (its summary then leaves it out). */
function listsSelfAssessment(digest: Digest): boolean {
  return digest.entries.some((e) => e.kind === 'selfAssessment');
}

/** The weekly summary's line: «năm 2026, hạn 31/05/2026, còn 5 ngày · đã chấm 30/43 tiêu chí». */
function summarySelfAssessment(item: SelfAssessmentItem, asOf: CalendarDate): string {
  return `${item.label.toLowerCase()}, ${dueText(item.due, Math.max(0, daysBetween(item.due, asOf)), asOf)} · đã chấm ${item.done}/${item.total} tiêu chí`;
}

/** Where a link to the tab goes: the first listed criterion's row. */
function selfAssessmentRef(criteria: readonly OpenCriterion[]): string | undefined {
  return criteria.find((c) => c.ref)?.ref;
}

const SELF_ASSESSMENT_HOW =
  'Khi chấm xong, ghi điểm vào cột «Điểm tự đánh giá» trong tab «Tự đánh giá CĐS» (điều kiện bắt buộc: ghi «Đạt» hoặc «Chưa đạt»).';

function selfAssessmentHtml(e: SelfAssessmentEntry, ctx: RenderContext): string {
  const criteria = selfAssessmentCriteria(e);
  const ref = selfAssessmentRef(criteria);
  const url = safeUrl(ctx.link(ref));
  return [
    `<li style="${STYLE.li}"><b>${escapeHtml(DTI_TITLE)} · ${escapeHtml(e.item.label)}</b>`,
    ...selfAssessmentLines(e, ctx.asOf).map((x, i) => (i === 0 ? `<br><span>${escapeHtml(x)}</span>` : `<br><i>${escapeHtml(x)}</i>`)),
    `<br><span>Tiêu chí chưa chấm (${criteria.length}):</span><ul>${limited(criteria, (c) => `<li>${escapeHtml(criterionText(c))}</li>`, moreHtml)}</ul>`,
    url ? `<a href="${escapeHtml(url)}">Mở tab «Tự đánh giá CĐS»</a>` : '',
    '</li>',
  ].join('');
}

function selfAssessmentTextLines(e: SelfAssessmentEntry, ctx: RenderContext): string[] {
  const criteria = selfAssessmentCriteria(e);
  const url = safeUrl(ctx.link(selfAssessmentRef(criteria)));
  return [
    `- ${DTI_TITLE} · ${e.item.label}`,
    ...selfAssessmentLines(e, ctx.asOf).map((x) => `  ${x}`),
    `  Tiêu chí chưa chấm (${criteria.length}):`,
    ...limitedText(criteria, (c) => [`  ${criterionText(c)}`]).map((x) => `  ${x.trimStart()}`),
    ...(url ? [`  ${url}`] : []),
  ];
}

export function digestSubject(digest: Digest, schoolName: string): string {
  const s = sections(digest.entries);
  const overdue = distinctOccurrences([...s.overdue, ...s.escalations]);
  const parts: string[] = [];
  if (overdue) parts.push(`${overdue} việc quá hạn`);
  if (s.today.length) parts.push(`${s.today.length} việc đến hạn hôm nay`);
  if (s.soon.length) parts.push(`${s.soon.length} việc sắp đến hạn`);
  const selfAssessment = s.selfAssessment[0];
  if (selfAssessment) parts.push(`tự đánh giá CĐS ${selfAssessmentState(selfAssessment)}`);
  if (s.reports.length) parts.push(`${s.reports.length} báo cáo sắp đến hạn nộp`);
  if (parts.length === 0 && s.summary) parts.push(`Tổng hợp tuần từ ${formatDdMmYyyy(s.summary.summary.weekOf)}`);
  if (parts.length === 0 && s.problems.length) parts.push(`${s.problems.length} vấn đề dữ liệu cần kiểm tra`);
  const school = text(schoolName);
  return `[CĐS] ${parts.join(', ')}${school ? ` — ${school}` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// HTML

const STYLE = {
  body: 'font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.45;color:#222',
  h: 'font-size:15px;margin:18px 0 6px',
  late: 'color:#b00020',
  li: 'margin:0 0 8px',
  muted: 'color:#666;font-size:12px',
};

function occurrenceHtml(o: OccurrenceEvaluation, ctx: RenderContext, extra: string): string {
  const url = safeUrl(ctx.link(o.ref));
  const product = text(o.task.product);
  const note = text(o.note);
  return [
    `<li style="${STYLE.li}"><b>NV ${escapeHtml(o.task.id)} · ${escapeHtml(o.label)}</b>: ${escapeHtml(text(o.task.name))}<br>`,
    `<span>${escapeHtml(timingText(o, ctx.asOf))} · trạng thái: ${escapeHtml(statusText(o))}</span>`,
    product ? `<br><span>Sản phẩm: ${escapeHtml(product)}</span>` : '',
    `<br><span>Chủ trì: ${escapeHtml(text(o.task.lead) || '(chưa ghi)')}</span>`,
    note ? `<br><span>Ghi chú: ${escapeHtml(note)}</span>` : '',
    extra,
    url ? `<br><a href="${escapeHtml(url)}">Mở dòng trong bảng theo dõi</a>` : o.ref ? `<br><span>Dòng cần cập nhật: ${escapeHtml(o.ref)}</span>` : '',
    '</li>',
  ].join('');
}

function listHtml<T>(title: string, items: readonly T[], item: (x: T) => string, style = ''): string {
  if (items.length === 0) return '';
  return `<h3 style="${STYLE.h}${style ? `;${style}` : ''}">${escapeHtml(title)} (${items.length})</h3><ul>${items.map(item).join('')}</ul>`;
}

function limited<T>(items: readonly T[], item: (x: T) => string, more: (n: number) => string): string {
  const shown = items.slice(0, SUMMARY_LIST_LIMIT).map(item).join('');
  return items.length > SUMMARY_LIST_LIMIT ? shown + more(items.length - SUMMARY_LIST_LIMIT) : shown;
}

function moreText(n: number): string {
  return `… và ${n} mục khác (xem trong bảng theo dõi).`;
}

function moreHtml(n: number): string {
  return `<li><i>${escapeHtml(moreText(n))}</i></li>`;
}

function listedAboveText(n: number): string {
  return `${n} việc đã nêu ở phần trên của thư.`;
}

/** Items the summary lists, then a line for those an item above already carries. */
function summaryListHtml(items: readonly OccurrenceEvaluation[], listedAbove: number, ctx: RenderContext): string {
  const shown = limited(items, (o) => occurrenceHtml(o, ctx, ''), moreHtml);
  return `<ul>${shown}${listedAbove ? `<li><i>${escapeHtml(listedAboveText(listedAbove))}</i></li>` : ''}</ul>`;
}

function summaryHtml(digest: Digest, entry: SummaryEntry, ctx: RenderContext): string {
  const s = entry.summary;
  const lists = summaryLists(digest, s);
  return [
    `<h3 style="${STYLE.h}">Tổng hợp tuần từ ${escapeHtml(formatDdMmYyyy(s.weekOf))}</h3>`,
    `<p>Kỳ có hạn trong năm: ${s.dueInYear} · đã hoàn thành: ${s.done} · quá hạn: ${s.overdue.length} · ` +
      `đến hạn trong ${SUMMARY_LOOKAHEAD_DAYS} ngày tới: ${s.upcoming.length} · vấn đề dữ liệu: ${s.problems.length}</p>`,
    s.overdue.length ? `<p><b style="${STYLE.late}">Quá hạn</b></p>${summaryListHtml(lists.overdue, lists.listedAbove.overdue, ctx)}` : '',
    s.upcoming.length ? `<p><b>Sắp đến hạn</b></p>${summaryListHtml(lists.upcoming, lists.listedAbove.upcoming, ctx)}` : '',
    s.selfAssessment && !listsSelfAssessment(digest) ? `<p><b>Tự đánh giá CĐS</b>: ${escapeHtml(summarySelfAssessment(s.selfAssessment, ctx.asOf))}</p>` : '',
    s.problems.length ? `<p><b>Dữ liệu cần kiểm tra</b></p><ul>${limited(s.problems, (p) => `<li>${escapeHtml(p)}</li>`, moreHtml)}</ul>` : '',
  ].join('');
}

/** The escalation folded into a task item (the head gets the occurrence once), if any. */
function foldedEscalation(e: TaskEntry): EscalationEntry | undefined {
  return e.covers?.find((c): c is EscalationEntry => c.kind === 'escalation');
}

/** Lines under a task item: why the head gets it, and that it is escalated. */
function taskExtras(e: TaskEntry): string[] {
  const extras: string[] = [];
  if (e.fallbackReason) extras.push(`Gửi trưởng ban vì: ${e.fallbackReason}`);
  const escalation = foldedEscalation(e);
  if (escalation) extras.push(`Quá hạn trên ${ESCALATE_AFTER_DAYS} ngày. Người phụ trách: ${escalation.responsible.join(', ')}`);
  return extras;
}

export function digestHtml(digest: Digest, ctx: RenderContext): string {
  const s = sections(digest.entries);
  const extras = (e: TaskEntry): string => taskExtras(e).map((x) => `<br><i>${escapeHtml(x)}</i>`).join('');
  const task = (e: TaskEntry): string => occurrenceHtml(e.occurrence, ctx, extras(e));
  const escalation = (e: EscalationEntry): string =>
    occurrenceHtml(e.occurrence, ctx, `<br>Người phụ trách: ${escapeHtml(e.responsible.join(', '))}`);
  return [
    `<div style="${STYLE.body}">`,
    `<p>Kính gửi ${escapeHtml(text(digest.name) || digest.to)},</p>`,
    `<p>Theo dõi Kế hoạch chuyển đổi số — ${escapeHtml(text(ctx.schoolName))}, ngày ${escapeHtml(formatDdMmYyyy(ctx.asOf))}:</p>`,
    listHtml('Quá hạn', s.overdue, task, STYLE.late),
    listHtml('Đến hạn hôm nay', s.today, task),
    listHtml('Sắp đến hạn', s.soon, task),
    listHtml('Tự đánh giá mức độ chuyển đổi số', s.selfAssessment, (e) => selfAssessmentHtml(e, ctx), s.selfAssessment.some((e) => e.overdueDays > 0) ? STYLE.late : ''),
    listHtml(`Báo trưởng ban: quá hạn trên ${ESCALATE_AFTER_DAYS} ngày`, s.escalations, escalation, STYLE.late),
    listHtml('Hạn nộp báo cáo', s.reports, (e) => `<li style="${STYLE.li}">${escapeHtml(e.message)}</li>`),
    listHtml('Dữ liệu cần kiểm tra', s.problems, (e) => `<li style="${STYLE.li}">${escapeHtml(e.message)}</li>`),
    s.summary ? summaryHtml(digest, s.summary, ctx) : '',
    `<p style="${STYLE.muted}">Thư gửi tự động từ tiện ích «Chuyển đổi số». Khi xong việc, ghi «Hoàn thành» ở cột Trạng thái ` +
      `trong trang «Tiến độ» để không nhận nhắc lại.${s.selfAssessment.length ? ` ${escapeHtml(SELF_ASSESSMENT_HOW)}` : ''}</p>`,
    '</div>',
  ].join('');
}

// ---------------------------------------------------------------------------------------------
// Plain text

function occurrenceText(o: OccurrenceEvaluation, ctx: RenderContext, extra: string[]): string[] {
  const url = safeUrl(ctx.link(o.ref));
  const product = text(o.task.product);
  const note = text(o.note);
  return [
    `- NV ${o.task.id} · ${o.label}: ${text(o.task.name)}`,
    `  ${timingText(o, ctx.asOf)} · trạng thái: ${statusText(o)}`,
    ...(product ? [`  Sản phẩm: ${product}`] : []),
    `  Chủ trì: ${text(o.task.lead) || '(chưa ghi)'}`,
    ...(note ? [`  Ghi chú: ${note}`] : []),
    ...extra.map((x) => `  ${x}`),
    ...(url ? [`  ${url}`] : o.ref ? [`  Dòng cần cập nhật: ${o.ref}`] : []),
  ];
}

function listText<T>(title: string, items: readonly T[], item: (x: T) => string[]): string[] {
  return items.length === 0 ? [] : ['', `${title.toUpperCase()} (${items.length})`, ...items.flatMap(item)];
}

function limitedText<T>(items: readonly T[], item: (x: T) => string[]): string[] {
  const shown = items.slice(0, SUMMARY_LIST_LIMIT).flatMap(item);
  return items.length > SUMMARY_LIST_LIMIT ? [...shown, `- ${moreText(items.length - SUMMARY_LIST_LIMIT)}`] : shown;
}

export function digestText(digest: Digest, ctx: RenderContext): string {
  const s = sections(digest.entries);
  const task = (e: TaskEntry): string[] => occurrenceText(e.occurrence, ctx, taskExtras(e));
  const lines = [
    `Kính gửi ${text(digest.name) || digest.to},`,
    '',
    `Theo dõi Kế hoạch chuyển đổi số — ${text(ctx.schoolName)}, ngày ${formatDdMmYyyy(ctx.asOf)}:`,
    ...listText('Quá hạn', s.overdue, task),
    ...listText('Đến hạn hôm nay', s.today, task),
    ...listText('Sắp đến hạn', s.soon, task),
    ...listText('Tự đánh giá mức độ chuyển đổi số', s.selfAssessment, (e) => selfAssessmentTextLines(e, ctx)),
    ...listText(`Báo trưởng ban: quá hạn trên ${ESCALATE_AFTER_DAYS} ngày`, s.escalations, (e) =>
      occurrenceText(e.occurrence, ctx, [`Người phụ trách: ${e.responsible.join(', ')}`]),
    ),
    ...listText('Hạn nộp báo cáo', s.reports, (e) => [`- ${e.message}`]),
    ...listText('Dữ liệu cần kiểm tra', s.problems, (e) => [`- ${e.message}`]),
  ];
  if (s.summary) {
    const w = s.summary.summary;
    const lists = summaryLists(digest, w);
    const line = (o: OccurrenceEvaluation): string[] => occurrenceText(o, ctx, []);
    const list = (items: readonly OccurrenceEvaluation[], listedAbove: number): string[] => [
      ...limitedText(items, line),
      ...(listedAbove ? [`- ${listedAboveText(listedAbove)}`] : []),
    ];
    lines.push(
      '',
      `TỔNG HỢP TUẦN TỪ ${formatDdMmYyyy(w.weekOf)}`,
      `Kỳ có hạn trong năm: ${w.dueInYear} · đã hoàn thành: ${w.done} · quá hạn: ${w.overdue.length} · ` +
        `đến hạn trong ${SUMMARY_LOOKAHEAD_DAYS} ngày tới: ${w.upcoming.length} · vấn đề dữ liệu: ${w.problems.length}`,
      ...(w.overdue.length ? ['Quá hạn:', ...list(lists.overdue, lists.listedAbove.overdue)] : []),
      ...(w.upcoming.length ? ['Sắp đến hạn:', ...list(lists.upcoming, lists.listedAbove.upcoming)] : []),
      ...(w.selfAssessment && !listsSelfAssessment(digest) ? [`Tự đánh giá CĐS: ${summarySelfAssessment(w.selfAssessment, ctx.asOf)}`] : []),
      ...(w.problems.length ? ['Dữ liệu cần kiểm tra:', ...limitedText(w.problems, (p) => [`- ${p}`])] : []),
    );
  }
  lines.push('', '—', 'Thư gửi tự động từ tiện ích «Chuyển đổi số». Khi xong việc, ghi «Hoàn thành» ở cột Trạng thái trong trang «Tiến độ» để không nhận nhắc lại.');
  if (s.selfAssessment.length) lines.push(SELF_ASSESSMENT_HOW);
  return lines.join('\n');
}

export function renderDigest(digest: Digest, ctx: RenderContext): OutgoingMail {
  return { to: digest.to, subject: digestSubject(digest, ctx.schoolName), htmlBody: digestHtml(digest, ctx), textBody: digestText(digest, ctx) };
}

/** UTF-8 size of a string (no TextEncoder in Apps Script). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * The digest rendered within MAX_MAIL_BYTES: when too large (very long task names), the least
 * urgent items are left for the next run until it fits. The digest returned is what the mail
 * holds — record exactly its entries as sent.
 */
export function renderWithin(digest: Digest, ctx: RenderContext, maxBytes: number = MAX_MAIL_BYTES): { digest: Digest; mail: OutgoingMail } {
  let current = digest;
  for (;;) {
    const mail = renderDigest(current, ctx);
    if (utf8Length(mail.htmlBody) + utf8Length(mail.textBody) <= maxBytes) return { digest: current, mail };
    const items = current.entries.filter((e) => e.kind !== 'summary');
    const summary = current.entries.filter((e) => e.kind === 'summary');
    if (items.length <= 1) return { digest: current, mail };
    current = { ...current, entries: [...items.slice(0, Math.ceil(items.length / 2)), ...summary] };
  }
}

/**
 * `cds-tracker remind <tệp.xlsx> [--ngay YYYY-MM-DD] [--dry-run] [--smtp smtp://host:port] [--log <sent.json>] [--from <e-mail>]`
 *
 * The reminders offline: the same planning and rendering as the add-in (src/core/reminders), sent
 * by SMTP with nodemailer, made idempotent by a JSON sent-log (default: next to the .xlsx). Keys
 * already in the workbook's own «Nhật ký nhắc việc» tab (an export of a sheet that sent online) count
 * as sent too. A lock file next to the log keeps two runs from sending at once; the log is read
 * only once the lock is held, so a run that has just finished is never sent again.
 */
import fs from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { calendarDateOf, type CalendarDate, formatDdMmYyyy, parseIsoDate } from '../core/date';
import type { Plan } from '../core/plan';
import type { Digest } from '../core/reminders/digest';
import { noLinks, type OutgoingMail } from '../core/reminders/render';
import {
  MAX_CONSECUTIVE_FAILURES,
  outcomeMessage,
  type Preview,
  previewReminders,
  type RunOutcome,
  type SentMail,
  sentRecords,
  traceRecord,
  undeliverableRecords,
} from '../core/reminders/run';
import { handledKeys, type LogRecord, logTable, SENT_LOG_TAB } from '../core/reminders/sentLog';
import { reminderProblems } from '../sheet/dataCheck';
import { type Problem, readPlan, type TabValues } from '../sheet/workbook';
import type { Command } from './commands';
import { type CommandDeclaration, commandArgsOrExit, optionFlag, optionText, USAGE_EXIT } from './commandArgs';
import { smtpOptions } from './smtpUrl';
import { readTabsOrSay, readXlsxTabs } from './xlsx';

export interface SmtpTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string; html: string }): Promise<unknown>;
}

export interface RemindDeps {
  readonly readTabs: (file: string) => Promise<TabValues>;
  readonly readPlan: (tabs: TabValues, year: number) => { plan: Plan; problems: readonly Problem[] };
  readonly transport: (smtpUrl: string) => SmtpTransport;
  readonly now: () => Date;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export const DEFAULT_REMIND_DEPS: RemindDeps = {
  readTabs: readXlsxTabs,
  readPlan: (tabs, year) => readPlan(tabs, { fallbackYear: year }),
  transport: (url) => nodemailer.createTransport(smtpOptions(url)),
  now: () => new Date(),
  out: (text) => console.log(text),
  err: (text) => console.error(text),
};

export { smtpOptions } from './smtpUrl';

interface LogFile {
  readonly records: (Omit<LogRecord, 'time'> & { time: string })[];
}

/** The records of the JSON sent-log ([] when there is none yet); throws a Vietnamese message naming the file when it is not one. */
export function readLogFile(file: string): LogRecord[] {
  if (!fs.existsSync(file)) return [];
  let data: Partial<LogFile> | null;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LogFile> | null;
  } catch (error) {
    throw new Error(
      `Tệp nhật ký «${file}» không đọc được như tệp JSON (chi tiết: ${errorText(error)}). ` +
        'Hãy khôi phục tệp này; đừng xoá: không có nhật ký, những thư đã gửi sẽ được gửi lại.',
    );
  }
  if (!Array.isArray(data?.records)) throw new Error(`Tệp nhật ký «${file}» không đúng định dạng (thiếu "records").`);
  return data.records.map((r) => ({ ...r, time: new Date(r.time) }));
}

/** Rewrites the log with the new records appended (write to a temporary file, then rename). */
export function appendLogFile(file: string, records: readonly LogRecord[]): void {
  const all = [...readLogFile(file), ...records];
  const data: LogFile = { records: all.map((r) => ({ ...r, time: r.time.toISOString() })) };
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, `${JSON.stringify(data, null, 2)}\n`);
  fs.renameSync(tmp, file);
}

/** Keys handled by the workbook's own log tab (sent online) or by the JSON log (sent offline): the same rule reads both. */
function handledFrom(records: readonly LogRecord[], tabs: TabValues): Set<string> {
  const keys = handledKeys(tabs.get(SENT_LOG_TAB) ?? []);
  for (const key of handledKeys(logTable(records))) keys.add(key);
  return keys;
}

function printMails(mails: readonly OutgoingMail[], out: (t: string) => void): void {
  mails.forEach((m, i) => {
    out(`──── Thư ${i + 1}/${mails.length} ─ Gửi: ${m.to}`);
    out(`Tiêu đề: ${m.subject}\n`);
    out(`${m.textBody}\n`);
  });
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

type SendResult = Pick<Extract<RunOutcome, { status: 'done' }>, 'sent' | 'failed' | 'deferred'>;

/**
 * Sends the digests in order, recording each outcome in `records` as it happens. The same rules
 * as the add-in's run (src/core/reminders/run.ts), which cannot be reused as is because it sends
 * synchronously and SMTP does not.
 */
async function sendAll(
  digests: readonly Digest[],
  mails: readonly OutgoingMail[],
  transport: SmtpTransport,
  from: string,
  now: () => Date,
  records: LogRecord[],
): Promise<SendResult> {
  const sent: SentMail[] = [];
  const failed: { to: string; error: string }[] = [];
  const deferred: { to: string; reason: 'failures' }[] = [];
  let failuresInARow = 0;
  for (const [i, digest] of digests.entries()) {
    const mail = mails[i]!;
    const time = now();
    if (failuresInARow >= MAX_CONSECUTIVE_FAILURES) {
      deferred.push({ to: digest.to, reason: 'failures' });
      records.push(traceRecord(digest, time, 'failed', 'máy chủ thư lỗi liên tiếp; gửi lại ở lần chạy sau'));
      continue;
    }
    try {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.textBody, html: mail.htmlBody });
    } catch (error) {
      failuresInARow++;
      const message = errorText(error);
      failed.push({ to: digest.to, error: message });
      records.push(traceRecord(digest, time, 'failed', message));
      continue;
    }
    records.push(...sentRecords(digest, time));
    failuresInARow = 0;
    sent.push({ to: digest.to, subject: mail.subject, items: digest.entries.length });
  }
  return { sent, failed, deferred };
}

export const REMIND_DECLARATION: CommandDeclaration = {
  name: 'remind',
  summary: 'Gửi thư nhắc việc (mỗi người một thư tổng hợp; không gửi trùng nhờ nhật ký)',
  positionals: ['<tệp.xlsx>'],
  options: [
    { name: 'ngay', type: 'string', value: 'YYYY-MM-DD', help: 'Ngày nhắc (mặc định: hôm nay)' },
    { name: 'dry-run', type: 'boolean', help: 'Chạy thử: in các thư ra màn hình, không gửi' },
    { name: 'smtp', type: 'string', value: 'smtp://máy-chủ:cổng', help: 'Máy chủ thư để gửi thật (không có: chỉ chạy thử)' },
    { name: 'log', type: 'string', value: '<nhật-ký.json>', help: 'Nhật ký gửi (mặc định: cạnh tệp .xlsx, đuôi .nhac-viec.json)' },
    { name: 'from', type: 'string', value: '<e-mail gửi>', help: 'Địa chỉ người gửi (mặc định: nhac-viec@localhost)' },
  ],
};

/** The lock file's descriptor, or 'held' when another run has it. */
function takeLock(lockFile: string): number | 'held' {
  fs.mkdirSync(path.dirname(path.resolve(lockFile)), { recursive: true });
  try {
    return fs.openSync(lockFile, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'held';
    throw error;
  }
}

export async function runRemind(argv: readonly string[], deps: RemindDeps = DEFAULT_REMIND_DEPS): Promise<number> {
  const args = commandArgsOrExit(REMIND_DECLARATION, argv, deps.out, deps.err);
  if (typeof args === 'number') return args;
  const [file] = args.positionals as [string];
  const dayText = optionText(args, 'ngay');
  let asOf: CalendarDate;
  if (dayText === undefined) asOf = calendarDateOf(deps.now());
  else {
    const parsed = parseIsoDate(dayText);
    if (!parsed) {
      deps.err(`Ngày không hợp lệ: «${dayText}» (viết theo dạng YYYY-MM-DD, ví dụ 2026-06-11).`);
      return USAGE_EXIT;
    }
    asOf = parsed;
  }
  const smtp = optionText(args, 'smtp');
  const dryRunAsked = optionFlag(args, 'dry-run');
  const dryRun = dryRunAsked || smtp === undefined;
  if (smtp !== undefined) {
    try {
      smtpOptions(smtp);
    } catch (error) {
      deps.err(errorText(error));
      return USAGE_EXIT;
    }
  }
  const logFile = optionText(args, 'log') ?? `${file.replace(/\.xlsx$/i, '')}.nhac-viec.json`;
  const from = optionText(args, 'from') ?? 'nhac-viec@localhost';

  const tabs = await readTabsOrSay(file, deps.readTabs, deps.err);
  if (!tabs) return 1;
  const { plan, problems } = deps.readPlan(tabs, asOf.year);
  const readProblems = reminderProblems(problems);
  /** What to send now, from the sent-log as it is at this moment (read under the lock when sending); undefined after saying why the log cannot be read. */
  const previewNow = (): Preview | undefined => {
    let logged: LogRecord[];
    try {
      logged = readLogFile(logFile);
    } catch (error) {
      deps.err(errorText(error));
      return undefined;
    }
    return previewReminders({ plan, handled: handledFrom(logged, tabs), readProblems, link: noLinks }, asOf);
  };

  if (dryRun) {
    const preview = previewNow();
    if (!preview) return 1;
    deps.out(`Nhắc việc ngày ${formatDdMmYyyy(asOf)} — ${plan.settings.schoolName}: ${preview.mails.length} thư (chạy thử, không gửi).\n`);
    printMails(preview.mails, deps.out);
    if (preview.plan.undeliverable.length) deps.out(`${preview.plan.undeliverable.length} mục không có người nhận: ${preview.plan.undeliverable[0]!.reason}.`);
    if (smtp === undefined && !dryRunAsked) deps.out('Để gửi thật, thêm --smtp smtp://máy-chủ:cổng.');
    return 0;
  }

  const lockFile = `${logFile}.lock`;
  let lock: number | 'held';
  try {
    lock = takeLock(lockFile);
  } catch (error) {
    deps.err(`Không tạo được tệp khóa «${lockFile}» cạnh nhật ký gửi: ${errorText(error)}`);
    return 1;
  }
  if (lock === 'held') {
    deps.err(
      `Đang có một lượt gửi nhắc việc khác chạy (tệp khóa «${lockFile}»); lượt này dừng lại, không gửi gì. ` +
        'Nếu chắc chắn không còn lượt nào đang chạy (lần trước bị ngắt giữa chừng), hãy xoá tệp khóa đó rồi chạy lại.',
    );
    return 3;
  }
  try {
    // The log is read only now, with the lock held: a run that finished a moment ago is counted.
    const preview = previewNow();
    if (!preview) return 1;
    const records: LogRecord[] = [...undeliverableRecords(preview.plan, deps.now())];
    let result: SendResult = { sent: [], failed: [], deferred: [] };
    try {
      result = await sendAll(preview.plan.digests, preview.mails, deps.transport(smtp!), from, deps.now, records);
    } finally {
      if (records.length) appendLogFile(logFile, records);
    }
    const outcome: RunOutcome = {
      status: 'done',
      quota: Infinity,
      ...result,
      undeliverable: preview.plan.undeliverable.length,
      problems: preview.plan.problems,
      records,
    };
    deps.out(outcomeMessage(outcome));
    deps.out(`Nhật ký gửi: ${logFile}`);
    return result.failed.length ? 2 : 0;
  } finally {
    fs.closeSync(lock);
    fs.rmSync(lockFile, { force: true });
  }
}

export const remindCommand: Command = {
  declaration: REMIND_DECLARATION,
  run: (args) => runRemind(args),
};

/**
 * `cds-tracker remind <tệp.xlsx> [--ngay YYYY-MM-DD|DD/MM/YYYY] [--dry-run] [--smtp smtp://host:port] [--log <sent.json>] [--from <e-mail>]`
 *
 * The reminders offline: the same planning, rendering and send loop as the add-in
 * (src/core/reminders: reminderSteps, carried out here asynchronously), sent by SMTP with
 * nodemailer, made idempotent by a JSON-lines sent-log (default: next to the .xlsx) written as the
 * run goes: each mail's intent before it is sent, its outcome right after, each forced to disk.
 * Keys already in the workbook's own «Nhật ký nhắc việc» tab (an export of a sheet that sent
 * online) count as sent too. A lock file next to the log, naming this process, keeps two runs from
 * sending at once (a lock left by a process that is gone is taken over); the log is read only once
 * the lock is held. Ctrl-C or SIGTERM: the mail on its way is finished and recorded, the rest
 * waits, the lock is released, the exit code is not 0.
 */
import nodemailer from 'nodemailer';
import { calendarDateOf, formatDdMmYyyy } from '../core/date';
import { noLinks, type OutgoingMail } from '../core/reminders/render';
import { driveAsync, failure, type LoadedState, OK, outcomeMessage, type Preview, previewReminders, reminderSteps, type RunStep, type StepResult } from '../core/reminders/run';
import { handledKeys, type LogRecord } from '../core/reminders/sentLog';
import { reminderProblems } from '../sheet/dataCheck';
import { type PlanRead, readPlan, type TabValues } from '../sheet/workbook';
import type { Command } from './commands';
import { DAY_OPTION_VALUE, dayOptionOrExit } from './dayOption';
import { type CommandDeclaration, commandArgsOrExit, optionFlag, optionText, USAGE_EXIT } from './commandArgs';
import { type LockInfo, type LockResult, takeLock } from './lockFile';
import { openLogFile, readLogFile } from './sentLogFile';
import { fileErrorReason, fileErrorSentence, isFileSystemError } from './fileErrorText';
import { smtpErrorText } from './smtpErrorText';
import { type SmtpOptions, smtpOptions } from './smtpUrl';
import { isSentLogTabName } from './tabsRead';
import { readTabsOrSay, readXlsxTabs } from './xlsx';

export { readLogFile } from './sentLogFile';

export interface SmtpTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string; html: string }): Promise<unknown>;
}

export type StopSignal = 'SIGINT' | 'SIGTERM';

export interface RemindDeps {
  readonly readTabs: (file: string) => Promise<TabValues>;
  readonly readPlan: (tabs: TabValues, year: number) => PlanRead;
  readonly transport: (smtpUrl: string) => SmtpTransport;
  readonly now: () => Date;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Calls `handler` on Ctrl-C / SIGTERM while sending; returns the unsubscribe. */
  readonly onStop: (handler: (signal: StopSignal) => void) => () => void;
}

function processSignals(handler: (signal: StopSignal) => void): () => void {
  const signals: StopSignal[] = ['SIGINT', 'SIGTERM'];
  const listeners = signals.map((signal) => [signal, () => handler(signal)] as const);
  for (const [signal, listener] of listeners) process.on(signal, listener);
  return () => {
    for (const [signal, listener] of listeners) process.off(signal, listener);
  };
}

export const DEFAULT_REMIND_DEPS: RemindDeps = {
  readTabs: readXlsxTabs,
  readPlan: (tabs, year) => readPlan(tabs, { fallbackYear: year }),
  transport: (url) => nodemailer.createTransport(smtpOptions(url)),
  now: () => new Date(),
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  onStop: processSignals,
};

export { smtpOptions } from './smtpUrl';

/**
 * Keys handled by the workbook's own log tab (sent online; exported with the .xlsx): every tab
 * named like it («Nhật ký nhắc việc», «Nhật ký nhắc việc (CĐS)»…), read by content, so a staff
 * tab of that name yields nothing.
 */
function workbookLogKeys(tabs: TabValues): Set<string> {
  const keys = new Set<string>();
  for (const [name, rows] of tabs) if (isSentLogTabName(name)) for (const key of handledKeys(rows)) keys.add(key);
  return keys;
}

function printMails(mails: readonly OutgoingMail[], out: (t: string) => void): void {
  mails.forEach((m, i) => {
    out(`──── Thư ${i + 1}/${mails.length} ─ Gửi: ${m.to}`);
    out(`Tiêu đề: ${m.subject}\n`);
    out(`${m.textBody}\n`);
  });
}

/** Why a file or our own check failed, in Vietnamese: a file-system error named for `file`, else our own message. */
function errorText(error: unknown, file?: string): string {
  if (isFileSystemError(error)) return file === undefined ? fileErrorSentence(error) : fileErrorReason(error, file);
  return error instanceof Error ? error.message : String(error);
}

/** Exit code when some mail could not be sent or recorded (2 is a wrong command line, 3 a run already going). */
export const SEND_FAILED_EXIT = 4;

export const REMIND_DECLARATION: CommandDeclaration = {
  name: 'remind',
  summary: 'Gửi thư nhắc việc (mỗi người một thư tổng hợp; không gửi trùng nhờ nhật ký)',
  positionals: ['<tệp.xlsx>'],
  options: [
    { name: 'ngay', type: 'string', value: DAY_OPTION_VALUE, help: 'Ngày nhắc (mặc định: hôm nay)' },
    { name: 'dry-run', type: 'boolean', help: 'Chạy thử: in các thư ra màn hình, không gửi' },
    { name: 'smtp', type: 'string', value: 'smtp://máy-chủ:cổng', help: 'Máy chủ thư để gửi thật (không có: chỉ chạy thử); mật khẩu: biến môi trường CDS_SMTP_PASSWORD' },
    { name: 'log', type: 'string', value: '<nhật-ký.json>', help: 'Nhật ký gửi (mặc định: cạnh tệp .xlsx, đuôi .nhac-viec.json)' },
    { name: 'from', type: 'string', value: '<e-mail gửi>', help: 'Địa chỉ người gửi (mặc định: nhac-viec@localhost)' },
  ],
};

/** Exit codes: a stop asked by a signal ends as the shell's convention (128 + signal number). */
const SIGNAL_EXIT: Readonly<Record<StopSignal, number>> = { SIGINT: 130, SIGTERM: 143 };

function heldMessage(lockFile: string, lock: Extract<LockResult, { kind: 'held' }>): string {
  const who = lock.holder ? ` (tiến trình ${lock.holder.pid} trên máy «${lock.holder.host}», bắt đầu lúc ${lock.holder.startedAt})` : '';
  const base = `Đang có một lượt gửi nhắc việc khác chạy${who} — tệp khóa «${lockFile}»; lượt này dừng lại, không gửi gì.`;
  return lock.reason === 'alive'
    ? base
    : `${base} Nếu chắc chắn không còn lượt nào đang chạy (lần trước bị ngắt giữa chừng${lock.reason === 'other-host' ? ' trên máy kia' : ''}), hãy xoá tệp khóa đó rồi chạy lại.`;
}

function tookOverMessage(lockFile: string, stale: LockInfo): string {
  return `Tệp khóa «${lockFile}» còn lại từ tiến trình ${stale.pid} (bắt đầu lúc ${stale.startedAt}), nay không còn chạy: lượt trước đã bị ngắt giữa chừng. Lượt này tiếp quản; thư nào lượt trước đã bắt đầu gửi sẽ không gửi lại.`;
}

export async function runRemind(argv: readonly string[], deps: RemindDeps = DEFAULT_REMIND_DEPS): Promise<number> {
  const args = commandArgsOrExit(REMIND_DECLARATION, argv, deps.out, deps.err);
  if (typeof args === 'number') return args;
  const [file] = args.positionals as [string];
  const asOf = dayOptionOrExit(args, () => calendarDateOf(deps.now()), deps.err);
  if (typeof asOf === 'number') return asOf;
  const smtp = optionText(args, 'smtp');
  const dryRunAsked = optionFlag(args, 'dry-run');
  const dryRun = dryRunAsked || smtp === undefined;
  let server: SmtpOptions | undefined;
  if (smtp !== undefined) {
    try {
      server = smtpOptions(smtp);
    } catch (error) {
      deps.err(errorText(error));
      return USAGE_EXIT;
    }
  }
  const logFile = optionText(args, 'log') ?? `${file.replace(/\.xlsx$/i, '')}.nhac-viec.json`;
  const from = optionText(args, 'from') ?? 'nhac-viec@localhost';

  const tabs = await readTabsOrSay(file, deps.readTabs, deps.err);
  if (!tabs) return 1;
  const { plan, problems, reading } = deps.readPlan(tabs, asOf.year);
  const readProblems = reminderProblems(problems);
  const tabKeys = workbookLogKeys(tabs);
  /** The run's view of the sent-log as it is now (read under the lock when sending); undefined after saying why it cannot be read. */
  const loadNow = (): LoadedState | undefined => {
    try {
      return { plan, log: readLogFile(logFile), handled: tabKeys, readProblems, link: noLinks, ...(reading ? { reading } : {}) };
    } catch (error) {
      deps.err(errorText(error));
      return undefined;
    }
  };

  if (dryRun) {
    const loaded = loadNow();
    if (!loaded) return 1;
    const preview: Preview = previewReminders(loaded, asOf, deps.now().getTime());
    deps.out(`Nhắc việc ngày ${formatDdMmYyyy(asOf)} — ${plan.settings.schoolName}: ${preview.mails.length} thư (chạy thử, không gửi).\n`);
    printMails(preview.mails, deps.out);
    if (preview.plan.undeliverable.length) deps.out(`${preview.plan.undeliverable.length} mục không có người nhận: ${preview.plan.undeliverable[0]!.reason}.`);
    if (smtp === undefined && !dryRunAsked) deps.out('Để gửi thật, thêm --smtp smtp://máy-chủ:cổng.');
    return 0;
  }

  const lockFile = `${logFile}.lock`;
  let lock: LockResult;
  try {
    lock = takeLock(lockFile, deps.now());
  } catch (error) {
    deps.err(`Không tạo được tệp khóa «${lockFile}» cạnh nhật ký gửi: ${errorText(error, lockFile)}`);
    return 1;
  }
  if (lock.kind === 'held') {
    deps.err(heldMessage(lockFile, lock));
    return 3;
  }
  if (lock.tookOver) deps.err(tookOverMessage(lockFile, lock.tookOver));
  let stop: StopSignal | undefined;
  const unsubscribe = deps.onStop((signal) => {
    if (stop) {
      // A second Ctrl-C: stop now. A mail on its way was recorded as begun: the next run will not send it again.
      deps.err(`Dừng ngay (${signal}). Nhật ký gửi: ${logFile}`);
      lock.release();
      process.exit(SIGNAL_EXIT[signal]);
    }
    stop = signal;
    deps.err(`Đã nhận tín hiệu dừng (${signal}): gửi xong thư đang gửi, ghi nhật ký rồi dừng. Nhấn Ctrl-C lần nữa để dừng ngay.`);
  });
  try {
    // The log is read only now, with the lock held: a run that finished a moment ago is counted.
    const loaded = loadNow();
    if (!loaded) return 1;
    let log;
    try {
      log = openLogFile(logFile);
    } catch (error) {
      deps.err(`Không mở được tệp nhật ký «${logFile}» để ghi: ${errorText(error, logFile)} Không gửi thư nào.`);
      return 1;
    }
    try {
      const transport = deps.transport(smtp!);
      const write = (records: readonly LogRecord[]): StepResult => {
        try {
          log.append(records);
          return OK;
        } catch (error) {
          return failure(errorText(error, logFile));
        }
      };
      const perform = async (step: RunStep): Promise<StepResult> => {
        switch (step.kind) {
          case 'intend':
          case 'record':
            return write(step.records);
          case 'send':
            try {
              const mail = step.mail;
              await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.textBody, html: mail.htmlBody });
              return OK;
            } catch (error) {
              return failure(smtpErrorText(error, server));
            }
          case 'commit':
            return OK; // every append was forced to disk already
        }
      };
      const summary = await driveAsync(reminderSteps(loaded, { asOf, quota: Infinity, now: deps.now, stopRequested: () => stop !== undefined }), perform);
      deps.out(outcomeMessage({ status: 'done', ...summary }));
      deps.out(`Nhật ký gửi: ${logFile}`);
      if (stop) {
        const waiting = summary.deferred.length;
        deps.err(`Đã dừng theo yêu cầu (${stop}) sau ${summary.sent.length} thư; ${waiting} thư còn lại sẽ gửi ở lần chạy sau. Nhật ký gửi: ${logFile}`);
        return SIGNAL_EXIT[stop];
      }
      if (summary.logFailure !== undefined) {
        deps.err(`Không ghi được nhật ký gửi «${logFile}»: ${summary.logFailure.replace(/\.?$/, '.')} Đã dừng gửi để không có thư nào gửi đi mà không được ghi lại.`);
        return SEND_FAILED_EXIT;
      }
      return summary.failed.length ? SEND_FAILED_EXIT : 0;
    } finally {
      log.close();
    }
  } finally {
    unsubscribe();
    lock.release();
  }
}

export const remindCommand: Command = {
  declaration: REMIND_DECLARATION,
  run: (args) => runRemind(args),
};

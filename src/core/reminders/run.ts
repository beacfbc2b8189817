/**
 * One reminder run, the same for the daily trigger, the menu's «Gửi nhắc việc ngay» and tests:
 * take the lock (or leave without sending), check the quota first, read the plan and the sent-log
 * once, send one digest per recipient in urgency order until the quota or the time budget runs
 * out, and write everything that happened to the log in one batch in a `finally` — so that an
 * exception half-way still records what went out and the next run sends only the rest.
 *
 * The services sit behind the small ports below (MailApp/LockService/the log tab in Apps Script,
 * nodemailer/a lock file/a JSON file offline); this module calls no service itself.
 */
import type { CalendarDate } from '../date';
import type { Plan } from '../plan';
import { coveredEntries, type Digest, planReminders, type ReminderPlan } from './digest';
import { type LinkResolver, type OutgoingMail, renderWithin } from './render';
import type { LogRecord } from './sentLog';

export interface ReminderLock {
  /** True when this run now holds the lock; false when another run does. */
  tryLock(): boolean;
  release(): void;
}

export interface Mailer {
  /** Recipients that may still be sent to today. */
  remainingQuota(): number;
  send(mail: OutgoingMail): void;
}

export interface LoadedState {
  readonly plan: Plan;
  /** Keys already in the sent-log. */
  readonly handled: ReadonlySet<string>;
  readonly readProblems?: readonly string[];
  readonly link: LinkResolver;
}

export interface ReminderPorts {
  readonly lock: ReminderLock;
  readonly mailer: Mailer;
  /** Reads the workbook and the sent-log (once each); called only while the lock is held. */
  load(): LoadedState;
  /** Appends to the sent-log in one batch; called once per run that got the lock. */
  appendLog(records: readonly LogRecord[]): void;
  now(): Date;
}

export interface RunOptions {
  readonly asOf: CalendarDate;
  /** Stop sending after this many ms (Apps Script stops a run at 6 minutes). */
  readonly budgetMs?: number;
  /**
   * When the execution began, which the budget counts from (the daily trigger refreshes the sheet
   * first); default: when the lock is taken.
   */
  readonly startedAt?: Date;
}

/** 4½ minutes: room left under Apps Script's 6 for reading, the log write and the lock release. */
export const DEFAULT_BUDGET_MS = 270_000;
/** Send failures in a row after which the mail service is taken to be down for this run. */
export const MAX_CONSECUTIVE_FAILURES = 3;

export interface SentMail {
  readonly to: string;
  readonly subject: string;
  readonly items: number;
}

export type RunOutcome =
  | { readonly status: 'locked' }
  | {
      readonly status: 'done';
      readonly quota: number;
      readonly sent: readonly SentMail[];
      readonly deferred: readonly { readonly to: string; readonly reason: 'quota' | 'time' | 'failures' }[];
      readonly failed: readonly { readonly to: string; readonly error: string }[];
      readonly undeliverable: number;
      readonly problems: readonly string[];
      readonly records: readonly LogRecord[];
    };

/** The records of one digest sent: one per (occurrence, stage) it covers, with its key. */
export function sentRecords(digest: Digest, time: Date): LogRecord[] {
  return coveredEntries(digest).map((e) => ({
    time,
    to: digest.to,
    taskId: e.taskId,
    label: e.label,
    stage: e.stageLabel,
    outcome: 'sent',
    detail: '',
    key: e.key,
  }));
}

/** A trace for a digest that was not sent this run (no key: it stays owed). */
export function traceRecord(digest: Digest, time: Date, outcome: 'deferred-quota' | 'deferred-time' | 'failed', detail: string): LogRecord {
  const items = `${digest.entries.length} mục`;
  return { time, to: digest.to, taskId: '', label: '', stage: items, outcome, detail, key: '' };
}

export function undeliverableRecords(plan: ReminderPlan, time: Date): LogRecord[] {
  return plan.undeliverable.map(({ entry, reason }) => ({
    time,
    to: '',
    taskId: entry.taskId,
    label: entry.label,
    stage: entry.stageLabel,
    outcome: 'undeliverable',
    detail: reason,
    key: entry.key,
  }));
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function runReminders(ports: ReminderPorts, options: RunOptions): RunOutcome {
  if (!ports.lock.tryLock()) return { status: 'locked' };
  try {
    const start = (options.startedAt ?? ports.now()).getTime();
    const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
    const quota = Math.max(0, Math.floor(ports.mailer.remainingQuota()));
    const records: LogRecord[] = [];
    const sent: SentMail[] = [];
    const deferred: { to: string; reason: 'quota' | 'time' | 'failures' }[] = [];
    const failed: { to: string; error: string }[] = [];
    let plan: ReminderPlan | undefined;
    try {
      const state = ports.load();
      plan = planReminders({ plan: state.plan, asOf: options.asOf, handled: state.handled, readProblems: state.readProblems });
      records.push(...undeliverableRecords(plan, ports.now()));
      const ctx = { schoolName: state.plan.settings.schoolName, asOf: options.asOf, link: state.link };
      let failuresInARow = 0;
      for (const digest of plan.digests) {
        const now = ports.now();
        const reason =
          sent.length + failed.length >= quota ? 'quota' : now.getTime() - start >= budget ? 'time' : failuresInARow >= MAX_CONSECUTIVE_FAILURES ? 'failures' : undefined;
        if (reason) {
          deferred.push({ to: digest.to, reason });
          const detail = reason === 'failures' ? 'dịch vụ thư lỗi liên tiếp; gửi lại ở lần chạy sau' : 'gửi ở lần chạy sau';
          records.push(traceRecord(digest, now, reason === 'time' ? 'deferred-time' : reason === 'quota' ? 'deferred-quota' : 'failed', detail));
          continue;
        }
        const { digest: fitted, mail } = renderWithin(digest, ctx);
        try {
          ports.mailer.send(mail);
        } catch (error) {
          failuresInARow++;
          failed.push({ to: digest.to, error: errorText(error) });
          records.push(traceRecord(digest, now, 'failed', errorText(error)));
          continue;
        }
        // Recorded at once, with nothing between the send and the record that could throw.
        records.push(...sentRecords(fitted, now));
        failuresInARow = 0;
        sent.push({ to: digest.to, subject: mail.subject, items: fitted.entries.length });
      }
    } finally {
      if (records.length) ports.appendLog(records);
    }
    return {
      status: 'done',
      quota,
      sent,
      deferred,
      failed,
      undeliverable: plan.undeliverable.length,
      problems: plan.problems,
      records,
    };
  } finally {
    ports.lock.release();
  }
}

export interface Preview {
  readonly plan: ReminderPlan;
  readonly mails: readonly OutgoingMail[];
}

/** What a run would send today (no lock, no sending, no log): the dialog and --dry-run show it. */
export function previewReminders(state: LoadedState, asOf: CalendarDate): Preview {
  const plan = planReminders({ plan: state.plan, asOf, handled: state.handled, readProblems: state.readProblems });
  const ctx = { schoolName: state.plan.settings.schoolName, asOf, link: state.link };
  const fitted = plan.digests.map((d) => renderWithin(d, ctx));
  // plan.digests are what the mails hold (trimmed to fit), so a sender records exactly those.
  return { plan: { ...plan, digests: fitted.map((f) => f.digest) }, mails: fitted.map((f) => f.mail) };
}

/** A Vietnamese one-paragraph account of a run, for the dialog, the log and the CLI. */
export function outcomeMessage(outcome: RunOutcome): string {
  if (outcome.status === 'locked') return 'Đang có một lượt gửi nhắc việc khác chạy; lượt này dừng lại, không gửi gì.';
  const lines = [`Đã gửi ${outcome.sent.length} thư nhắc việc.`];
  const byQuota = outcome.deferred.filter((d) => d.reason === 'quota').length;
  const byTime = outcome.deferred.filter((d) => d.reason === 'time').length;
  const byFailures = outcome.deferred.filter((d) => d.reason === 'failures').length;
  if (byQuota) lines.push(`${byQuota} thư chờ lần chạy sau vì hết hạn mức gửi thư trong ngày (còn ${outcome.quota} người nhận khi bắt đầu).`);
  if (byTime) lines.push(`${byTime} thư chờ lần chạy sau vì hết thời gian chạy.`);
  if (outcome.failed.length) lines.push(`${outcome.failed.length} thư gửi lỗi (sẽ gửi lại): ${outcome.failed.map((f) => `${f.to}: ${f.error}`).join('; ')}.`);
  if (byFailures) lines.push(`${byFailures} thư chờ lần chạy sau vì dịch vụ thư lỗi liên tiếp.`);
  if (outcome.undeliverable) lines.push(`${outcome.undeliverable} mục không có người nhận (đã ghi vào «Nhật ký nhắc việc»).`);
  if (outcome.problems.length) lines.push(`${outcome.problems.length} vấn đề dữ liệu cần kiểm tra (đã báo trưởng ban).`);
  return lines.join('\n');
}

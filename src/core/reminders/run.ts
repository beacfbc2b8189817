/**
 * One reminder run, the same for the daily trigger, the menu's «Gửi nhắc việc ngay», the CLI and
 * the tests. The run is a sequence of steps (`reminderSteps`, a generator) that the shells carry
 * out: Apps Script synchronously (MailApp, the sent-log tab), the CLI asynchronously (SMTP, a
 * JSON-lines file). The steps, and the decisions between them, are here, once:
 *
 *   record   what nobody can receive, and sends a stopped run left unsettled («Có thể đã gửi»)
 *   for each digest, in fair order (decision.ts), while the quota, the time and the service allow:
 *     intend   the keys it covers are written durably *before* the send
 *     send
 *     record   sent (or failed: the service refused it) — this settles the intent
 *   record   what waits, once per key (deferred)
 *   commit   everything recorded is in the log
 *
 * A write that fails stops the run: nothing is sent that could not be recorded. A hard stop at
 * any point leaves: before the intent, nothing (the mail is owed and goes next run); between the
 * intent and the end of the send, an unsettled intent (the mail counts as sent — at most once —
 * and the next run says so in the log); after the send, the intent (sent, never twice).
 *
 * `runReminders` wraps the steps for synchronous ports (Apps Script, tests): the lock, the quota
 * checked before reading anything, the state read once. This module calls no service itself.
 */
import type { CalendarDate } from '../date';
import type { Plan } from '../plan';
import type { PlanReading } from '../reading';
import { fairOrder } from './decision';
import { coveredEntries, type Digest, planReminders, type ReminderPlan } from './digest';
import { type LinkResolver, type OutgoingMail, renderWithin } from './render';
import { type LogOutcome, type LogRecord, type SentLogState, sentLogState, UNCERTAIN_DETAIL } from './sentLog';

export interface ReminderLock {
  /** True when this run now holds the lock; false when another run does. */
  tryLock(): boolean;
  release(): void;
}

export interface Mailer {
  /** Recipients that may still be sent to today. */
  remainingQuota(): number;
  /** Sends the mail; throws when the mail service refuses it (then it did not go out). */
  send(mail: OutgoingMail): void;
}

/**
 * Where the run's records go. `intend` must be durable when it returns (the send follows);
 * `record` may be held until the next `intend` or `commit`; each throws when it cannot write.
 */
export interface SentLogJournal {
  intend(records: readonly LogRecord[]): void;
  record(records: readonly LogRecord[]): void;
  commit(): void;
}

export interface LoadedState {
  readonly plan: Plan;
  /** The sent-log's records as read (any order). */
  readonly log?: readonly LogRecord[];
  /** Keys handled besides those in `log` (an older log read only for its keys). */
  readonly handled?: ReadonlySet<string>;
  readonly readProblems?: readonly string[];
  readonly link: LinkResolver;
  /** The reading of the plan's cells begun when the workbook was read (see ../reading). */
  readonly reading?: PlanReading;
}

export interface ReminderPorts {
  readonly lock: ReminderLock;
  readonly mailer: Mailer;
  /** Reads the workbook and the sent-log (once each); called only while the lock is held. */
  load(): LoadedState;
  readonly journal: SentLogJournal;
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
/** How far ahead of the clock the log's latest time is followed (a skewed clock), at most. */
const MAX_CLOCK_LEAD_MS = 86_400_000;

export interface SentMail {
  readonly to: string;
  readonly subject: string;
  readonly items: number;
}

export type DeferReason = 'quota' | 'time' | 'failures' | 'stopped';

export interface RunSummary {
  readonly quota: number;
  readonly sent: readonly SentMail[];
  readonly deferred: readonly { readonly to: string; readonly reason: DeferReason }[];
  readonly failed: readonly { readonly to: string; readonly error: string }[];
  readonly undeliverable: number;
  /** Recipients of mails a stopped run may or may not have sent (recorded now as «Có thể đã gửi»). */
  readonly uncertain: readonly string[];
  readonly problems: readonly string[];
  /** Every record this run wrote (intents aside). */
  readonly records: readonly LogRecord[];
  /** Why the log could not be written (the run stopped sending there). */
  readonly logFailure?: string;
  /** The run was asked to stop (a signal) and did. */
  readonly stopped?: boolean;
}

export type RunOutcome = { readonly status: 'locked' } | ({ readonly status: 'done' } & RunSummary);

export type RunStep =
  | { readonly kind: 'intend'; readonly records: readonly LogRecord[] }
  | { readonly kind: 'send'; readonly mail: OutgoingMail }
  | { readonly kind: 'record'; readonly records: readonly LogRecord[] }
  | { readonly kind: 'commit' };

export type StepResult = { readonly ok: true } | { readonly ok: false; readonly error: string };

export const OK: StepResult = { ok: true };

export function failure(error: unknown): StepResult {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}

export interface StepOptions {
  readonly asOf: CalendarDate;
  /** Recipients that may be sent to in this run. */
  readonly quota: number;
  readonly now: () => Date;
  /** The budget counts from here (ms); default: now. */
  readonly startedAt?: number;
  readonly budgetMs?: number;
  /** Asked before each digest: stop sending (a signal). */
  readonly stopRequested?: () => boolean;
}

/** Records of every (occurrence, stage, recipient) a digest stands for, with one outcome. */
export function entryRecords(digest: Digest, time: Date, outcome: LogOutcome, detail = ''): LogRecord[] {
  return coveredEntries(digest).map((e) => ({ time, to: digest.to, taskId: e.taskId, label: e.label, stage: e.stageLabel, outcome, detail, key: e.key }));
}

/** The records of one digest sent. */
export function sentRecords(digest: Digest, time: Date): LogRecord[] {
  return entryRecords(digest, time, 'sent');
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

const DEFER_OUTCOME: Readonly<Record<DeferReason, LogOutcome>> = {
  quota: 'deferred-quota',
  time: 'deferred-time',
  failures: 'deferred-failures',
  stopped: 'deferred-stopped',
};

const DEFER_DETAIL: Readonly<Record<DeferReason, string>> = {
  quota: 'gửi ở lần chạy sau',
  time: 'gửi ở lần chạy sau',
  failures: 'gửi lại ở lần chạy sau',
  stopped: 'gửi ở lần chạy sau',
};

/** What planning needs from the loaded state, and the log's state. */
export function planFor(loaded: LoadedState, asOf: CalendarDate): { state: SentLogState; plan: ReminderPlan } {
  const state = sentLogState(loaded.log ?? [], loaded.handled);
  const plan = planReminders({ plan: loaded.plan, asOf, handled: state.handled, readProblems: loaded.readProblems, reading: loaded.reading });
  return { state, plan };
}

/** The run's steps (see the module comment); returns what happened. */
export function* reminderSteps(loaded: LoadedState, options: StepOptions): Generator<RunStep, RunSummary, StepResult> {
  const { now, quota } = options;
  const { state, plan } = planFor(loaded, options.asOf);
  const ctx = { schoolName: loaded.plan.settings.schoolName, asOf: options.asOf, link: loaded.link };
  const start = options.startedAt ?? now().getTime();
  const budget = options.budgetMs ?? Infinity;
  const records: LogRecord[] = [];
  const sent: SentMail[] = [];
  const failed: { to: string; error: string }[] = [];
  const deferred: { to: string; reason: DeferReason }[] = [];
  const deferredRecords: LogRecord[] = [];
  const deferredKeys = new Set(state.deferred);
  let logFailure: string | undefined;
  let stopped = false;

  function* write(kind: 'intend' | 'record', written: readonly LogRecord[]): Generator<RunStep, boolean, StepResult> {
    if (written.length === 0) return true;
    const result = yield { kind, records: written };
    if (!result.ok) {
      logFailure ??= result.error;
      return false;
    }
    if (kind === 'record') records.push(...written);
    return true;
  }

  // Record times only go forward, and start after everything in the log, even when the clock
  // stands still or steps back: an intent and its outcome, a failure and the next attempt, are
  // then in order by time alone (a sorted tab keeps no other order).
  // A date typed far ahead into the tab by hand does not drag every later record along with it.
  let last = Number.isFinite(state.latest) ? Math.min(state.latest, now().getTime() + MAX_CLOCK_LEAD_MS) : -Infinity;
  const stampAt = (clock: Date): Date => {
    last = Math.max(clock.getTime(), last + 1);
    return new Date(last);
  };
  const stamp = (): Date => stampAt(now());
  const opening = stamp();
  const uncertain = state.unsettled.map((r) => ({ ...r, time: opening, outcome: 'uncertain' as const, detail: UNCERTAIN_DETAIL }));
  yield* write('record', [...uncertain, ...undeliverableRecords(plan, opening)]);

  let failuresInARow = 0;
  for (const digest of fairOrder(plan.digests, state, opening.getTime())) {
    const clock = now();
    const time = stampAt(clock);
    if (!stopped && options.stopRequested?.()) stopped = true;
    const reason: DeferReason | undefined =
      stopped || logFailure !== undefined
        ? 'stopped'
        : sent.length + failed.length >= quota
          ? 'quota'
          : clock.getTime() - start >= budget
            ? 'time'
            : failuresInARow >= MAX_CONSECUTIVE_FAILURES
              ? 'failures'
              : undefined;
    if (reason) {
      deferred.push({ to: digest.to, reason });
      for (const r of entryRecords(digest, time, DEFER_OUTCOME[reason], DEFER_DETAIL[reason])) {
        if (deferredKeys.has(r.key)) continue;
        deferredKeys.add(r.key);
        deferredRecords.push(r);
      }
      continue;
    }
    const { digest: fitted, mail } = renderWithin(digest, ctx);
    if (!(yield* write('intend', entryRecords(fitted, time, 'sending')))) {
      deferred.push({ to: digest.to, reason: 'stopped' });
      continue;
    }
    const result = yield { kind: 'send', mail };
    if (!result.ok) {
      failuresInARow++;
      failed.push({ to: digest.to, error: result.error });
      yield* write('record', entryRecords(fitted, stamp(), 'failed', result.error));
      continue;
    }
    failuresInARow = 0;
    sent.push({ to: digest.to, subject: mail.subject, items: fitted.entries.length });
    yield* write('record', sentRecords(fitted, stamp()));
  }
  if (logFailure === undefined) yield* write('record', deferredRecords);
  const committed = yield { kind: 'commit' };
  if (!committed.ok) logFailure ??= committed.error;
  return {
    quota,
    sent,
    deferred,
    failed,
    undeliverable: plan.undeliverable.length,
    uncertain: [...new Set(uncertain.map((r) => r.to || r.key))],
    problems: plan.problems,
    records,
    ...(logFailure !== undefined ? { logFailure } : {}),
    ...(stopped ? { stopped } : {}),
  };
}

/** Carries out the steps with a synchronous `perform` (Apps Script, tests). */
export function driveSync<R>(steps: Generator<RunStep, R, StepResult>, perform: (step: RunStep) => StepResult): R {
  let next = steps.next();
  while (!next.done) next = steps.next(perform(next.value));
  return next.value;
}

/** Carries out the steps with an asynchronous `perform` (the CLI's SMTP). */
export async function driveAsync<R>(steps: Generator<RunStep, R, StepResult>, perform: (step: RunStep) => Promise<StepResult>): Promise<R> {
  let next = steps.next();
  while (!next.done) next = steps.next(await perform(next.value));
  return next.value;
}

/** A step carried out on synchronous ports; a port that throws is a failed step. */
export function performWith(mailer: Mailer, journal: SentLogJournal): (step: RunStep) => StepResult {
  return (step) => {
    try {
      switch (step.kind) {
        case 'intend':
          journal.intend(step.records);
          break;
        case 'send':
          mailer.send(step.mail);
          break;
        case 'record':
          journal.record(step.records);
          break;
        case 'commit':
          journal.commit();
          break;
      }
      return OK;
    } catch (error) {
      return failure(error);
    }
  };
}

export function runReminders(ports: ReminderPorts, options: RunOptions): RunOutcome {
  if (!ports.lock.tryLock()) return { status: 'locked' };
  try {
    const start = (options.startedAt ?? ports.now()).getTime();
    const quota = Math.max(0, Math.floor(ports.mailer.remainingQuota()));
    const loaded = ports.load();
    const steps = reminderSteps(loaded, { asOf: options.asOf, quota, now: ports.now, startedAt: start, budgetMs: options.budgetMs ?? DEFAULT_BUDGET_MS });
    return { status: 'done', ...driveSync(steps, performWith(ports.mailer, ports.journal)) };
  } finally {
    ports.lock.release();
  }
}

export interface Preview {
  readonly plan: ReminderPlan;
  readonly mails: readonly OutgoingMail[];
}

/**
 * What a run would send today, in the order it would (no lock, no sending, no log): the dialog and
 * --dry-run show it. `nowMs`: the time of the run (by default later than anything in the log).
 */
export function previewReminders(loaded: LoadedState, asOf: CalendarDate, nowMs = Infinity): Preview {
  const { state, plan } = planFor(loaded, asOf);
  const ctx = { schoolName: loaded.plan.settings.schoolName, asOf, link: loaded.link };
  const fitted = fairOrder(plan.digests, state, nowMs).map((d) => renderWithin(d, ctx));
  // plan.digests are what the mails hold (trimmed to fit), in sending order.
  return { plan: { ...plan, digests: fitted.map((f) => f.digest) }, mails: fitted.map((f) => f.mail) };
}

/** A Vietnamese one-paragraph account of a run, for the dialog, the log and the CLI. */
export function outcomeMessage(outcome: RunOutcome): string {
  if (outcome.status === 'locked') return 'Đang có một lượt gửi nhắc việc khác chạy; lượt này dừng lại, không gửi gì.';
  const lines = [`Đã gửi ${outcome.sent.length} thư nhắc việc.`];
  const count = (reason: DeferReason) => outcome.deferred.filter((d) => d.reason === reason).length;
  if (outcome.logFailure !== undefined) {
    lines.push(
      `Không ghi được nhật ký gửi thư (${outcome.logFailure}). Lượt này dừng gửi để không có thư nào gửi đi mà không được ghi lại; ` +
        'những thư đã gửi không bị gửi lại, phần còn lại gửi ở lần chạy sau.',
    );
  }
  if (outcome.stopped) lines.push(`${count('stopped')} thư chờ lần chạy sau vì lượt gửi được yêu cầu dừng.`);
  else if (count('stopped')) lines.push(`${count('stopped')} thư chờ lần chạy sau.`);
  if (count('quota')) lines.push(`${count('quota')} thư chờ lần chạy sau vì hết hạn mức gửi thư trong ngày (còn ${outcome.quota} người nhận khi bắt đầu).`);
  if (count('time')) lines.push(`${count('time')} thư chờ lần chạy sau vì hết thời gian chạy.`);
  if (outcome.failed.length) lines.push(`${outcome.failed.length} thư gửi lỗi (sẽ gửi lại): ${outcome.failed.map((f) => `${f.to}: ${f.error}`).join('; ')}.`);
  if (count('failures')) lines.push(`${count('failures')} thư chờ lần chạy sau vì dịch vụ thư lỗi liên tiếp.`);
  if (outcome.uncertain.length) {
    const who = outcome.uncertain;
    lines.push(
      `${who.length} thư có thể đã gửi hoặc chưa (lượt trước dừng đột ngột đúng lúc gửi): ${who.join(', ')} — không gửi lại để tránh trùng; ` +
        'đã ghi «Có thể đã gửi» vào «Nhật ký nhắc việc».',
    );
  }
  if (outcome.undeliverable) lines.push(`${outcome.undeliverable} mục không có người nhận (đã ghi vào «Nhật ký nhắc việc»).`);
  if (outcome.problems.length) lines.push(`${outcome.problems.length} vấn đề dữ liệu cần kiểm tra (đã báo trưởng ban).`);
  return lines.join('\n');
}

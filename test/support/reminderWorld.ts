/**
 * In-memory ports for runReminders: a lock, a mailer with a daily quota, a sent-log kept as the
 * rows of a sheet tab (so a test can sort it, add a title row or clear «Khóa» between runs; each
 * write is durable at once, like the CLI's JSON lines) and a clock, each counting its calls. Faults: `beforeSend` may throw (the mail service refuses: nothing
 * went out), `afterSend` may `kill()` the execution (from then on every port call throws, as when
 * Apps Script stops a script: no clean-up reaches a service). The Apps Script shell has its own
 * fakes (test/fakes); this is for the pure run and the whole-year simulation.
 */
import type { CalendarDate } from '../../src/core/date';
import type { Plan } from '../../src/core/plan';
import { noLinks, type OutgoingMail } from '../../src/core/reminders/render';
import { type LoadedState, type ReminderPorts, runReminders, type RunOutcome } from '../../src/core/reminders/run';
import { type LogLayout, type LogRecord, logRow, readLogRows, SENT_LOG_COLUMNS, SENT_LOG_HEADERS, sentLogState } from '../../src/core/reminders/sentLog';

/** Where each column is, as the add-in's column marks say in Apps Script (staff edits move rows, not columns). */
const MARKED_COLUMNS: LogLayout = Object.fromEntries(SENT_LOG_COLUMNS.map((c, i) => [c.key, i]));

export interface Delivered extends OutgoingMail {
  readonly day: string;
}

/** Thrown by every port once the execution is killed. */
export class Killed extends Error {
  constructor() {
    super('Exceeded maximum execution time');
  }
}

export class ReminderWorld {
  readonly outbox: Delivered[] = [];
  /** Every record written to the log, in order (what the run handed over, whatever staff do to the tab). */
  readonly log: LogRecord[] = [];
  /** The log as the tab holds it: header row, then one row per record, edited by staff between runs. */
  logRows: unknown[][] = [[...SENT_LOG_HEADERS]];
  lockHeld = false;
  /** Recipients that may be sent to per day. */
  quota = 100;
  readonly calls = { tryLock: 0, release: 0, quota: 0, send: 0, load: 0, intend: 0, record: 0, commit: 0 };
  /** Port calls in order. */
  readonly order: string[] = [];
  /** Called before each intent is written (the earliest point of a send); call kill() to stop the execution there. */
  beforeIntend: (records: readonly LogRecord[]) => void = () => {};
  /** Called before each send; throw to simulate a failure (the mail does not go out). */
  beforeSend: (mail: OutgoingMail, index: number) => void = () => {};
  /** Called after each send went out; call kill() to stop the execution right there. */
  afterSend: (mail: OutgoingMail, index: number) => void = () => {};
  clockMs = Date.UTC(2026, 0, 1, 0, 0);
  /** Clock advance per `now()` call (ms). */
  tick = 1000;
  private dead = false;

  constructor(public plan: Plan) {}

  /** Keys the log tab holds now, as a run reads them. */
  handled(): Set<string> {
    return new Set(sentLogState(readLogRows(this.logRows, MARKED_COLUMNS)).handled);
  }

  sentRecords(): LogRecord[] {
    return this.log.filter((r) => r.outcome === 'sent');
  }

  /** The execution dies here: every later port call throws Killed. */
  kill(): void {
    this.dead = true;
  }

  private alive(): void {
    if (this.dead) throw new Killed();
  }

  private write(kind: 'intend' | 'record', records: readonly LogRecord[]): void {
    this.alive();
    if (kind === 'intend') {
      this.beforeIntend(records);
      this.alive();
    }
    this.calls[kind]++;
    this.order.push(kind);
    this.log.push(...records);
    this.logRows.push(...records.map(logRow));
  }

  private sentOn(day: string): number {
    return this.outbox.filter((m) => m.day === day).length;
  }

  ports(day: string, state?: Partial<LoadedState>): ReminderPorts {
    let sentThisRun = 0;
    return {
      lock: {
        tryLock: () => {
          this.alive();
          this.calls.tryLock++;
          this.order.push('tryLock');
          if (this.lockHeld) return false;
          this.lockHeld = true;
          return true;
        },
        release: () => {
          this.alive();
          this.calls.release++;
          this.order.push('release');
          this.lockHeld = false;
        },
      },
      mailer: {
        remainingQuota: () => {
          this.alive();
          this.calls.quota++;
          this.order.push('quota');
          return Math.max(0, this.quota - this.sentOn(day));
        },
        send: (mail) => {
          this.alive();
          this.calls.send++;
          this.order.push('send');
          this.beforeSend(mail, sentThisRun);
          this.outbox.push({ ...mail, day });
          this.afterSend(mail, sentThisRun);
          sentThisRun++;
        },
      },
      load: () => {
        this.alive();
        this.calls.load++;
        this.order.push('load');
        return { plan: this.plan, log: readLogRows(this.logRows, MARKED_COLUMNS), link: noLinks, ...state };
      },
      journal: {
        intend: (records) => this.write('intend', records),
        record: (records) => this.write('record', records),
        commit: () => {
          this.alive();
          this.calls.commit++;
          this.order.push('commit');
        },
      },
      now: () => {
        this.alive();
        return new Date((this.clockMs += this.tick));
      },
    };
  }

  run(asOf: CalendarDate, budgetMs?: number): RunOutcome {
    return runReminders(this.ports(isoDay(asOf)), { asOf, budgetMs });
  }

  /**
   * One execution that may be killed: its outcome, or 'killed'. Either way the execution is over
   * afterwards, so the lock it held is free again (Apps Script releases it; the CLI's is stale).
   */
  execute(asOf: CalendarDate): RunOutcome | 'killed' {
    try {
      return this.run(asOf);
    } catch (error) {
      if (error instanceof Killed) return 'killed';
      throw error;
    } finally {
      this.dead = false;
      this.lockHeld = false;
    }
  }
}

export function isoDay(asOf: CalendarDate): string {
  return `${asOf.year}-${String(asOf.month).padStart(2, '0')}-${String(asOf.day).padStart(2, '0')}`;
}

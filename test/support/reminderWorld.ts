/**
 * In-memory ports for runReminders: a lock, a mailer with a daily quota, a sent-log and a clock,
 * each counting its calls. The Apps Script shell has its own fakes (test/fakes); this is for the
 * pure run and the whole-year simulation.
 */
import type { CalendarDate } from '../../src/core/date';
import type { Plan } from '../../src/core/plan';
import { noLinks, type OutgoingMail } from '../../src/core/reminders/render';
import { type LoadedState, type ReminderPorts, runReminders, type RunOutcome } from '../../src/core/reminders/run';
import type { LogRecord } from '../../src/core/reminders/sentLog';

export interface Delivered extends OutgoingMail {
  readonly day: string;
}

export class ReminderWorld {
  readonly outbox: Delivered[] = [];
  readonly log: LogRecord[] = [];
  lockHeld = false;
  quota = 100;
  readonly calls = { tryLock: 0, release: 0, quota: 0, send: 0, load: 0, appendLog: 0 };
  /** Port calls in order. */
  readonly order: string[] = [];
  /** Called before each send; throw to simulate a failure. */
  beforeSend: (mail: OutgoingMail, index: number) => void = () => {};
  clockMs = Date.UTC(2026, 0, 1, 0, 0);
  /** Clock advance per `now()` call (ms). */
  tick = 1000;

  constructor(public plan: Plan) {}

  handled(): Set<string> {
    return new Set(this.log.filter((r) => r.key !== '').map((r) => r.key));
  }

  sentRecords(): LogRecord[] {
    return this.log.filter((r) => r.outcome === 'sent');
  }

  ports(day: string, state?: Partial<LoadedState>): ReminderPorts {
    let sentToday = 0;
    return {
      lock: {
        tryLock: () => {
          this.calls.tryLock++;
          this.order.push('tryLock');
          if (this.lockHeld) return false;
          this.lockHeld = true;
          return true;
        },
        release: () => {
          this.calls.release++;
          this.order.push('release');
          this.lockHeld = false;
        },
      },
      mailer: {
        remainingQuota: () => {
          this.calls.quota++;
          this.order.push('quota');
          return this.quota;
        },
        send: (mail) => {
          this.calls.send++;
          this.order.push('send');
          this.beforeSend(mail, sentToday);
          sentToday++;
          this.outbox.push({ ...mail, day });
        },
      },
      load: () => {
        this.calls.load++;
        this.order.push('load');
        return { plan: this.plan, handled: this.handled(), link: noLinks, ...state };
      },
      appendLog: (records) => {
        this.calls.appendLog++;
        this.order.push('appendLog');
        this.log.push(...records);
      },
      now: () => new Date((this.clockMs += this.tick)),
    };
  }

  run(asOf: CalendarDate, budgetMs?: number): RunOutcome {
    const day = `${asOf.year}-${String(asOf.month).padStart(2, '0')}-${String(asOf.day).padStart(2, '0')}`;
    return runReminders(this.ports(day), { asOf, budgetMs });
  }
}

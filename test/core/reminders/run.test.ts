import { describe, expect, it } from 'vitest';
import { outcomeMessage, previewReminders, runReminders } from '../../../src/core/reminders/run';
import { noLinks } from '../../../src/core/reminders/render';
import { d, HEAD, person, plan, task } from '../../support/reminderPlans';
import { ReminderWorld } from '../../support/reminderWorld';

const PEOPLE = [
  person('Tổ Toán', 'An', 'an@truong.edu.vn'),
  person('Tổ Văn', 'Bình', 'binh@truong.edu.vn'),
  person('Tổ Anh', 'Chi', 'chi@truong.edu.vn'),
  person('Tổ Sử', 'Dũng', 'dung@truong.edu.vn'),
];
const TASKS = [
  task('1', 'Việc Toán', 'Tổ Toán', '15/06/2026'),
  task('2', 'Việc Văn', 'Tổ Văn', '01/06/2026'),
  task('3', 'Việc Anh', 'Tổ Anh', '12/06/2026'),
  task('4', 'Việc Sử', 'Tổ Sử', '20/05/2026'),
];
const THU = d(2026, 6, 11);

describe('runReminders', () => {
  it('sends one digest per recipient, records every key, and a second run the same day sends nothing', () => {
    const world = new ReminderWorld(plan(TASKS, PEOPLE));
    const first = world.run(THU);
    expect(first.status).toBe('done');
    expect(world.outbox.map((m) => m.to).sort()).toEqual(['an@truong.edu.vn', 'binh@truong.edu.vn', 'chi@truong.edu.vn', 'dung@truong.edu.vn', HEAD].sort());
    expect(new Set(world.outbox.map((m) => m.to)).size).toBe(world.outbox.length);
    // Per digest: the intent written before the send, the outcome after it.
    expect(world.calls).toMatchObject({ tryLock: 1, release: 1, quota: 1, load: 1, intend: 5, send: 5, record: 5, commit: 1 });
    expect(world.order.slice(3, 6)).toEqual(['intend', 'send', 'record']);
    const second = world.run(THU);
    expect(second.status === 'done' && second.sent).toEqual([]);
    expect(world.outbox).toHaveLength(5);
    expect(world.calls).toMatchObject({ intend: 5, record: 5 }); // nothing to record: no write at all
  });

  it('checks the quota before reading anything, and sends only what fits, overdue first', () => {
    const world = new ReminderWorld(plan(TASKS, PEOPLE));
    world.quota = 2;
    const outcome = world.run(THU);
    expect(outcome.status === 'done' && outcome.deferred.map((x) => x.reason)).toEqual(['quota', 'quota', 'quota']);
    // Sử is 22 days overdue (and escalated to the head), Văn 10: they go first.
    expect(world.outbox.map((m) => m.to)).toEqual(['dung@truong.edu.vn', HEAD]);
    expect(world.order.slice(0, 3)).toEqual(['tryLock', 'quota', 'load']);
    // Each waiting item is logged as deferred, with its key (once).
    const waiting = world.log.filter((r) => r.outcome === 'deferred-quota');
    expect(new Set(waiting.map((r) => r.to))).toEqual(new Set(['an@truong.edu.vn', 'binh@truong.edu.vn', 'chi@truong.edu.vn']));
    expect(waiting.every((r) => r.key !== '')).toBe(true);
    expect(outcomeMessage(outcome)).toContain('3 thư chờ lần chạy sau vì hết hạn mức gửi thư trong ngày');
    world.quota = 100;
    world.run(d(2026, 6, 12));
    expect(world.outbox.slice(2).map((m) => m.to).sort()).toEqual(['an@truong.edu.vn', 'binh@truong.edu.vn', 'chi@truong.edu.vn']);
  });

  it('with no quota left, nothing is sent and every item waiting is logged as deferred, once', () => {
    const world = new ReminderWorld(plan(TASKS, PEOPLE));
    world.quota = 0;
    world.run(THU);
    expect(world.calls.send).toBe(0);
    expect(new Set(world.log.map((r) => r.outcome))).toEqual(new Set(['deferred-quota']));
    expect(new Set(world.log.map((r) => r.to)).size).toBe(5);
    const logged = world.log.length;
    world.run(THU);
    expect(world.log).toHaveLength(logged);
  });

  it('lock already held: leaves at once, sends nothing, reads nothing, writes nothing', () => {
    const world = new ReminderWorld(plan(TASKS, PEOPLE));
    world.lockHeld = true;
    const outcome = world.run(THU);
    expect(outcome).toEqual({ status: 'locked' });
    expect(world.calls).toMatchObject({ send: 0, load: 0, intend: 0, record: 0, commit: 0, quota: 0, release: 0 });
    expect(outcomeMessage(outcome)).toContain('không gửi gì');
  });

  it('crash half-way: every mail that went out was recorded before it went, the next run sends only the rest', () => {
    const world = new ReminderWorld(plan(TASKS, PEOPLE));
    const all = previewReminders({ plan: world.plan, handled: new Set(), link: noLinks }, THU).mails.map((m) => m.to);
    let calls = 0;
    const ports = world.ports('2026-06-11');
    const crashing = { ...ports, now: () => { if (++calls === 6) throw new Error('máy chủ dừng đột ngột'); return ports.now(); } };
    expect(() => runReminders(crashing, { asOf: THU })).toThrow('máy chủ dừng đột ngột');
    expect(world.lockHeld).toBe(false);
    const before = world.outbox.map((m) => m.to);
    expect(before.length).toBeGreaterThan(0);
    expect(before.length).toBeLessThan(all.length);
    expect(new Set(world.log.filter((r) => r.outcome === 'sending').map((r) => r.to))).toEqual(new Set(before));
    const next = world.run(THU);
    expect(world.outbox.slice(before.length).map((m) => m.to)).toEqual(all.filter((to) => !before.includes(to)));
    expect(world.outbox.map((m) => m.to).sort()).toEqual([...all].sort());
    // The crash came after the last send but before its outcome was written: «Có thể đã gửi», said once.
    expect(next.status === 'done' && next.uncertain).toEqual([before.at(-1)]);
    const uncertain = world.log.filter((r) => r.outcome === 'uncertain');
    expect(new Set(uncertain.map((r) => r.to))).toEqual(new Set([before.at(-1)]));
    world.run(THU);
    expect(world.log.filter((r) => r.outcome === 'uncertain')).toHaveLength(uncertain.length);
  });

  it('a send that fails settles its intent as failed: the next run sends it again', () => {
    const world = new ReminderWorld(plan(TASKS, PEOPLE));
    world.beforeSend = (mail) => {
      if (mail.to === 'binh@truong.edu.vn') throw new Error('Invalid email: binh');
    };
    const outcome = world.run(THU);
    expect(outcome.status === 'done' && outcome.failed).toEqual([{ to: 'binh@truong.edu.vn', error: 'Invalid email: binh' }]);
    expect(world.log.find((r) => r.outcome === 'failed')).toMatchObject({ to: 'binh@truong.edu.vn', detail: 'Invalid email: binh' });
    expect(world.handled().has(world.log.find((r) => r.outcome === 'failed')!.key)).toBe(false);
    world.beforeSend = () => {};
    world.run(THU);
    expect(world.outbox.slice(-1).map((m) => m.to)).toEqual(['binh@truong.edu.vn']);
  });

  it('three failures in a row: the mail service is down, the rest waits', () => {
    const world = new ReminderWorld(plan(TASKS, PEOPLE));
    world.beforeSend = () => {
      throw new Error('Service invoked too many times for one day: email.');
    };
    const outcome = world.run(THU);
    expect(world.calls.send).toBe(3);
    expect(outcome.status === 'done' && outcome.deferred.map((x) => x.reason)).toEqual(['failures', 'failures']);
  });

  it('stops before the time budget and leaves the rest for the next run', () => {
    const world = new ReminderWorld(plan(TASKS, PEOPLE));
    world.tick = 60_000; // every clock read is a minute later
    const outcome = world.run(THU, 270_000);
    expect(outcome.status === 'done' && outcome.sent.length).toBeGreaterThan(0);
    expect(outcome.status === 'done' && outcome.deferred.every((x) => x.reason === 'time')).toBe(true);
    expect(outcome.status === 'done' && outcome.deferred.length).toBeGreaterThan(0);
    expect(world.log.some((r) => r.outcome === 'deferred-time' && r.key !== '')).toBe(true);
  });

  it('counts the budget from startedAt when given: time spent before the run (the trigger\'s refresh) is included', () => {
    const world = new ReminderWorld(plan(TASKS, PEOPLE));
    const startedAt = new Date(world.clockMs - 270_000); // the execution began 4½ minutes ago
    const outcome = runReminders(world.ports('2026-06-11'), { asOf: THU, budgetMs: 270_000, startedAt });
    expect(world.calls.send).toBe(0);
    expect(outcome.status === 'done' && outcome.deferred.map((x) => x.reason)).toEqual(Array(5).fill('time'));
    expect(new Set(world.log.map((r) => r.outcome))).toEqual(new Set(['deferred-time']));
    // Without it the budget starts at the lock, as before.
    expect(world.run(THU, 270_000).status === 'done' && world.calls.send).toBe(5);
  });

  it('nobody to send to (no valid head e-mail): recorded once as undeliverable, never silently dropped', () => {
    const world = new ReminderWorld(plan([task('9', 'Việc không ai nhận', 'Tổ Hóa', '12/06/2026')], PEOPLE, { settings: { boardHeadEmail: '' } }));
    const outcome = world.run(THU);
    expect(world.outbox).toEqual([]);
    const undeliverable = world.log.filter((r) => r.outcome === 'undeliverable');
    expect(undeliverable.map((r) => r.taskId)).toContain('9');
    expect(undeliverable.every((r) => r.key !== '' && r.detail.includes('E-mail trưởng ban'))).toBe(true);
    expect(outcome.status === 'done' && outcomeMessage(outcome)).toContain('không có người nhận');
    world.run(THU);
    expect(world.log.filter((r) => r.outcome === 'undeliverable')).toHaveLength(undeliverable.length);
  });

  it('with the clock standing still, a refused send, a retry killed right after it went, and the next run stay in order: not sent twice', () => {
    const world = new ReminderWorld(plan(TASKS, PEOPLE));
    world.tick = 0;
    world.beforeSend = (mail) => {
      if (mail.to === 'binh@truong.edu.vn') throw new Error('421 thử lại sau');
    };
    world.run(THU);
    world.beforeSend = () => {};
    world.afterSend = (mail) => {
      if (mail.to === 'binh@truong.edu.vn') world.kill();
    };
    expect(world.execute(THU)).toBe('killed');
    world.afterSend = () => {};
    const third = world.run(THU);
    expect(world.outbox.filter((m) => m.to === 'binh@truong.edu.vn')).toHaveLength(1);
    expect(third.status === 'done' && third.uncertain).toEqual(['binh@truong.edu.vn']);
    const times = world.log.map((r) => r.time.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});

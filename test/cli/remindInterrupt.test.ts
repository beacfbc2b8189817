/**
 * Issue 8 item 12: `cds-tracker remind` stopped half-way — Ctrl-C/SIGTERM, or killed outright —
 * leaves a log of every mail that went out and no lock in the way, so the next run sends the rest
 * and nothing twice. Driven through the built CLI (the same esbuild build as build/cli.cjs, made
 * fresh here) against a real SMTP server on 127.0.0.1 that holds the third message until the test
 * has stopped the CLI: no timing, only events.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { build, ROOT } from '../../scripts/build.mjs';

const CLI = path.join(ROOT, 'build', 'remind-interrupt-test', 'cli.cjs');

interface Received {
  readonly to: string;
  readonly subject: string;
}

let server: SMTPServer;
let port: number;
let inbox: Received[];
/** Called with the n-th message (1-based) before it is accepted; resolve to accept it. */
let gate: (n: number) => Promise<void>;
let arrived = 0;
/** The sample workbook, made once by the built CLI's `template`; each test works on a copy. */
let template: string;

beforeAll(async () => {
  await build({ gas: false, cliOutFile: CLI, metaDir: fs.mkdtempSync(path.join(os.tmpdir(), 'cds-meta-')), quiet: true });
  template = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cds-remind-tpl-')), 'ke-hoach.xlsx');
  expect((await cli(['template', template])).code).toBe(0);
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(async (mail) => {
        const n = ++arrived;
        await gate(n);
        const to = (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address ?? '';
        inbox.push({ to, subject: mail.subject ?? '' });
        callback();
      }, (error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as { port: number }).port;
}, 60_000);
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

let dir: string;
let xlsx: string;
let logFile: string;
beforeEach(() => {
  inbox = [];
  arrived = 0;
  gate = async () => {};
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cds-remind-int-'));
  xlsx = path.join(dir, 'ke-hoach.xlsx');
  fs.copyFileSync(template, xlsx);
  logFile = path.join(dir, 'nhat-ky.json');
});

interface Run {
  readonly child: ChildProcess;
  readonly done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
  stderr(): string;
}

function start(args: readonly string[]): Run {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done, stderr: () => stderr };
}

const cli = (args: readonly string[]) => start(args).done;
const remindArgs = () => ['remind', xlsx, '--ngay', '2026-10-15', '--smtp', `smtp://127.0.0.1:${port}`, '--log', logFile];

/** The mails a clean run would send today (from --dry-run). */
async function owed(): Promise<string[]> {
  const { stdout } = await cli(['remind', xlsx, '--ngay', '2026-10-15', '--dry-run', '--log', logFile]);
  return [...stdout.matchAll(/Gửi: (\S+)/g)].map((m) => m[1]!);
}

/** Holds message `n` until released; resolves `held` when it arrives. */
function holdMessage(n: number): { held: Promise<void>; release: () => void } {
  let release!: () => void;
  let arrivedHeld!: () => void;
  const held = new Promise<void>((resolve) => (arrivedHeld = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  gate = (k) => {
    if (k !== n) return Promise.resolve();
    arrivedHeld();
    return released;
  };
  return { held, release };
}

/** Resolves when the run's stderr contains `text` or the run ends, whichever is first. */
function stderrOrEnd(run: Run, text: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (run.stderr().includes(text)) resolve();
    };
    run.child.stderr!.on('data', check);
    void run.done.then(() => resolve());
    check();
  });
}

function expectEachOnce(expected: readonly string[]): void {
  const tos = inbox.map((m) => m.to);
  expect(tos).toHaveLength(new Set(tos).size);
  expect([...tos].sort()).toEqual([...expected].sort());
}

describe('cds-tracker remind stopped half-way (issue 8 item 12)', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} while the third mail is on its way: it finishes that mail, logs, frees the lock, exits ≠ 0; the rerun sends only the rest`, async () => {
      const expected = await owed();
      expect(expected.length).toBeGreaterThanOrEqual(4);
      const { held, release } = holdMessage(3);
      const run = start(remindArgs());
      await held;
      run.child.kill(signal);
      await stderrOrEnd(run, 'tín hiệu dừng');
      release();
      const result = await run.done;
      expect(result.code).not.toBe(0);
      expect(result.code).not.toBeNull();
      expect(result.stderr).toMatch(/Đã dừng .* sau 3 thư/);
      expect(fs.existsSync(`${logFile}.lock`)).toBe(false);
      expect(inbox).toHaveLength(3);

      gate = async () => {};
      const rerun = await cli(remindArgs());
      expect(rerun.code).toBe(0);
      expectEachOnce(expected);
    });
  }

  it('killed outright (SIGKILL) while a mail is on its way: the stale lock is taken over, nothing is sent twice, the rest go', async () => {
    const expected = await owed();
    const { held, release } = holdMessage(3);
    const run = start(remindArgs());
    await held;
    run.child.kill('SIGKILL');
    await run.done;
    release(); // the server had the whole message: it was delivered, though the CLI never heard so
    expect(fs.existsSync(`${logFile}.lock`)).toBe(true);

    gate = async () => {};
    const rerun = await cli(remindArgs());
    expect(rerun.code).toBe(0);
    expect(rerun.stderr + rerun.stdout).toMatch(/không còn chạy/);
    expectEachOnce(expected);
    expect(rerun.stdout).toMatch(/có thể đã gửi/i);
  });

  it('a lock left by a process that is gone is taken over; a lock of a live process is respected', async () => {
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => dead.on('close', resolve));
    fs.writeFileSync(`${logFile}.lock`, JSON.stringify({ pid: dead.pid, host: os.hostname(), startedAt: '2026-10-15T00:00:00.000Z' }));
    const taken = await cli(remindArgs());
    expect(taken.code).toBe(0);
    expect(taken.stderr + taken.stdout).toContain(`tiến trình ${dead.pid}`);
    expect(inbox.length).toBeGreaterThan(0);
    expect(fs.existsSync(`${logFile}.lock`)).toBe(false);

    fs.writeFileSync(`${logFile}.lock`, JSON.stringify({ pid: process.pid, host: os.hostname(), startedAt: '2026-10-15T00:00:00.000Z' }));
    const held = await cli(remindArgs());
    expect(held.code).toBe(3);
    expect(held.stderr).toContain('không gửi gì');
  });
});

/**
 * Running the real built command line (build/cli.cjs, made by `npm run build`, which `npm test`
 * runs first) as a child process, the way a user runs it: exit code, what it printed, and its
 * peak resident memory. Also the check that what it told the user is plain Vietnamese.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';

/** The bundle under test; CDS_TEST_CLI names another one (e.g. a build of an older commit, to see a test fail there first). */
export const BUILT_CLI = path.resolve(process.env.CDS_TEST_CLI || 'build/cli.cjs');
const PEAK_MEMORY_PRELOAD = path.resolve('test/cli/peakMemory.cjs');

export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Peak resident memory in MiB; undefined when the process died before its exit handlers ran. */
  readonly peakMiB: number | undefined;
}

export interface CliRunOptions {
  /** Node flags, e.g. ['--max-old-space-size=128']. */
  readonly nodeArgs?: readonly string[];
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string>>;
  /** A generous bound after which the child is killed (a hang is a failure, not a timing test). */
  readonly killAfterMs?: number;
}

export async function runBuiltCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  if (!fs.existsSync(BUILT_CLI)) throw new Error(`${BUILT_CLI} is missing: run npm run build first`);
  const rssDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cds-rss-'));
  const rssFile = path.join(rssDir, 'peak');
  try {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--require', PEAK_MEMORY_PRELOAD, BUILT_CLI, ...args], {
      cwd: options.cwd,
      env: { ...process.env, CDS_DEBUG: '', ...options.env, CDS_TEST_PEAK_RSS_FILE: rssFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    const killer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 120_000);
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
    clearTimeout(killer);
    const peakMiB = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, 'utf8')) / 1024 : undefined;
    return { code, signal, stdout, stderr, peakMiB };
  } finally {
    fs.rmSync(rssDir, { recursive: true, force: true });
  }
}

/** Text a user reads: Vietnamese, and no stack trace, native crash report or English library message. */
export function expectPlainVietnamese(text: string): void {
  expect(text.trim(), 'says something').not.toBe('');
  expect(text, 'Vietnamese letters').toMatch(/[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i);
  expect(text, 'no stack trace').not.toMatch(/^\s+at .+[:(]/m);
  expect(text, 'no error class names').not.toMatch(/\b(?:Type|Range|Syntax|URI|)Error\b/);
  expect(text, 'no native crash report').not.toMatch(/FATAL|heap out of memory|Aborted|node::|v8::/);
  expect(text, 'no library messages').not.toMatch(
    /\b(?:E[A-Z]{3,}|jszip|exceljs|saxes|Cannot|cannot|Corrupted|corrupted|End of data|invalid|Invalid|disallowed|malformed|Unknown|unknown|not a|permission denied|no such file)\b/,
  );
}

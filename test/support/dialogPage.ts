/**
 * An Apps Script HTML dialog (src/gas/*.html) in headless Chromium, for the dialog tests: one
 * browser per test file, and a page whose google.script.run is a stand-in that records every call
 * (window.__calls) and answers each server function from `answers` ({ ok } or { error }).
 * google.script.host.close() sets window.__closed. Needs Debian's `chromium` (installed by .ci/run).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

/**
 * The part of playwright-core the dialog tests use. Loaded with require so the type checker does
 * not read playwright's own types, which need the DOM library the project leaves out (src/ is not a browser).
 */
export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}
export interface Page {
  addInitScript<A>(script: (arg: A) => void, arg: A): Promise<void>;
  route(url: string, handler: (route: { fulfill(response: { contentType: string; body: string }): Promise<void> }) => unknown): Promise<void>;
  goto(url: string): Promise<unknown>;
  waitForSelector(selector: string): Promise<unknown>;
  waitForFunction(expression: string): Promise<unknown>;
  evaluate<T>(expression: string): Promise<T>;
  inputValue(selector: string): Promise<string>;
  selectOption(selector: string, value: string): Promise<unknown>;
  setInputFiles(selector: string, files: FilePayload): Promise<void>;
  click(selector: string): Promise<void>;
  textContent(selector: string): Promise<string | null>;
  isVisible(selector: string): Promise<boolean>;
  isEnabled(selector: string): Promise<boolean>;
  close(): Promise<void>;
}
export interface DialogBrowser {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
const { chromium } = createRequire(import.meta.url)('playwright-core') as {
  chromium: { launchPersistentContext(dir: string, options: { executablePath: string; headless: boolean; args: string[] }): Promise<DialogBrowser> };
};

/** A headless Chromium on a fresh profile; `close()` also removes the profile. */
export async function launchDialogBrowser(): Promise<DialogBrowser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-dialog-'));
  // Playwright takes the fresh profile as the persistent context's directory (--user-data-dir).
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
  return {
    newPage: () => browser.newPage(),
    close: async () => {
      await browser.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What a server function answers: its value, or the error message its failure handler gets. */
export type DialogAnswer = { ok: unknown } | { error: string };

/**
 * Opens `src/gas/<file>` with a google.script.run that records calls and answers from `answers`
 * (by server function name). Served from an intercepted URL (nothing goes to the network), so the
 * init script runs before the dialog's own.
 */
export async function openDialog(browser: DialogBrowser, file: string, answers: Readonly<Record<string, DialogAnswer | undefined>>): Promise<Page> {
  const html = fs.readFileSync(path.resolve('src/gas', file), 'utf8');
  const page = await browser.newPage();
  await page.addInitScript((a: Readonly<Record<string, DialogAnswer | undefined>>) => {
    const w = globalThis as unknown as Record<string, unknown>;
    const calls: unknown[][] = [];
    w.__calls = calls;
    w.__closed = false;
    const runner = (success?: (v: unknown) => void, failure?: (e: unknown) => void): unknown =>
      new Proxy(
        {},
        {
          get(_t, name: string) {
            if (name === 'withSuccessHandler') return (fn: (v: unknown) => void) => runner(fn, failure);
            if (name === 'withFailureHandler') return (fn: (e: unknown) => void) => runner(success, fn);
            return (...args: unknown[]) => {
              calls.push([name, ...args]);
              const answer = (a as unknown as Record<string, { ok?: unknown; error?: string }>)[name];
              setTimeout(() => {
                if (answer && 'error' in answer && answer.error !== undefined) failure?.(new Error(answer.error));
                else success?.(answer?.ok);
              }, 10);
            };
          },
        },
      );
    w.google = { script: { run: runner(), host: { close: () => (w.__closed = true) } } };
  }, answers);
  await page.route('http://dialog.test/**', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(`http://dialog.test/${file}`);
  return page;
}

/**
 * The «Tạo báo cáo» dialog (src/gas/ReportDialog.html) driven in headless Chromium, with a
 * stand-in for google.script.run that answers from the real dialog state of the sample plan.
 * Needs Debian's `chromium` (installed by .ci/run).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate as d } from '../../src/core/date';
import { reportDialogState } from '../../src/core/report/dialogState';
import { samplePlan } from '../../src/sample/anLao2026';
import { plan as smallPlan } from '../support/reportPlans';

/**
 * The part of playwright-core used here. Loaded with require so the type checker does not read
 * playwright's own types, which need the DOM library the project leaves out (src/ is not a browser).
 */
interface Page {
  addInitScript<A>(script: (arg: A) => void, arg: A): Promise<void>;
  route(url: string, handler: (route: { fulfill(response: { contentType: string; body: string }): Promise<void> }) => unknown): Promise<void>;
  goto(url: string): Promise<unknown>;
  waitForSelector(selector: string): Promise<unknown>;
  evaluate<T>(expression: string): Promise<T>;
  inputValue(selector: string): Promise<string>;
  selectOption(selector: string, value: string): Promise<unknown>;
  click(selector: string): Promise<void>;
  textContent(selector: string): Promise<string | null>;
  isVisible(selector: string): Promise<boolean>;
  isEnabled(selector: string): Promise<boolean>;
  close(): Promise<void>;
}
interface BrowserContext {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
const { chromium } = createRequire(import.meta.url)('playwright-core') as {
  chromium: { launchPersistentContext(dir: string, options: { executablePath: string; headless: boolean; args: string[] }): Promise<BrowserContext> };
};

const HTML = fs.readFileSync(path.resolve('src/gas/ReportDialog.html'), 'utf8');

let browser: BrowserContext;
let profile: string;

beforeAll(async () => {
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-dialog-'));
  // A fresh profile (--user-data-dir) for each run: Playwright takes it as the persistent context's directory.
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  fs.rmSync(profile, { recursive: true, force: true });
});

interface Answers {
  reportDialogState: { ok: unknown } | { error: string };
  reportCreate: { ok: unknown } | { error: string };
}

/** Opens the dialog with a google.script.run that records calls and answers from `answers`. */
async function openDialog(answers: Answers): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript((a: Answers) => {
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
  // Served from an intercepted URL (nothing goes to the network) so the init script runs first.
  await page.route('http://dialog.test/**', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: HTML }));
  await page.goto('http://dialog.test/ReportDialog.html');
  return page;
}

const sampleState = reportDialogState(samplePlan(), [], d(2026, 10, 15));
const created = { name: 'Báo cáo CĐS quý III-2026 - Trường THPT An Lão', url: 'https://docs.google.com/document/d/abc/edit', notes: [], logged: true };

describe('ReportDialog.html', () => {
  it('lists the periods with the last finished one selected, and what data that period lacks', async () => {
    const page = await openDialog({ reportDialogState: { ok: sampleState }, reportCreate: { ok: created } });
    await page.waitForSelector('#form:not([hidden])');
    const options = await page.evaluate<string[]>("[...document.querySelectorAll('#period option')].map((o) => o.textContent)");
    expect(options).toEqual([
      'Quý I năm 2026', 'Quý II năm 2026', 'Quý III năm 2026', 'Quý IV năm 2026', '6 tháng đầu năm 2026', 'Năm 2026',
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => `Tháng ${m} năm 2026`),
    ]);
    expect(await page.inputValue('#period')).toBe('quy-3-2026');
    const notes = await page.evaluate<string[]>("[...document.querySelectorAll('#periodNotes li')].map((l) => l.textContent)");
    expect(notes).toEqual(sampleState.periods[2]!.notes);
    expect(await page.isVisible('#settingsBox')).toBe(false);

    await page.selectOption('#period', 'quy-4-2026');
    expect(await page.textContent('#periodNotes li')).toContain('Kỳ này chưa kết thúc');
    await page.close();
  });

  it('creates the report for the chosen period and shows its link', async () => {
    const page = await openDialog({ reportDialogState: { ok: sampleState }, reportCreate: { ok: created } });
    await page.waitForSelector('#form:not([hidden])');
    await page.selectOption('#period', '6-thang-2026');
    await page.click('#create');
    await page.waitForSelector('#result:not([hidden])');
    const link = await page.evaluate<object>("(({ href, textContent, target }) => ({ href, text: textContent, target }))(document.getElementById('link'))");
    expect(link).toEqual({ href: created.url, text: created.name, target: '_blank' });
    const calls = await page.evaluate<unknown[][]>('window.__calls');
    // The appendix box starts unticked: the report carries no Phụ lục unless asked (issue 10).
    expect(calls).toEqual([['reportDialogState'], ['reportCreate', '6-thang-2026', false]]);
    expect(await page.textContent('#create')).toBe('Tạo thêm một bản mới');
    expect(await page.isEnabled('#create')).toBe(true);
    await page.click('#appendix');
    await page.click('#create');
    await page.waitForSelector('#result:not([hidden])');
    expect((await page.evaluate<unknown[][]>('window.__calls')).at(-1)).toEqual(['reportCreate', '6-thang-2026', true]);
    await page.click('#close');
    expect(await page.evaluate<boolean>('window.__closed')).toBe(true);
    await page.close();
  });

  it('says the link is in Nhật ký only when it was written there', async () => {
    const LOGGED = 'Đường dẫn đã được ghi vào tab «Nhật ký».';
    const note = 'Đã tạo báo cáo nhưng chưa ghi được đường dẫn vào tab «Nhật ký». Hãy lưu đường dẫn ở trên.';
    for (const [answer, says] of [[{ ...created, logged: true }, true], [{ ...created, logged: false, notes: [note] }, false]] as const) {
      const page = await openDialog({ reportDialogState: { ok: sampleState }, reportCreate: { ok: answer } });
      await page.waitForSelector('#form:not([hidden])');
      await page.click('#create');
      await page.waitForSelector('#result:not([hidden])');
      const shown = await page.evaluate<string>("document.getElementById('result').innerText");
      expect(shown.includes(LOGGED), JSON.stringify(answer)).toBe(says);
      expect(shown).toContain('Mỗi lần tạo là một tài liệu mới');
      if (!says) expect(await page.textContent('#resultNotes li')).toBe(note);
      await page.close();
    }
  });

  it('says which Cấu hình rows to fill, and shows a server error in Vietnamese', async () => {
    const state = reportDialogState(smallPlan({ settings: { schoolName: '', signerName: '' } }), ['Chỉ tiêu!D7: chưa nhập chỉ tiêu'], d(2026, 10, 15));
    const page = await openDialog({ reportDialogState: { ok: state }, reportCreate: { error: 'Không thực hiện được «Tạo báo cáo quý».\n\nThiếu trang tính «Chỉ tiêu».' } });
    await page.waitForSelector('#form:not([hidden])');
    const settings = await page.evaluate<string[]>("[...document.querySelectorAll('#settings li')].map((l) => l.textContent)");
    expect(settings).toEqual(state.settings);
    expect(settings[0]).toContain('điền dòng «Tên đơn vị» trong trang Cấu hình');
    expect(await page.textContent('#problems li')).toBe('Chỉ tiêu!D7: chưa nhập chỉ tiêu');
    await page.click('#create');
    await page.waitForSelector('#error:not([hidden])');
    expect(await page.textContent('#error')).toBe('Không thực hiện được «Tạo báo cáo quý».\n\nThiếu trang tính «Chỉ tiêu».');
    expect(await page.isVisible('#result')).toBe(false);
    expect(await page.textContent('#create')).toBe('Tạo báo cáo');
    await page.close();
  });

  it('shows a failure to read the sheet instead of hanging on "Đang đọc"', async () => {
    const sentence = 'Không thực hiện được «Tạo báo cáo quý».\n\nKhông tìm thấy trang «Cấu hình».';
    const page = await openDialog({ reportDialogState: { error: sentence }, reportCreate: { ok: created } });
    await page.waitForSelector('#error:not([hidden])');
    expect(await page.textContent('#error')).toBe(sentence);
    expect(await page.isVisible('#loading')).toBe(false);
    await page.close();
  });

  it('never shows Google\'s own English error text: a lost connection gets a Vietnamese sentence', async () => {
    const page = await openDialog({ reportDialogState: { error: 'ScriptError: We\'re sorry, a server error occurred. Please wait a bit and try again.' }, reportCreate: { ok: created } });
    await page.waitForSelector('#error:not([hidden])');
    const shown = await page.textContent('#error');
    expect(shown).toMatch(/^Không thực hiện được: mất kết nối/);
    expect(shown).not.toContain('server error');
    await page.close();
  });

  it('shows cell text as text, never as HTML', async () => {
    const state = { ...sampleState, problems: ['<img src=x onerror="window.__xss=1">Chỉ tiêu!A1'] };
    const page = await openDialog({ reportDialogState: { ok: state }, reportCreate: { ok: created } });
    await page.waitForSelector('#form:not([hidden])');
    expect(await page.textContent('#problems li')).toBe(state.problems[0]);
    expect(await page.evaluate<number | undefined>('window.__xss')).toBeUndefined();
    await page.close();
  });
});

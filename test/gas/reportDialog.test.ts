/**
 * The «Tạo báo cáo» dialog (src/gas/ReportDialog.html) driven in headless Chromium, with a
 * stand-in for google.script.run that answers from the real dialog state of the sample plan.
 * Needs Debian's `chromium` (installed by .ci/run).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DialogAnswer, type DialogBrowser, launchDialogBrowser, openDialog, type Page } from '../support/dialogPage';
import { calendarDate as d } from '../../src/core/date';
import { reportDialogState } from '../../src/core/report/dialogState';
import { samplePlan } from '../../src/sample/anLao2026';
import { plan as smallPlan } from '../support/reportPlans';


let browser: DialogBrowser;

beforeAll(async () => {
  browser = await launchDialogBrowser();
});

afterAll(async () => {
  await browser?.close();
});

interface Answers {
  reportDialogState: DialogAnswer;
  reportCreate: DialogAnswer;
}

/** Opens the dialog with a google.script.run that records calls and answers from `answers`. */
function open(answers: Answers): Promise<Page> {
  return openDialog(browser, 'ReportDialog.html', { ...answers });
}

const sampleState = reportDialogState(samplePlan(), [], d(2026, 10, 15));
const created = { name: 'Báo cáo CĐS quý III-2026 - Trường THPT An Lão', url: 'https://docs.google.com/document/d/abc/edit', notes: [], logged: true };

describe('ReportDialog.html', () => {
  it('lists the periods with the last finished one selected, and what data that period lacks', async () => {
    const page = await open({ reportDialogState: { ok: sampleState }, reportCreate: { ok: created } });
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
    const page = await open({ reportDialogState: { ok: sampleState }, reportCreate: { ok: created } });
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
      const page = await open({ reportDialogState: { ok: sampleState }, reportCreate: { ok: answer } });
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
    const page = await open({ reportDialogState: { ok: state }, reportCreate: { error: 'Không thực hiện được «Tạo báo cáo quý».\n\nThiếu trang tính «Chỉ tiêu».' } });
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
    const page = await open({ reportDialogState: { error: sentence }, reportCreate: { ok: created } });
    await page.waitForSelector('#error:not([hidden])');
    expect(await page.textContent('#error')).toBe(sentence);
    expect(await page.isVisible('#loading')).toBe(false);
    await page.close();
  });

  it('never shows Google\'s own English error text: a lost connection gets a Vietnamese sentence', async () => {
    const page = await open({ reportDialogState: { error: 'ScriptError: We\'re sorry, a server error occurred. Please wait a bit and try again.' }, reportCreate: { ok: created } });
    await page.waitForSelector('#error:not([hidden])');
    const shown = await page.textContent('#error');
    expect(shown).toMatch(/^Không thực hiện được: mất kết nối/);
    expect(shown).not.toContain('server error');
    await page.close();
  });

  it('shows cell text as text, never as HTML', async () => {
    const state = { ...sampleState, problems: ['<img src=x onerror="window.__xss=1">Chỉ tiêu!A1'] };
    const page = await open({ reportDialogState: { ok: state }, reportCreate: { ok: created } });
    await page.waitForSelector('#form:not([hidden])');
    expect(await page.textContent('#problems li')).toBe(state.problems[0]);
    expect(await page.evaluate<number | undefined>('window.__xss')).toBeUndefined();
    await page.close();
  });
});

/**
 * The «Nhập kế hoạch từ tệp Word…» dialog (src/gas/ImportDialog.html) driven in headless
 * Chromium: a real file chosen in the file input (the An Lão fixture .docx), read by the browser's
 * FileReader, sent as base64 to a stand-in google.script.run that records the calls. Needs
 * Debian's `chromium` (installed by .ci/run).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DialogAnswer, type DialogBrowser, launchDialogBrowser, openDialog, type Page } from '../support/dialogPage';
import { type ImportResult, type ImportView, MAX_DOCX_BYTES } from '../../src/gas/importPlan';
import { anLaoDocx } from '../support/planDocx';
import { DOCX_MIME } from '../../src/core/report/ooxml';

const HTML = fs.readFileSync(path.resolve('src/gas/ImportDialog.html'), 'utf8');

let browser: DialogBrowser;
let fixture: Buffer;

beforeAll(async () => {
  fixture = Buffer.from(await anLaoDocx());
  browser = await launchDialogBrowser();
});

afterAll(async () => {
  await browser?.close();
});

interface Answers {
  importPreview?: DialogAnswer;
  importApply?: DialogAnswer;
}

/** Opens the dialog with a google.script.run that records calls and answers from `answers`. */
function open(answers: Answers): Promise<Page> {
  return openDialog(browser, 'ImportDialog.html', { ...answers });
}

const view: ImportView = {
  fileName: 'KH CĐS 2026.docx',
  tabs: [
    { tab: 'Chỉ tiêu', toAdd: 8, existing: 0 },
    { tab: 'Nhiệm vụ', toAdd: 6, existing: 1 },
  ],
  review: [
    { text: 'Nhà trường thí điểm ứng dụng AI trong dạy học', where: 'Bảng 1 (Phụ lục 1), dòng 13', reason: 'chưa có mức đạt', sheetPlace: 'tab «Chỉ tiêu», dòng 14' },
    { text: '<img src=x onerror="window.__xss=1">Quý 5', where: 'Bảng 2, dòng 9, cột «Thời gian»', reason: 'không đọc được thời gian', sheetPlace: '' },
  ],
  settings: [
    { label: 'Tên đơn vị', value: 'Trường THPT An Lão', kept: false },
    { label: 'Người ký', value: 'Vương Văn Huy', kept: true },
  ],
  partsFound: ['Phụ lục 1 (chỉ tiêu)', 'Phụ lục 2 (nhiệm vụ)'],
  nothingToAdd: false,
  setUpFirst: false,
};
const result: ImportResult = {
  fileName: 'KH CĐS 2026.docx',
  createdTabs: [],
  added: [
    { tab: 'Chỉ tiêu', rows: 8, text: 'thêm 8 mục' },
    { tab: 'Nhiệm vụ', rows: 6, text: 'thêm 6 mục' },
  ],
  settingsFilled: ['Tên đơn vị'],
  view,
  notes: ['Đã chạy «Cập nhật đánh giá & tiến độ»: 9 kỳ theo dõi mới ở tab Tiến độ.'],
};

const texts = (page: Page, selector: string): Promise<string[]> =>
  page.evaluate<string[]>(`[...document.querySelectorAll(${JSON.stringify(selector)})].map((e) => e.textContent)`);

describe('ImportDialog.html', () => {
  it('choose file → preview → confirm → result; the base64 sent decodes to the file\'s bytes', async () => {
    const page = await open({ importPreview: { ok: view }, importApply: { ok: result } });
    expect(await page.isVisible('#apply')).toBe(false);
    await page.setInputFiles('#file', { name: 'KH CĐS 2026.docx', mimeType: DOCX_MIME, buffer: fixture });
    await page.waitForSelector('#preview:not([hidden])');

    const calls = await page.evaluate<unknown[][]>('window.__calls');
    expect(calls).toHaveLength(1);
    const [fn, base64, name] = calls[0] as [string, string, string];
    expect([fn, name]).toEqual(['importPreview', 'KH CĐS 2026.docx']);
    expect(Buffer.from(base64, 'base64').equals(fixture)).toBe(true);
    expect(base64).toMatch(/^[A-Za-z0-9+/]+=*$/); // bare base64: no «data:…;base64,» prefix

    expect(await page.textContent('#previewFile')).toBe('KH CĐS 2026.docx');
    expect(await texts(page, '#counts tbody tr')).toEqual(['Chỉ tiêu80', 'Nhiệm vụ61']);
    expect(await page.textContent('#reviewCount')).toBe('2');
    expect(await texts(page, '#review li')).toEqual([
      '«Nhà trường thí điểm ứng dụng AI trong dạy học» (Bảng 1 (Phụ lục 1), dòng 13 → tab «Chỉ tiêu», dòng 14): chưa có mức đạt',
      '«<img src=x onerror="window.__xss=1">Quý 5» (Bảng 2, dòng 9, cột «Thời gian»): không đọc được thời gian',
    ]);
    expect(await page.evaluate<number | undefined>('window.__xss')).toBeUndefined();
    expect(await texts(page, '#settings li')).toEqual([
      'Tên đơn vị: «Trường THPT An Lão» (sẽ điền vào Cấu hình)',
      'Người ký: «Vương Văn Huy» (Cấu hình đã có giá trị: giữ nguyên giá trị đã có)',
    ]);
    expect(await page.isVisible('#nothing')).toBe(false);
    expect(await page.isVisible('#setUpFirst')).toBe(false);

    await page.click('#apply');
    await page.waitForSelector('#result:not([hidden])');
    const after = await page.evaluate<unknown[][]>('window.__calls');
    expect(after).toHaveLength(2);
    // The same bytes go to importApply: the file is read once, in the browser.
    expect(after[1]).toEqual(['importApply', base64, 'KH CĐS 2026.docx']);
    expect(await page.textContent('#resultTitle')).toBe('Đã nhập kế hoạch từ tệp «KH CĐS 2026.docx».');
    expect(await texts(page, '#resultLines li')).toEqual([
      'Tab «Chỉ tiêu»: thêm 8 mục.',
      'Tab «Nhiệm vụ»: thêm 6 mục.',
      'Cấu hình: đã điền Tên đơn vị.',
      'Còn 2 mục cần xem lại (danh sách ở bước xem trước): hãy kiểm tra chúng trong bảng tính.',
      'Đã chạy «Cập nhật đánh giá & tiến độ»: 9 kỳ theo dõi mới ở tab Tiến độ.',
      'Đã ghi vào tab «Nhật ký».',
    ]);
    expect(await page.isVisible('#apply')).toBe(false);
    await page.click('#close');
    expect(await page.evaluate<boolean>('window.__closed')).toBe(true);
    await page.close();
  });

  it('says when everything is already there, and offers no button to import', async () => {
    const page = await open({ importPreview: { ok: { ...view, tabs: [{ tab: 'Chỉ tiêu', toAdd: 0, existing: 8 }], review: [], settings: [], nothingToAdd: true } } });
    await page.setInputFiles('#file', { name: 'kh.docx', mimeType: DOCX_MIME, buffer: fixture });
    await page.waitForSelector('#preview:not([hidden])');
    expect(await page.isVisible('#nothing')).toBe(true);
    expect(await page.isVisible('#apply')).toBe(false);
    expect(await page.isVisible('#reviewBox')).toBe(false);
    await page.close();
  });

  it('on an empty spreadsheet says Khởi tạo will run first, then that it ran', async () => {
    const page = await open({ importPreview: { ok: { ...view, setUpFirst: true } }, importApply: { ok: { ...result, createdTabs: ['Tổng quan', 'Cấu hình', 'Chỉ tiêu'] } } });
    await page.setInputFiles('#file', { name: 'kh.docx', mimeType: DOCX_MIME, buffer: fixture });
    await page.waitForSelector('#preview:not([hidden])');
    expect(await page.textContent('#setUpFirst')).toContain('tiện ích chạy «Khởi tạo bảng theo dõi» trước');
    expect(await page.isVisible('#setUpFirst')).toBe(true);
    await page.click('#apply');
    await page.waitForSelector('#result:not([hidden])');
    expect((await texts(page, '#resultLines li'))[0]).toBe(
      'Bảng tính còn trống nên đã chạy «Khởi tạo bảng theo dõi» trước (bảng trống, không có kế hoạch mẫu): Tổng quan, Cấu hình, Chỉ tiêu.',
    );
    await page.close();
  });

  for (const [name, says] of [
    ['Kế hoạch CĐS.doc', 'là định dạng Word cũ (.doc, Word 97–2003)'],
    ['Kế hoạch CĐS.pdf', 'là tệp PDF'],
    ['Kế hoạch CĐS.odt', 'không phải tệp Word .docx'],
  ] as const) {
    it(`refuses «${name}» in the browser with a Vietnamese sentence, sending nothing`, async () => {
      const page = await open({});
      await page.setInputFiles('#file', { name, mimeType: 'application/octet-stream', buffer: Buffer.from('not a plan') });
      await page.waitForSelector('#error:not([hidden])');
      const shown = (await page.textContent('#error'))!;
      expect(shown).toContain(`Tệp «${name}» ${says}`);
      expect(await page.evaluate<unknown[][]>('window.__calls')).toEqual([]);
      await page.close();
    });
  }

  it('checks the size before sending and says the limit', async () => {
    const page = await open({});
    expect(await page.textContent('#limit')).toContain('tối đa 10 MB');
    // The file is made in the page (sending 10 MB through the debugging protocol is slow) and chosen as setInputFiles does.
    await page.evaluate(`(() => {
      const input = document.getElementById('file');
      const files = new DataTransfer();
      files.items.add(new File([new Uint8Array(${MAX_DOCX_BYTES + 1})], 'có ảnh.docx', { type: '${DOCX_MIME}' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    })()`);
    await page.waitForSelector('#error:not([hidden])');
    expect(await page.textContent('#error')).toMatch(/^Tệp «có ảnh\.docx» nặng 10 MB, quá giới hạn 10 MB mà hộp thoại nhập kế hoạch nhận được\./);
    expect(await page.evaluate<unknown[][]>('window.__calls')).toEqual([]);
    await page.close();
  });

  it('the dialog\'s limit is the server\'s', () => {
    expect(HTML).toContain(`var MAX_BYTES = ${MAX_DOCX_BYTES};`);
  });

  it('shows the server\'s Vietnamese sentence, and never Google\'s English', async () => {
    const sentence = 'Không thực hiện được «Nhập kế hoạch từ tệp Word…».\n\nTệp «kh.docx» được đặt mật khẩu nên không đọc được.';
    let page = await open({ importPreview: { error: sentence } });
    await page.setInputFiles('#file', { name: 'kh.docx', mimeType: DOCX_MIME, buffer: fixture });
    await page.waitForSelector('#error:not([hidden])');
    expect(await page.textContent('#error')).toBe(sentence);
    expect(await page.isVisible('#preview')).toBe(false);
    expect(await page.isVisible('#busy')).toBe(false);
    await page.close();

    page = await open({ importPreview: { ok: view }, importApply: { error: 'ScriptError: Exceeded maximum execution time' } });
    await page.setInputFiles('#file', { name: 'kh.docx', mimeType: DOCX_MIME, buffer: fixture });
    await page.waitForSelector('#preview:not([hidden])');
    await page.click('#apply');
    await page.waitForSelector('#error:not([hidden])');
    const shown = await page.textContent('#error');
    expect(shown).toMatch(/^Không thực hiện được: mất kết nối/);
    expect(shown).not.toContain('Exceeded');
    expect(await page.isVisible('#result')).toBe(false);
    await page.close();
  });
});

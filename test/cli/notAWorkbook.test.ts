/**
 * A Word document or an OpenDocument file renamed .xlsx is a valid zip without xl/workbook.xml;
 * it was once read as an empty workbook: `check` listed 15 problems ending with «Không có tab
 * «Cấu hình». Chạy «Chuyển đổi số → Khởi tạo…»», exit 3. It is refused naming what the file is
 * (exit 1). And offline, a missing tab points to `npx cds-tracker template`, not to the Google
 * Sheets menu. Driven through the built command line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectPlainVietnamese, runBuiltCli } from './builtCli';
import { deflated, sheetXml, workbookEntries, zipArchive, type ZipEntry } from './handmadeXlsx';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cds-not-xlsx-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function stored(name: string, text: string): ZipEntry {
  return { name, data: Buffer.from(text, 'utf8'), method: 0 };
}

/** An OpenDocument package as LibreOffice writes it: «mimetype» stored first, then the manifest and content. */
function odfPackage(mimetype: string): Buffer {
  const manifest =
    '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
    `<manifest:file-entry manifest:full-path="/" manifest:media-type="${mimetype}"/>` +
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>';
  const content =
    '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">' +
    '<office:body><office:spreadsheet><table:table table:name="Cấu hình"><table:table-row><table:table-cell><text:p>Tên đơn vị</text:p></table:table-cell></table:table-row></table:table>' +
    '</office:spreadsheet></office:body></office:document-content>';
  return zipArchive([stored('mimetype', mimetype), deflated('META-INF/manifest.xml', manifest), deflated('content.xml', content)]);
}

async function expectRefused(file: string, says: RegExp): Promise<void> {
  for (const command of ['check', 'report']) {
    const run = await runBuiltCli([command, file, ...(command === 'report' ? ['--out', dir] : [])]);
    expect(run.code, `${command}: ${run.stdout}${run.stderr}`).toBe(1);
    expect(run.stdout, command).toBe('');
    expect(run.stderr).toContain(`«${file}»`);
    expect(run.stderr).toMatch(says);
    expect(run.stderr).not.toContain('Không có tab');
    expectPlainVietnamese(run.stderr);
  }
}

describe('a file that is no workbook, renamed .xlsx (built CLI)', { timeout: 180_000 }, () => {
  it('a Word document (.docx) is refused as such, exit 1', async () => {
    const made = await runBuiltCli(['start', '--out', dir]);
    expect(made.code, made.stderr).toBe(0);
    const docx = fs.readdirSync(dir).find((f) => f.endsWith('.docx'))!;
    const file = path.join(dir, 'ke-hoach-word.xlsx');
    fs.copyFileSync(path.join(dir, docx), file);
    await expectRefused(file, /văn bản Word \(\.docx\)/);
  });

  it('an OpenDocument spreadsheet (.ods) is refused as such and says how to save it as .xlsx, exit 1', async () => {
    const file = path.join(dir, 'ke-hoach-libreoffice.xlsx');
    fs.writeFileSync(file, odfPackage('application/vnd.oasis.opendocument.spreadsheet'));
    await expectRefused(file, /bảng tính OpenDocument \(\.ods\).*\.xlsx/s);
  });

  it('an OpenDocument text, a PowerPoint file and a zip of anything else are refused too', async () => {
    const odt = path.join(dir, 'van-ban.xlsx');
    fs.writeFileSync(odt, odfPackage('application/vnd.oasis.opendocument.text'));
    await expectRefused(odt, /văn bản OpenDocument \(\.odt\)/);

    const pptx = path.join(dir, 'trinh-chieu.xlsx');
    fs.writeFileSync(pptx, zipArchive([deflated('[Content_Types].xml', '<Types/>'), deflated('ppt/presentation.xml', '<p:presentation/>')]));
    await expectRefused(pptx, /PowerPoint \(\.pptx\)/);

    const photos = path.join(dir, 'anh.xlsx');
    fs.writeFileSync(photos, zipArchive([deflated('anh/lop-10a.txt', 'ảnh lớp 10A')]));
    await expectRefused(photos, /không phải bảng tính \.xlsx/);
  });
});

describe('a missing tab, offline (built CLI)', { timeout: 180_000 }, () => {
  it('check and report point to «npx cds-tracker template», not to the Google Sheets menu', async () => {
    const file = path.join(dir, 'thieu-tab.xlsx');
    fs.writeFileSync(file, zipArchive(workbookEntries([{ name: 'Cấu hình', xml: sheetXml({ A1: 'Thiết lập', B1: 'Giá trị', A2: 'Tên đơn vị', B2: 'Trường THPT An Lão' }) }])));
    const check = await runBuiltCli(['check', file]);
    expect(check.code, check.stderr).toBe(3);
    for (const tab of ['Chỉ tiêu', 'Nhiệm vụ', 'Tiến độ', 'Phân công']) {
      expect(check.stdout).toContain(`Không có tab «${tab}». Tạo tệp mẫu có đủ các tab bằng lệnh «npx cds-tracker template mau.xlsx» rồi chép tab «${tab}» từ tệp đó sang.`);
    }
    expect(check.stdout).not.toContain('Chuyển đổi số →');

    const report = await runBuiltCli(['report', file, '--out', dir]);
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toContain('npx cds-tracker template');
    expect(report.stdout).not.toContain('Chuyển đổi số →');
  });
});

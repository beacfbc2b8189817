import { describe, expect, it } from 'vitest';
import { readDocumentHeader } from '../../../src/core/import/documentHeader';
import { readDocxBody, type DocxBody } from '../../../src/core/import/docxBody';
import type { DraftSetting, DraftSettingKey } from '../../../src/core/import/draft';
import type { PartialDraft } from '../../../src/core/import/planDraft';
import { bodyOf, para, table } from '../../support/docxBodies';
import { anLaoDocx, tranDuongDocx } from '../../support/planDocx';

function body(bytes: Uint8Array): DocxBody {
  const r = readDocxBody(bytes);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

function settings(d: PartialDraft): Partial<Record<DraftSettingKey, DraftSetting>> {
  return Object.fromEntries((d.settings ?? []).map((s) => [s.key, s]));
}

function values(d: PartialDraft): Partial<Record<DraftSettingKey, string>> {
  return Object.fromEntries((d.settings ?? []).map((s) => [s.key, s.value]));
}

describe('readDocumentHeader on the seed plans', () => {
  it('An Lão: the number and day left blank are kept for review; place, year, school and signer are read', async () => {
    const d = readDocumentHeader(body(await anLaoDocx()));
    expect(values(d)).toEqual({
      schoolName: 'Trường THPT An Lão',
      schoolCode: 'THPTAL',
      place: 'An Lão',
      planYear: '2026',
      planReference: 'Kế hoạch số …/KH-THPTAL ngày … tháng 3 năm 2026 của Trường THPT An Lão',
      signerTitle: 'KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG',
      signerName: 'Vương Văn Huy',
    });
    const s = settings(d);
    expect(s.planReference).toMatchObject({ confidence: 'review' });
    expect(s.planReference!.reason).toContain('Số: /KH -THPT AL');
    for (const key of ['place', 'planYear', 'signerTitle', 'signerName', 'schoolCode'] as const) expect(s[key]!.confidence).toBe('read');
    expect(s.place!.source.where).toMatch(/^Đoạn 2/);
    expect(s.signerName!.source.block).toBeGreaterThan(s.signerTitle!.source.block);
    expect(d.partsFound).toEqual(['Phần đầu văn bản', 'Chữ ký']);
  });

  it('Trần Dương: number, date, place and school from the header paragraphs and the title', async () => {
    const d = readDocumentHeader(body(await tranDuongDocx()));
    expect(values(d)).toEqual({
      schoolName: 'Trường Tiểu học Trần Dương',
      schoolCode: 'TH',
      place: 'Xã Nguyễn Bình Khiêm',
      planYear: '2026',
      planReference: 'Kế hoạch số 17/KH-TH ngày 04/3/2026 của Trường Tiểu học Trần Dương',
      signerTitle: 'HIỆU TRƯỞNG',
      signerName: 'Bùi Thị Thúy',
    });
    expect((d.settings ?? []).every((s) => s.confidence === 'read')).toBe(true);
  });
});

describe('readDocumentHeader on other layouts', () => {
  const headerTable = (left: string, right: string) => table([[left, right]]);
  const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc';

  it('reads the borderless two-column header table and the signature table', () => {
    const d = readDocumentHeader(
      bodyOf(
        headerTable('SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG\nTRƯỜNG THPT AN LÃO\nSố: 12/KH-THPTAL', `${MOTTO}\nAn Lão, ngày 10 tháng 3 năm 2026`),
        para('KẾ HOẠCH'),
        para('Chuyển đổi số của Trường THPT An Lão năm 2026'),
        para('Căn cứ Kế hoạch số 639/KH-SGDĐT ngày 04/02/2026 của Sở Giáo dục và Đào tạo Hải Phòng;'),
        table([['Nơi nhận:\n- Sở GD&ĐT (để b/c);\n- Lưu: VT.', 'KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\n(Đã ký)\n\nVương Văn Huy']]),
      ),
    );
    expect(values(d)).toEqual({
      parentAgency: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG',
      schoolName: 'Trường THPT An Lão',
      schoolCode: 'THPTAL',
      place: 'An Lão',
      planYear: '2026',
      planReference: 'Kế hoạch số 12/KH-THPTAL ngày 10/3/2026 của Trường THPT An Lão',
      signerTitle: 'KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG',
      signerName: 'Vương Văn Huy',
    });
    expect((d.settings ?? []).every((s) => s.confidence === 'read')).toBe(true);
    expect(settings(d).parentAgency!.source).toMatchObject({ block: 0, row: 0, column: 0 });
  });

  it('keeps a school name written only in capitals as written, for review', () => {
    const d = readDocumentHeader(
      bodyOf(headerTable('UBND XÃ AN HƯNG\nTRƯỜNG TIỂU HỌC AN HƯNG\nSố: 05/KH-THAH', `${MOTTO}\nAn Hưng, ngày 02 tháng 01 năm 2026`), para('KẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2026')),
    );
    expect(settings(d).schoolName).toMatchObject({ value: 'TRƯỜNG TIỂU HỌC AN HƯNG', confidence: 'review' });
    expect(settings(d).parentAgency).toMatchObject({ value: 'UBND XÃ AN HƯNG', confidence: 'read' });
    expect(settings(d).schoolCode).toMatchObject({ value: 'THAH' });
  });

  it('takes the calendar year from «năm 2026», and a school year «năm học 2025-2026» only for review', () => {
    const year = (...title: string[]) => settings(readDocumentHeader(bodyOf(...title.map((t) => para(t))))).planYear;
    expect(year('KẾ HOẠCH', 'Chuyển đổi số năm 2026')).toMatchObject({ value: '2026', confidence: 'read' });
    expect(year('KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026')).toMatchObject({ value: '2026', confidence: 'read' });
    const schoolYear = year('KẾ HOẠCH', 'Ứng dụng CNTT và chuyển đổi số năm học 2025-2026');
    expect(schoolYear).toMatchObject({ value: '2025-2026', confidence: 'review' });
    expect(schoolYear!.reason).toContain('2025-2026');
    expect(year('KẾ HOẠCH', 'Chuyển đổi số năm 2025 và định hướng năm 2026')).toMatchObject({ confidence: 'review' });
    expect(year('KẾ HOẠCH', 'Chuyển đổi số')).toBeUndefined();
  });

  it('guesses nothing when the document has no header or signature', () => {
    const d = readDocumentHeader(bodyOf(para('Một đoạn văn bản không phải kế hoạch.'), para('Nguyễn Văn An')));
    expect(d.settings ?? []).toEqual([]);
    expect(d.partsFound ?? []).toEqual([]);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { type DocxBody, readDocxBody } from '../../../src/core/import/docxBody';
import type { DraftSetting } from '../../../src/core/import/draft';
import { readPlanDraft } from '../../../src/core/import/planDraft';
import { readReportingRules } from '../../../src/core/import/reportingRules';
import { anHungThcsDocx, anLaoDocx, hoaBinhTieuHocDocx, proseBody, tranDuongDocx } from '../../support/planDocx';

function body(bytes: Uint8Array): DocxBody {
  const r = readDocxBody(bytes);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

function shown(s: DraftSetting): [string, string, string] {
  return [s.key, s.value, s.confidence];
}

const HEADING = { text: 'VI. CHẾ ĐỘ BÁO CÁO', bold: true };

describe('readReportingRules on whole plans', () => {
  let anHung: DocxBody;
  beforeAll(async () => {
    anHung = body(await anHungThcsDocx());
  });

  it('reads the deadlines under «Chế độ báo cáo» as written, and the meeting cadences as tasks', () => {
    const found = readReportingRules(anHung);
    expect(found.settings?.map(shown)).toEqual([
      ['monthReportDeadline', 'trước ngày 25 hằng tháng', 'read'],
      ['quarterReportDeadline', 'trước ngày 15 tháng cuối quý', 'read'],
      ['halfReportDeadline', 'trước ngày 10/6', 'read'],
      ['yearReportDeadline', 'trước ngày 05/12 hằng năm, gửi về Phòng GD&ĐT', 'review'],
    ]);
    expect(found.settings?.[3]?.reason).toContain('trước ngày 05/12 hằng năm, gửi về Phòng GD&ĐT');
    expect(found.tasks?.map((t) => [t.name, t.timing, t.lead, t.confidence])).toEqual([
      ['Họp Ban Chỉ đạo chuyển đổi số tối thiểu 01 lần/quý', 'tối thiểu 01 lần/quý', 'Hiệu trưởng', 'read'],
      ['Các tổ chuyên môn sinh hoạt chuyên đề về chuyển đổi số 02 lần/học kỳ', '02 lần/học kỳ', '', 'read'],
    ]);
    expect(found.leftovers?.map((l) => l.text)).toEqual(['- Báo cáo đột xuất theo yêu cầu của cấp trên.']);
    expect(found.settings?.[0]?.source.where).toMatch(/^Đoạn \d+ \(mục IV\.3\)$/);
    expect(found.partsFound).toEqual(['Chế độ báo cáo']);
    expect(readPlanDraft(anHung).settings.map((s) => s.key)).toEqual(expect.arrayContaining(['monthReportDeadline', 'yearReportDeadline']));
  });

  it('finds nothing in plans without the section', async () => {
    for (const bytes of [await anLaoDocx(), await tranDuongDocx(), await hoaBinhTieuHocDocx()]) {
      expect(readReportingRules(body(bytes))).toEqual({});
    }
  });
});

describe('readReportingRules: wordings', () => {
  it('reads each kind of report in several wordings', () => {
    const cases: [string, string, string][] = [
      ['Báo cáo tháng: trước ngày 12 hằng tháng', 'monthReportDeadline', 'trước ngày 12 hằng tháng'],
      ['- Báo cáo tháng gửi trước ngày 20 hàng tháng;', 'monthReportDeadline', 'trước ngày 20 hàng tháng'],
      ['+ Báo cáo quý: Trước ngày 15 của tháng cuối quý.', 'quarterReportDeadline', 'Trước ngày 15 của tháng cuối quý'],
      ['Báo cáo 6 tháng: Trước ngày 05/6 hằng năm', 'halfReportDeadline', 'Trước ngày 05/6 hằng năm'],
      ['- Báo cáo sáu tháng đầu năm nộp trước ngày 10/6.', 'halfReportDeadline', 'trước ngày 10/6'],
      ['Báo cáo năm: trước ngày 05/12', 'yearReportDeadline', 'trước ngày 05/12'],
      ['- Báo cáo tổng kết năm: Trước ngày 15/12 hằng năm.', 'yearReportDeadline', 'Trước ngày 15/12 hằng năm'],
    ];
    for (const [line, key, value] of cases) {
      expect(readReportingRules(proseBody([HEADING, line])).settings?.map(shown), line).toEqual([[key, value, 'read']]);
    }
  });

  it('finds the section under its several headings', () => {
    for (const heading of [{ text: 'Chế độ báo cáo', heading: 3 }, { text: '5. Chế độ thông tin, báo cáo', bold: true }, { text: 'c) Chế độ báo cáo' }, { text: 'CHẾ ĐỘ THÔNG TIN BÁO CÁO', heading: 1 }]) {
      expect(readReportingRules(proseBody([heading, 'Báo cáo năm: trước ngày 05/12'])).settings?.map((s) => s.key), heading.text).toEqual(['yearReportDeadline']);
    }
  });

  it('does not guess a deadline it cannot read: it needs review, with its text', () => {
    const found = readReportingRules(proseBody([HEADING, 'Báo cáo quý: chậm nhất cuối mỗi quý', 'Báo cáo tháng: theo yêu cầu của Phòng']));
    expect(found.settings?.map(shown)).toEqual([
      ['quarterReportDeadline', 'chậm nhất cuối mỗi quý', 'review'],
      ['monthReportDeadline', 'theo yêu cầu của Phòng', 'review'],
    ]);
    expect(found.settings?.[0]?.reason).toContain('chậm nhất cuối mỗi quý');
  });

  it('keeps cadence sentences as tasks timed by their cadence, and what it cannot place as leftovers', () => {
    const found = readReportingRules(
      proseBody([
        HEADING,
        '- Họp Ban Chỉ đạo tối thiểu 01 lần/quý.',
        '- Ban Chỉ đạo giao ban hằng tháng để đánh giá tiến độ (Chủ trì: Phó Hiệu trưởng).',
        '- Tổ CNTT kiểm tra an toàn thông tin định kỳ 6 tháng/lần.',
        '- Các bộ phận báo cáo kịp thời khi có sự cố.',
      ]),
    );
    expect(found.tasks?.map((t) => [t.name, t.timing, t.lead, t.confidence])).toEqual([
      ['Họp Ban Chỉ đạo tối thiểu 01 lần/quý', 'tối thiểu 01 lần/quý', '', 'read'],
      ['Ban Chỉ đạo giao ban hằng tháng để đánh giá tiến độ', 'hằng tháng', 'Phó Hiệu trưởng', 'read'],
      ['Tổ CNTT kiểm tra an toàn thông tin định kỳ 6 tháng/lần', 'định kỳ 6 tháng/lần', '', 'read'],
    ]);
    expect(found.leftovers).toEqual([{ source: { where: 'Đoạn 5 (mục VI)', block: 4 }, text: '- Các bộ phận báo cáo kịp thời khi có sự cố.', reason: expect.any(String) }]);
  });

  it('keeps a second line for the same report, for a person to choose', () => {
    const found = readReportingRules(proseBody([HEADING, 'Báo cáo năm: trước ngày 05/12', 'Báo cáo năm: trước ngày 10/12']));
    expect(found.settings?.map(shown)).toEqual([
      ['yearReportDeadline', 'trước ngày 05/12', 'read'],
      ['yearReportDeadline', 'trước ngày 10/12', 'review'],
    ]);
  });
});

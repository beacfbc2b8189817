/**
 * The lines under «Chế độ báo cáo» (or «Chế độ thông tin, báo cáo») of a plan (issue 12).
 *
 * - A reporting deadline («Báo cáo tháng: trước ngày 12 hằng tháng», «Báo cáo quý gửi trước ngày 15
 *   tháng cuối quý», «Báo cáo sơ kết 6 tháng: Trước ngày 05/6 hằng năm», «Báo cáo tổng kết năm: trước
 *   ngày 05/12») → the Cấu hình setting of that report, holding the deadline as written after the
 *   report's name (and «gửi» / «nộp», the colon). It goes through the sheet's deadline reader
 *   (../report/deadlines.ts): one it does not read, or a second line for the same report, needs review.
 * - A cadence sentence («Họp Ban Chỉ đạo tối thiểu 01 lần/quý», «… giao ban hằng tháng», «… định kỳ
 *   6 tháng/lần») → a task: the sentence is its name, the cadence phrase as written its timing, read by
 *   the timing reader (../schedule.ts); the lead unit only when written («(Chủ trì: Hiệu trưởng)»).
 * - Anything else under the heading is a leftover, kept with where it is.
 */
import { type DeadlineKind, readReportDeadline } from '../report/deadlines';
import { parseSchedule } from '../schedule';
import type { DraftLeftover, DraftSetting, DraftSettingKey, DraftTask } from './draft';
import type { DocxBody } from './docxBody';
import type { PartialDraft } from './planDraft';
import {
  CHECK_YEAR_WITHOUT_TITLE,
  folded,
  foldedSameLength,
  proseLines,
  proseSections,
  proseSource,
  proseYear,
  taskWords,
  withoutBulletMark,
  withoutClosingPunctuation,
} from './proseOutline';

export const REPORTING_PART = 'Chế độ báo cáo';

const REPORTING_HEADING = /(?:^|\s)che do (?:thong tin,? )?bao cao(?![a-z])/;

/** «Báo cáo [định kỳ] (tháng | quý | [sơ kết] 6 tháng [đầu năm] | [tổng kết] năm) [gửi|nộp] [:]», folded. */
const DEADLINE_LINE =
  /^bao cao\s+(?:dinh ky\s+)?(?:(?<half>(?:so ket\s+)?(?:6|sau) thang(?: dau nam)?)|(?<year>(?:tong ket\s+)?nam)(?! hoc)|(?<month>thang)|(?<quarter>quy|qui))(?![a-z])(?:\s+(?:gui|nop))?\s*[:\-–]?\s*/;

const KEYS: Readonly<Record<DeadlineKind, DraftSettingKey>> = {
  month: 'monthReportDeadline',
  quarter: 'quarterReportDeadline',
  half: 'halfReportDeadline',
  year: 'yearReportDeadline',
};

const PERIOD = '(?:năm học|năm|học kỳ|học kì|quý|tháng|tuần)(?![\\p{L}\\p{M}])';
/** «tối thiểu 01 lần/quý», «02 lần/học kỳ», «hằng tháng», «định kỳ 6 tháng/lần», «quý/lần». */
const CADENCE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:(?:tối thiểu|ít nhất|định kỳ)\\s+)?(?:\\d+\\s+lần\\s*\\/\\s*${PERIOD}|(?:hằng|hàng|mỗi)\\s+${PERIOD}|\\d+\\s+tháng\\s*\\/\\s*lần|${PERIOD}\\s*\\/\\s*lần)`,
  'iu',
);

function kindOf(groups: Record<string, string | undefined>): DeadlineKind {
  return groups['half'] ? 'half' : groups['year'] ? 'year' : groups['month'] ? 'month' : 'quarter';
}

/** The reporting deadlines and meeting cadences under the plan's «Chế độ báo cáo». */
export function readReportingRules(body: DocxBody): PartialDraft {
  const lines = proseLines(body);
  const sections = proseSections(lines, (h) => REPORTING_HEADING.test(folded(h.name)));
  if (sections.length === 0) return {};
  const year = proseYear(lines) ?? CHECK_YEAR_WITHOUT_TITLE;
  const settings: DraftSetting[] = [];
  const tasks: DraftTask[] = [];
  const leftovers: DraftLeftover[] = [];
  for (const section of sections) {
    for (const line of section.lines) {
      const source = proseSource(line, [...section.parents, section.heading]);
      const text = withoutBulletMark(line.text);
      const deadline = DEADLINE_LINE.exec(foldedSameLength(text));
      if (deadline) {
        const kind = kindOf(deadline.groups ?? {});
        const key = KEYS[kind];
        const value = withoutClosingPunctuation(text.slice(deadline[0].length).trim());
        const read = readReportDeadline(kind, value, year);
        if (settings.some((s) => s.key === key)) {
          settings.push({ key, value, source, confidence: 'review', reason: `kế hoạch ghi hạn báo cáo này hai lần: chọn một dòng` });
        } else {
          settings.push(read.ok ? { key, value, source, confidence: 'read' } : { key, value, source, confidence: 'review', reason: read.error });
        }
        continue;
      }
      const cadence = CADENCE.exec(text);
      if (cadence) {
        const words = taskWords(text);
        const timing = cadence[0].trim();
        const read = parseSchedule(timing, year);
        const base = { id: '', group: { numeral: '', name: '' }, name: words.name, product: '', lead: words.lead, partners: words.partners, timing, source };
        tasks.push(read.ok ? { ...base, confidence: 'read' } : { ...base, confidence: 'review', reason: read.error });
        continue;
      }
      if (line.heading) continue;
      leftovers.push({ source, text: line.text, reason: 'không phải hạn báo cáo tháng, quý, 6 tháng, năm hay một lịch họp định kỳ' });
    }
  }
  return { settings, tasks, leftovers, partsFound: [REPORTING_PART] };
}

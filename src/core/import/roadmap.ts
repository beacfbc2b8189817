/**
 * Roadmaps written as prose (issue 12): a section «Lộ trình thực hiện» (or «Tiến độ thực hiện»,
 * «Kế hoạch triển khai theo tháng/quý») with a sub-heading per period («Quý II/2026», «Tháng 9»,
 * «Tháng 10/2026:», «Giai đoạn 1») and task bullets under each. Each bullet is a task whose timing
 * is its period heading exactly as written; a line «Tháng 9: …» is a task timed by its own start.
 *
 * The timing goes through the sheet's timing reader (../schedule.ts): one it does not read («Giai
 * đoạn 1») makes the task need review, with the heading's text. The lead unit and partners are
 * taken only when the bullet writes them («(Chủ trì: Tổ Toán)», «(Đơn vị chủ trì: …; Phối hợp: …)»,
 * «… - Tổ CNTT thực hiện»), never from the subject of the sentence. A bullet above the first period
 * heading has no timing and is a leftover.
 */
import { parseSchedule } from '../schedule';
import type { DraftLeftover, DraftTask } from './draft';
import type { DocxBody } from './docxBody';
import type { PartialDraft } from './planDraft';
import {
  CHECK_YEAR_WITHOUT_TITLE,
  folded,
  proseLines,
  proseSections,
  proseSource,
  proseYear,
  taskWords,
  withoutBulletMark,
  type ProseHeading,
  type ProseLine,
} from './proseOutline';

export const ROADMAP_PART = 'Lộ trình thực hiện';

const ROADMAP_HEADING =
  /^(?:lo trinh(?: (?:thuc hien|trien khai))?|tien do (?:thuc hien|trien khai)|lich trinh (?:thuc hien|trien khai)|ke hoach (?:trien khai|thuc hien) (?:theo|tung|hang) (?:thang|quy))(?![a-z])/;
/** Words a period heading starts with. */
const PERIOD_WORDS = /^(?:quy|qui|thang|giai doan|hoc ky|hoc ki|hk|dot|tuan|nam hoc|dau nam|cuoi nam|giua nam|(?:6|sau) thang)(?![a-z])/;
const MAX_PERIOD_LENGTH = 60;

function isPeriod(text: string): boolean {
  return PERIOD_WORDS.test(folded(text)) && text.length <= MAX_PERIOD_LENGTH;
}

/** «Tháng 9: Phổ cập …» → the period and the task. */
function inlinePeriod(text: string): { timing: string; task: string } | undefined {
  const line = withoutBulletMark(text);
  const colon = line.indexOf(':');
  if (colon <= 0) return undefined;
  const timing = line.slice(0, colon).trim();
  const task = line.slice(colon + 1).trim();
  return task !== '' && isPeriod(timing) ? { timing, task } : undefined;
}

function periodHeading(line: ProseLine): ProseHeading | undefined {
  if (line.heading) return isPeriod(line.heading.name) ? line.heading : undefined;
  const text = line.text.replace(/\s*:$/, '');
  if (line.bullet || /[.;]$/.test(text) || !isPeriod(text)) return undefined;
  return { numeral: '', name: text, rank: 0 };
}

/** The tasks under the plan's roadmap headings, each timed by its period heading. */
export function readRoadmap(body: DocxBody): PartialDraft {
  const lines = proseLines(body);
  const sections = proseSections(lines, (h) => ROADMAP_HEADING.test(folded(h.name)), (l) => periodHeading(l) !== undefined);
  if (sections.length === 0) return {};
  const year = proseYear(lines) ?? CHECK_YEAR_WITHOUT_TITLE;
  const tasks: DraftTask[] = [];
  const leftovers: DraftLeftover[] = [];
  const task = (sentence: string, timing: string, source: DraftTask['source']): DraftTask => {
    const words = taskWords(sentence);
    const base = { id: '', group: { numeral: '', name: '' }, name: words.name, product: '', lead: words.lead, partners: words.partners, timing, source };
    const read = parseSchedule(timing, year);
    return read.ok ? { ...base, confidence: 'read' } : { ...base, confidence: 'review', reason: read.error };
  };
  for (const section of sections) {
    let period: ProseHeading | undefined;
    for (const line of section.lines) {
      const heading = periodHeading(line);
      if (heading) {
        period = heading;
        continue;
      }
      if (line.heading) {
        period = undefined;
        continue;
      }
      const inline = inlinePeriod(line.text);
      if (inline) {
        tasks.push(task(inline.task, inline.timing, proseSource(line, [...section.parents, section.heading])));
      } else if (period) {
        tasks.push(task(withoutBulletMark(line.text), period.name, proseSource(line, [...section.parents, section.heading, period])));
      } else {
        leftovers.push({
          source: proseSource(line, [...section.parents, section.heading]),
          text: line.text,
          reason: 'chưa có mốc thời gian (quý, tháng) ở đề mục phía trên dòng này',
        });
      }
    }
  }
  return { tasks, leftovers, partsFound: [ROADMAP_PART] };
}

/**
 * Targets written as prose (issue 12): the bullets and paragraphs under a heading «Chỉ tiêu»,
 * «Mục tiêu cụ thể», «Các chỉ tiêu cụ thể»…, grouped by the numbered sub-headings under it
 * (Trần Dương's «II. CÁC CHỈ TIÊU CỤ THỂ» → «1. Thể chế và quản trị số» → «- 100% hồ sơ …»).
 *
 * Where the target is in a line (rules, in order):
 * 1. At the start, after «Đảm bảo», «Phấn đấu», «Đạt» if written: a percentage with its comparator
 *    («100%», «≥95%», «Tối thiểu 90%», «Không quá 2%») is cut from the name («100% hồ sơ … được xử lý»
 *    → «Hồ sơ … được xử lý» / «100%»). A count with its comparator and unit («Tối thiểu 01 chuyên
 *    đề/năm») is the target, and the whole line stays the name: the count's noun belongs to both.
 * 2. At the end, after a comma or a space and «đạt», «tỷ lệ», «phấn đấu» if written, or in brackets:
 *    «…, đạt tỷ lệ 90% trở lên» → «90% trở lên», «… từ mức 2 trở lên», «… (tối thiểu 80%)»; it is cut
 *    from the name.
 * 3. Elsewhere: a single percentage or count with a comparator («Nhà trường tổ chức ít nhất 01
 *    hoạt động/sự kiện …» → «ít nhất 01 hoạt động/sự kiện») is the target and the whole line the
 *    name. Several figures and no rule above: the line needs review with no target chosen.
 * A line holding two targets joined by «;» is two indicators, when each part has its own target.
 * LaTeX left by a PDF conversion is read as the symbol it stands for (`$\geq 80\%$` → «≥80%»), a dash
 * typed against the figure («-100%») is a bullet mark. «Khoảng 30%», «xấp xỉ 80%» stay in the target,
 * which the target reader then does not read: the line needs review, it is not rounded to «≥30%».
 *
 * Every target goes through the sheet's target reader (../target.ts): one it does not read, or one
 * it flags as impossible («>100%»), needs review with its text. A line under the heading with no
 * target is a leftover, kept with where it is.
 */
import { parseTarget, targetWarnings } from '../target';
import type { DraftIndicator, DraftLeftover } from './draft';
import type { DocxBody } from './docxBody';
import type { PartialDraft } from './planDraft';
import {
  folded,
  groupOf,
  proseLines,
  proseSections,
  proseSource,
  withoutBulletMark,
  withoutClosingPunctuation,
  type ProseHeading,
} from './proseOutline';

export const PROSE_TARGETS_PART = 'Chỉ tiêu trong văn bản';

/** «Chỉ tiêu», «Các chỉ tiêu cụ thể», «Mục tiêu cụ thể», «MỤC TIÊU CỤ THỂ VÀ CHỈ TIÊU», «Chỉ tiêu năm 2026». */
const TARGETS_HEADING = /^(?:cac )?(?:chi tieu|muc tieu cu the)(?![a-z])/;

// Pieces of a target, on NFC text, case-insensitive.
const NOT_AFTER_LETTER = '(?<![\\p{L}\\p{M}\\d])';
const WORD_END = '(?![\\p{L}\\p{M}\\d])';
const COMPARATOR =
  '(?:≥|≤|>=|<=|>|<|tối thiểu|ít nhất|tối đa|nhiều nhất|không vượt quá|không quá|không dưới|không ít hơn|không thấp hơn|trên|dưới|hơn)';
/** Words that make a figure approximate: kept in the target, so it does not read and is reviewed. */
const APPROXIMATE = '(?:khoảng|xấp xỉ|gần|chừng)';
const NUMBER = '\\d+(?:[.,]\\d+)?';
const BEYOND = '(?:\\s+trở\\s+(?:lên|xuống))';
const PERIOD = '(?:năm học|năm|học kỳ|học kì|quý|tháng|tuần)';
/** Nouns plans count by, longest first. */
const UNIT =
  '(?:hoạt động|sự kiện|chuyên đề|buổi|đợt|lần|lượt|tiết dạy|tiết|bài giảng|bài|sản phẩm|video|mô hình|sáng kiến|cuộc thi|hội thảo|hội thi|khóa học|khóa|lớp tập huấn|lớp|học liệu|câu lạc bộ|tin bài|bản tin)';
const PERCENT = `(?:(?:${COMPARATOR}|${APPROXIMATE})\\s*:?\\s*)?${NUMBER}\\s*%${BEYOND}?`;
const LEVEL = `(?:từ\\s+)?(?:${COMPARATOR}\\s+)?mức(?:\\s+độ)?\\s+${NUMBER}${BEYOND}?`;
const COUNTED = `${NUMBER}(?:\\s+${UNIT}${WORD_END}(?:\\s*\\/\\s*${UNIT}${WORD_END})*)?(?:\\s*\\/\\s*${PERIOD}${WORD_END})?`;
const COUNT = `(?:${COMPARATOR}|${APPROXIMATE})\\s*:?\\s*${COUNTED}`;
const BARE_COUNT = `${NUMBER}\\s+${UNIT}${WORD_END}(?:\\s*\\/\\s*${UNIT}${WORD_END})*(?:\\s*\\/\\s*${PERIOD}${WORD_END})?`;
const LEAD_FILLER = '(?:(?:đảm bảo|bảo đảm|phấn đấu|đạt)\\s+)?';
const TAIL_FILLER = '(?:(?:đạt|đảm bảo|bảo đảm|phấn đấu|với|ở|tỷ lệ|tỉ lệ)\\s+)*';

const LEADING_PERCENT = new RegExp(`^${LEAD_FILLER}(${PERCENT})${WORD_END}\\s*:?\\s*`, 'iu');
const LEADING_COUNT = new RegExp(`^${LEAD_FILLER}(${COUNT}|${BARE_COUNT})${WORD_END}`, 'iu');
const TRAILING = new RegExp(`^(.*?[^\\s,])(?:\\s*,\\s*|\\s+)${TAIL_FILLER}(${PERCENT}|${LEVEL}|${COUNT})$`, 'iu');
const TRAILING_BRACKETS = new RegExp(`^(.*?\\S)\\s*\\(\\s*${TAIL_FILLER}(${PERCENT}|${LEVEL}|${COUNT})\\s*\\)$`, 'iu');
const ANYWHERE = new RegExp(`${NOT_AFTER_LETTER}(?:${PERCENT}|${COUNT})${WORD_END}`, 'giu');

/** «$\geq 80\%$» → «≥80%»: the math a PDF conversion leaves, read as the symbols it stands for. */
export function withoutLatex(text: string): string {
  if (!text.includes('$') && !text.includes('\\')) return text;
  const symbols = (math: string) =>
    math
      .replace(/\\(?:geqslant|geq|ge)(?![a-z])/gi, '≥')
      .replace(/\\(?:leqslant|leq|le)(?![a-z])/gi, '≤')
      .replace(/\\gt(?![a-z])/gi, '>')
      .replace(/\\lt(?![a-z])/gi, '<')
      .replace(/\\%/g, '%');
  return text
    .replace(/\$([^$]*)\$/g, (_, math: string) => symbols(math).replace(/[{}\\]/g, '').replace(/\s+/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One target found in a line (or part of it): name and target as written, or the reason none is chosen. */
type Found = { readonly name: string; readonly target: string; readonly unclear?: string } | undefined;

function targetIn(part: string): Found {
  const leadingPercent = LEADING_PERCENT.exec(part);
  if (leadingPercent) {
    const rest = part.slice(leadingPercent[0].length).trim();
    if (rest !== '') return { name: capitalized(rest), target: leadingPercent[1]!.trim() };
  }
  const leadingCount = LEADING_COUNT.exec(part);
  if (leadingCount) return { name: capitalized(part), target: leadingCount[1]!.trim() };
  const trailing = TRAILING_BRACKETS.exec(part) ?? TRAILING.exec(part);
  if (trailing) return { name: capitalized(trailing[1]!.trim()), target: trailing[2]!.trim() };
  const figures = [...part.matchAll(ANYWHERE)].map((m) => m[0].trim());
  if (figures.length === 1) return { name: capitalized(part), target: figures[0]! };
  if (figures.length > 1) return { name: capitalized(part), target: '', unclear: figures.join(', ') };
  return undefined;
}

/** The targets of one line: one, or one per «;» part when each part has its own. */
function targetsOf(text: string): Found[] {
  const line = withoutClosingPunctuation(withoutLatex(withoutBulletMark(text)));
  const parts = line.split(/\s*;\s*/).filter((p) => p !== '');
  if (parts.length > 1) {
    const each = parts.map(targetIn);
    if (each.every((f) => f !== undefined && f.target !== '')) return each;
  }
  return [targetIn(line)];
}

function indicatorOf(found: NonNullable<Found>, group: ProseHeading | undefined, source: DraftIndicator['source']): DraftIndicator {
  const base = { id: '', group: groupOf(group), name: found.name, unit: found.target.includes('%') ? '%' : '', target: found.target, source };
  if (found.unclear !== undefined) {
    return { ...base, confidence: 'review', reason: `dòng có nhiều con số (${found.unclear}), không rõ đâu là chỉ tiêu: hãy ghi chỉ tiêu vào bảng` };
  }
  const read = parseTarget(found.target);
  if (!read.ok) return { ...base, confidence: 'review', reason: read.error };
  const warnings = targetWarnings(read.value);
  return warnings.length ? { ...base, confidence: 'review', reason: warnings.join(' ') } : { ...base, confidence: 'read' };
}

/** The indicators written as prose under the plan's target headings, and the lines there with no target. */
export function readProseTargets(body: DocxBody): PartialDraft {
  const sections = proseSections(proseLines(body), (h) => TARGETS_HEADING.test(folded(h.name)));
  if (sections.length === 0) return {};
  const indicators: DraftIndicator[] = [];
  const leftovers: DraftLeftover[] = [];
  for (const section of sections) {
    let group: ProseHeading | undefined;
    for (const line of section.lines) {
      const found = targetsOf(line.text);
      // A heading by its bold alone («Nhà trường tổ chức ít nhất 01 hội thi …» typed in bold) that holds a target is a target line.
      const boldOnly = line.heading !== undefined && line.heading.rank === 0 && line.heading.level === undefined;
      if (line.heading && !(boldOnly && found.some((f) => f !== undefined && f.target !== ''))) {
        group = line.heading;
        continue;
      }
      const source = proseSource(line, [...section.parents, section.heading, group]);
      if (found.every((f) => f === undefined)) {
        leftovers.push({ source, text: line.text, reason: 'không thấy chỉ tiêu (con số cần đạt) trong dòng này' });
        continue;
      }
      for (const f of found) if (f) indicators.push(indicatorOf(f, group, source));
    }
  }
  return { indicators, leftovers, partsFound: [PROSE_TARGETS_PART] };
}

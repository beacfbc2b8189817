/**
 * The outline of a plan's prose, shared by the readers of its prose parts (./proseTargets.ts,
 * ./roadmap.ts, ./reportingRules.ts): its paragraphs as lines, which of them are headings, and the
 * sections a heading opens.
 *
 * A heading is a paragraph with a Word heading style, a short bold paragraph, or a short paragraph
 * numbered as written («II.», «1.», «1.2.», «a)», «(1)»), but never a bullet («- …», «+ …», a list
 * item) nor a line that starts with a figure («100% …», «≥95% …»). Plans mix heading styles freely
 * (Trần Dương's «II.» is Heading 3 and its «2.» Heading 2), so a section's end is decided by the
 * numbering as written: a numbered section ends at the next heading numbered in the same or a higher
 * form (Roman above «1.» above «1.1.» above «a)» above «(1)»); an unnumbered one at the next heading
 * of the same or a higher Word level (or a Roman-numbered one). The signature block, «Nơi nhận»,
 * «Trên đây là …» and «Phụ lục» end every section.
 */
import { cleanText, foldDiacritics } from '../text';
import type { DocxBody } from './docxBody';
import type { DraftGroup, DraftSource } from './draft';

export interface ProseHeading {
  /** As written: «II», «1», «1.2», «a», or '' when unnumbered. */
  readonly numeral: string;
  /** The heading's words after its numeral, without a closing colon. */
  readonly name: string;
  /** Numbering form, smaller is higher: Roman 1, «1.» 2, «1.2.» 3, «a)» / «1)» 5, «(1)» 6; 0 when unnumbered. */
  readonly rank: number;
  /** The Word heading level, when the paragraph has one. */
  readonly level?: number;
}

export interface ProseLine {
  /** 0-based block index in the body. */
  readonly block: number;
  /** 1-based count of body paragraphs, as staff read «Đoạn 12». */
  readonly paragraph: number;
  /** The paragraph as written (NFC, spaces collapsed, line breaks as spaces). */
  readonly text: string;
  /** The paragraph read as a heading, when it is one. */
  readonly heading?: ProseHeading;
  /** Written as a bullet: a list item or a leading «-», «+», «•». */
  readonly bullet: boolean;
}

export interface ProseSection {
  readonly start: ProseLine;
  readonly heading: ProseHeading;
  /** The numbered headings the section sits under, highest first («IV» for «3. Chế độ báo cáo»). */
  readonly parents: readonly ProseHeading[];
  /** The lines after the heading up to the section's end. */
  readonly lines: readonly ProseLine[];
}

const MAX_HEADING_LENGTH = 150;
const BULLET_MARK = /^[-+•●▪◦*·–—]/u;
/** «II.», «12.», «1.2.» / «1.2», «a)», «1)», «(1)», «(a)», each followed by the heading's words. */
const NUMERAL = /^(?:([IVXLC]+)\.|(\d{1,2}(?:\.\d{1,2})+)\.?|(\d{1,2})\.|(\d{1,2})\)|([a-zđ])\)|\((\d{1,2}|[a-zđ])\))\s*(?=\S)/u;
/** Text that starts with a figure or a comparator and a figure: a target, not a heading. */
const FIGURE_FIRST = /^(?:[\d%$≥≤<>]|\\|(?:tối thiểu|ít nhất|tối đa|không quá|không dưới|trên|dưới|đảm bảo|bảo đảm|phấn đấu|đạt)\s*:?\s*[\d$≥≤<>])/iu;
/** Lines that close the plan's body: the signature, «Nơi nhận», the closing sentence, the annexes. */
const END_OF_BODY = /^(?:noi nhan|kt\.|tm\.|q\. ?hieu truong|hieu truong$|pho hieu truong$|tren day la|phu luc(?:\s|$))/;

/** The paragraph's text as one line: NFC, line breaks and runs of spaces as one space. */
function lineText(text: string): string {
  return cleanText(text.normalize('NFC').replace(/\s+/g, ' '));
}

/** Folded for matching: no case, no diacritics, spaces collapsed. */
export function folded(text: string): string {
  return foldDiacritics(text.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The numeral of a numbered line, its rank and the words after it. */
export function numbered(text: string): { numeral: string; rank: number; rest: string } | undefined {
  const m = NUMERAL.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length);
  if (m[1]) return { numeral: m[1], rank: 1, rest };
  if (m[2]) return { numeral: m[2], rank: 2 + m[2].split('.').length - 1, rest };
  if (m[3]) return { numeral: m[3], rank: 2, rest };
  if (m[4]) return { numeral: m[4], rank: 5, rest };
  if (m[5]) return { numeral: m[5], rank: 5, rest };
  return { numeral: m[6] ?? '', rank: 6, rest };
}

/** A bullet's text without its mark: «- 100% …» → «100% …», «-100%» → «100%». */
export function withoutBulletMark(text: string): string {
  return text.replace(/^(?:[-+•●▪◦*·–—]\s*)+/u, '').trim();
}

/** The trailing «.», «;», «,» and spaces of a sentence removed. */
export function withoutClosingPunctuation(text: string): string {
  return text.replace(/[\s.;,:]+$/u, '');
}

function headingOf(text: string, headingLevel: number | undefined, bold: boolean, listItem: boolean): ProseHeading | undefined {
  if (text === '' || (BULLET_MARK.test(text) && headingLevel === undefined)) return undefined;
  const number = numbered(text);
  const words = (number ? number.rest : text).trim();
  if (words === '' || FIGURE_FIRST.test(words)) return undefined;
  const short = text.length <= MAX_HEADING_LENGTH && !/[;,]$/.test(text);
  const isHeading = headingLevel !== undefined || (short && ((bold && !listItem) || (number !== undefined && !listItem)));
  if (!isHeading) return undefined;
  return {
    numeral: number?.numeral ?? '',
    name: words.replace(/\s*:$/, ''),
    rank: number?.rank ?? 0,
    ...(headingLevel !== undefined ? { level: headingLevel } : {}),
  };
}

/** The body's paragraphs as lines (tables are left to the table readers; empty paragraphs dropped). */
export function proseLines(body: DocxBody): ProseLine[] {
  const lines: ProseLine[] = [];
  let paragraph = 0;
  body.blocks.forEach((b, block) => {
    if (b.kind !== 'paragraph') return;
    paragraph += 1;
    const text = lineText(b.text);
    if (text === '') return;
    const heading = headingOf(text, b.headingLevel, b.bold, b.numbering !== undefined);
    const bullet = BULLET_MARK.test(text) || (b.numbering !== undefined && b.headingLevel === undefined);
    lines.push({ block, paragraph, text, bullet, ...(heading ? { heading } : {}) });
  });
  return lines;
}

/** Whether `next` closes the section `start` opened (see the module comment). */
function closes(start: ProseHeading, next: ProseHeading): boolean {
  const levels = start.level !== undefined && next.level !== undefined;
  if (start.rank > 0 && next.rank > 0) return next.rank <= start.rank;
  if (start.rank > 0) return levels && next.level! <= start.level!;
  if (next.rank === 1) return true;
  if (next.rank > 0) return levels && next.level! <= start.level!;
  return (next.level ?? Infinity) <= (start.level ?? Infinity);
}

export function isEndOfBody(line: ProseLine): boolean {
  return END_OF_BODY.test(folded(line.text));
}

/**
 * The sections whose heading `opens` accepts, each up to the next heading that closes it (or the
 * end of the body). `inside` keeps a heading inside the section whatever its form (a roadmap's
 * period headings).
 */
export function proseSections(
  lines: readonly ProseLine[],
  opens: (heading: ProseHeading) => boolean,
  inside: (line: ProseLine) => boolean = () => false,
): ProseSection[] {
  const sections: ProseSection[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = lines[i]!;
    if (!start.heading || !opens(start.heading)) continue;
    let end = i + 1;
    while (end < lines.length) {
      const line = lines[end]!;
      if (isEndOfBody(line)) break;
      if (line.heading && !inside(line) && (opens(line.heading) || closes(start.heading, line.heading))) break;
      end += 1;
    }
    sections.push({ start, heading: start.heading, parents: parentsOf(lines, i), lines: lines.slice(i + 1, end) });
    i = end - 1;
  }
  return sections;
}

/** The numbered headings above lines[index], nearest last: each numbered in a higher form than the one below it. */
function parentsOf(lines: readonly ProseLine[], index: number): ProseHeading[] {
  const parents: ProseHeading[] = [];
  let rank = lines[index]!.heading?.rank || Infinity;
  for (let i = index - 1; i >= 0 && rank > 1; i--) {
    const h = lines[i]!.heading;
    if (h && h.rank > 0 && h.rank < rank) {
      parents.unshift(h);
      rank = h.rank;
    }
  }
  return parents;
}

/** A heading as a draft group: its numeral and name as written. */
export function groupOf(heading: ProseHeading | undefined): DraftGroup {
  return heading ? { numeral: heading.numeral, name: heading.name } : { numeral: '', name: '' };
}

/** «II.1» when every heading on the way is numbered, else the names: «2 › Quý I/2026», «Lộ trình thực hiện». */
function placeOf(headings: readonly ProseHeading[]): string {
  if (headings.every((h) => h.numeral !== '')) return headings.map((h) => h.numeral).join('.');
  return headings.map((h) => h.numeral || `«${h.name}»`).join(' › ');
}

/** Where a line is, in the words shown to staff: «Đoạn 12 (mục II.1)». */
export function proseSource(line: ProseLine, headings: readonly (ProseHeading | undefined)[]): DraftSource {
  const path = headings.filter((h): h is ProseHeading => h !== undefined);
  return { where: `Đoạn ${line.paragraph}${path.length ? ` (mục ${placeOf(path)})` : ''}`, block: line.block };
}

/** The plan year from the title («… năm 2026»), else the first year written in the body; undefined when none. */
export function proseYear(lines: readonly ProseLine[]): number | undefined {
  const yearIn = (text: string) => /(?:^|\D)(20\d\d)(?!\d)/.exec(text)?.[1];
  const title = lines.find((l) => /ke hoach/.test(folded(l.text)) && /nam 20\d\d/.test(folded(l.text)));
  const year = (title && /nam (20\d\d)/.exec(folded(title.text))?.[1]) ?? lines.map((l) => yearIn(l.text)).find((y) => y !== undefined);
  return year === undefined ? undefined : Number(year);
}

/**
 * The year a timing is checked against when the document names none. Only the confidence depends
 * on it: whether «Quý II», «Tháng 9» or «trước ngày 05/6» reads does not depend on the year, and the
 * text goes into the sheet as written, where the plan's own year applies.
 */
export const CHECK_YEAR_WITHOUT_TITLE = 2026;

/** What a task line writes about who does it: «(Chủ trì: Tổ Toán; phối hợp: GVCN)», «- Tổ CNTT thực hiện». */
export interface TaskWords {
  readonly name: string;
  readonly lead: string;
  readonly partners: string;
}

const ROLE_IN_BRACKETS = /\s*\(\s*(?:đơn vị |bộ phận )?(?:chủ trì|phụ trách)\s*:\s*([^;()]+?)\s*(?:;\s*(?:đơn vị |bộ phận )?phối hợp\s*:\s*([^()]+?)\s*)?\)\s*$/iu;
const DOER_AFTER_DASH = /\s+[-–—]\s+([^-–—]+?)\s+(?:thực hiện|chủ trì|phụ trách)\s*$/iu;
const DOER_IN_BRACKETS = /\s*\(\s*([^()]+?)\s+(?:thực hiện|chủ trì)\s*\)\s*$/iu;

/** The lead unit and partners a task line writes, and its name without them; nothing when it writes none. */
export function taskWords(sentence: string): TaskWords {
  const text = withoutClosingPunctuation(sentence);
  for (const pattern of [ROLE_IN_BRACKETS, DOER_AFTER_DASH, DOER_IN_BRACKETS]) {
    const m = pattern.exec(text);
    if (m) return { name: withoutClosingPunctuation(text.slice(0, m.index)), lead: m[1]!.trim(), partners: (m[2] ?? '').trim() };
  }
  return { name: text, lead: '', partners: '' };
}

/** Folded character by character (no case, no diacritics), so an offset in it is an offset in `text`. */
export function foldedSameLength(text: string): string {
  let key = '';
  for (const ch of text) {
    const f = foldDiacritics(ch).toLowerCase();
    key += f.length === ch.length ? f : ch;
  }
  return key;
}

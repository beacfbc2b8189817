/**
 * The document header and signature of a Word plan → Cấu hình settings (issue 12). An
 * administrative document (NĐ 30) opens with the parent agency and the unit's name over «Số:
 * 17/KH-TH» on the left and the national motto over «An Lão, ngày 10 tháng 3 năm 2026» on the
 * right — a borderless two-column table, or plain paragraphs — then the title «KẾ HOẠCH …», and
 * closes with the signer's title lines and name. Every setting keeps where it came from; what the
 * document leaves blank or says two ways is for review, never filled in.
 */
import { cleanText, foldText } from '../text';
import { bodyLines, type BodyLine } from './bodyLines';
import type { DocxBody } from './docxBody';
import type { DraftSetting, DraftSettingKey, DraftSource } from './draft';
import type { PartialDraft } from './planDraft';

const MOTTO = [/^cong hoa xa hoi chu nghia viet nam$/, /^doc lap tu do hanh phuc$/];
/** A rule drawn with characters under a header line. */
const RULE = /^[-_–—=.*\s]+$/;
/** «Số: 17/KH-TH», «Số 17 /KH-TH», «Số: /KH -THPT AL». */
const NUMBER_LINE = /^Số\s*[:.]?\s*(.*)$/iu;
/** «17/KH-TH» once spaces around / and - are gone: number (may be blank or dots), then the code after «KH-». */
const PLAN_NUMBER = /^([\d.…_]*)\/KH-(.+)$/iu;
/** «An Lão, ngày 10 tháng 3 năm 2026»: place, then the date with parts maybe blank. */
const PLACE_DATE = /^(?:(.{1,60}?),\s*)?ngày\s*([\d.…_]*)\s*tháng\s*([\d.…_]*)\s*năm\s*([\d.…_]*)\s*$/iu;
/** The signer's title lines, folded: «KT. HIỆU TRƯỞNG», «PHÓ HIỆU TRƯỞNG», «TM. BAN GIÁM HIỆU», «GIÁM ĐỐC». */
const SIGNER_TITLE = /^(?:(?:kt|tm|q|tl|tuq)\s+)?(?:pho\s+)?(?:hieu truong|giam doc|truong ban(?: chi dao)?|ban giam hieu|ban chi dao|truong phong|chu tich)$/;
/** A person's name: 2–6 words, each capitalised, no digits. */
const PERSON_NAME = /^(?:\p{Lu}[\p{Ll}\p{M}]*\s+){1,5}\p{Lu}[\p{Ll}\p{M}]*$/u;

export const HEADER_PART = 'Phần đầu văn bản';
export const SIGNATURE_PART = 'Chữ ký';

function isUpperCase(text: string): boolean {
  return text === text.toLocaleUpperCase('vi') && text !== text.toLocaleLowerCase('vi');
}

/** The title: the first line starting «KẾ HOẠCH» (not «Kế hoạch số …»), with the next line when it is «KẾ HOẠCH» alone. */
export interface PlanTitle {
  readonly text: string;
  readonly source: DraftSource;
  /** Index in bodyLines of the title's first line. */
  readonly at: number;
}

export function planTitle(lines: readonly BodyLine[]): PlanTitle | undefined {
  const at = lines.findIndex((l) => /^ke hoach\b/.test(foldText(l.text)) && !/^ke hoach so\b/.test(foldText(l.text)) && l.source.row === undefined);
  if (at < 0) return undefined;
  const first = lines[at]!;
  const next = lines[at + 1];
  const text = foldText(first.text) === 'ke hoach' && next ? `${first.text} ${next.text}` : first.text;
  return { text: cleanText(text), source: first.source, at };
}

/** The plan year the title names: «năm 2026» is read; a school year «năm học 2025-2026», or two years, is for review. */
export interface PlanYearFinding {
  /** As the Cấu hình cell would hold it: «2026», or the years as written for review. */
  readonly value: string;
  /** The calendar year when read. */
  readonly year?: number;
  /** A year to check timings against when the title is ambiguous (the last year it names). */
  readonly likelyYear: number;
  readonly reason?: string;
  readonly source: DraftSource;
}

export function planYearOf(body: DocxBody): PlanYearFinding | undefined {
  const title = planTitle(bodyLines(body));
  return title ? yearOfTitle(title) : undefined;
}

function yearOfTitle(title: PlanTitle): PlanYearFinding | undefined {
  const folded = foldText(title.text);
  const schoolYear = /\bnam hoc (\d{4}) (\d{4})\b/.exec(folded);
  const calendar = [...new Set([...folded.replace(/\bnam hoc \d{4} \d{4}\b/g, ' ').matchAll(/\bnam (\d{4})\b/g)].map((m) => Number(m[1])))];
  if (calendar.length === 1) return { value: String(calendar[0]), year: calendar[0]!, likelyYear: calendar[0]!, source: title.source };
  if (calendar.length > 1) {
    return {
      value: calendar.join(', '),
      likelyYear: calendar.at(-1)!,
      reason: `Tiêu đề «${title.text}» nêu nhiều năm (${calendar.join(', ')}): hãy nhập năm kế hoạch (năm dương lịch bảng theo dõi dùng).`,
      source: title.source,
    };
  }
  if (schoolYear) {
    const written = `${schoolYear[1]}-${schoolYear[2]}`;
    return {
      value: written,
      likelyYear: Number(schoolYear[2]),
      reason: `Tiêu đề ghi năm học ${written}, trải qua hai năm dương lịch: hãy nhập năm kế hoạch (năm dương lịch bảng theo dõi dùng, ví dụ ${schoolYear[2]}).`,
      source: title.source,
    };
  }
  return undefined;
}

interface Found {
  readonly value: string;
  readonly source: DraftSource;
  readonly reason?: string;
}

function setting(key: DraftSettingKey, found: Found): DraftSetting {
  return { key, value: found.value, source: found.source, confidence: found.reason ? 'review' : 'read', ...(found.reason ? { reason: found.reason } : {}) };
}

/** «trường THPT An Lão» in a title written in mixed case → «Trường THPT An Lão». */
function schoolInTitle(title: string): string | undefined {
  const m = /\b(trường\s+.+?)(?:\s+(?:năm|giai đoạn|về|trong)\b.*)?$/iu.exec(title);
  if (!m || isUpperCase(m[1]!)) return undefined;
  const name = m[1]!.trim();
  return name.charAt(0).toLocaleUpperCase('vi') + name.slice(1);
}

/** The header and signature settings of a plan body. */
export function readDocumentHeader(body: DocxBody): PartialDraft {
  const lines = bodyLines(body);
  const title = planTitle(lines);
  const settings: DraftSetting[] = [];
  const parts: string[] = [];
  const head = title ? lines.slice(0, title.at) : [];
  const rest = head.filter((l) => !MOTTO.some((m) => m.test(foldText(l.text))) && !RULE.test(l.text));

  let number: BodyLine | undefined;
  let date: { line: BodyLine; place: string; day: string; month: string; year: string } | undefined;
  const named: BodyLine[] = [];
  for (const line of rest) {
    const n = NUMBER_LINE.exec(line.text);
    const d = PLACE_DATE.exec(line.text);
    if (n && !number) number = line;
    else if (d && !date) date = { line, place: (d[1] ?? '').trim(), day: d[2]!.replace(/[.…_]/g, ''), month: d[3]!.replace(/[.…_]/g, ''), year: d[4]!.replace(/[.…_]/g, '') };
    else if (!n && !d) named.push(line);
  }

  // Parent agency and unit: the lines above «Số:», the unit's line starting «TRƯỜNG …».
  const schoolAt = named.findIndex((l) => /^truong\b/.test(foldText(l.text)));
  const headerSchool = schoolAt >= 0 ? named[schoolAt] : undefined;
  if (headerSchool) {
    const agency = named.slice(0, schoolAt).filter((l) => l.cell === headerSchool.cell || l.source.row === undefined);
    if (agency.length > 0) settings.push(setting('parentAgency', { value: agency.map((l) => l.text).join(' '), source: agency[0]!.source }));
  }
  const titleSchool = title ? schoolInTitle(title.text) : undefined;
  let schoolName: string | undefined;
  if (titleSchool) {
    schoolName = titleSchool;
    const differs = headerSchool && foldText(headerSchool.text) !== foldText(titleSchool);
    settings.push(
      setting('schoolName', {
        value: titleSchool,
        source: title!.source,
        ...(differs ? { reason: `Tên đơn vị ở phần đầu văn bản («${headerSchool.text}») khác tên trong tiêu đề («${titleSchool}»): hãy chọn tên đúng.` } : {}),
      }),
    );
  } else if (headerSchool) {
    schoolName = headerSchool.text;
    const upper = isUpperCase(headerSchool.text);
    settings.push(
      setting('schoolName', {
        value: headerSchool.text,
        source: headerSchool.source,
        ...(upper ? { reason: `Tên đơn vị chỉ có ở phần đầu văn bản, viết in hoa («${headerSchool.text}»): hãy viết lại như sẽ in trong báo cáo, ví dụ «Trường THPT An Lão».` } : {}),
      }),
    );
  }

  let reference: string | undefined;
  let numberBlank = false;
  if (number) {
    const written = NUMBER_LINE.exec(number.text)![1]!.replace(/\s*([/-])\s*/g, '$1').trim();
    const m = PLAN_NUMBER.exec(written);
    if (m) {
      const code = m[2]!.replace(/\s+/g, '');
      settings.push(setting('schoolCode', { value: code, source: number.source }));
      numberBlank = m[1]!.replace(/[.…_]/g, '') === '';
      reference = `${numberBlank ? '…' : m[1]}/KH-${code}`;
    } else {
      numberBlank = written.replace(/[.…_/\s]/g, '') === '';
      reference = written;
    }
  }
  if (date?.place) settings.push(setting('place', { value: date.place, source: date.line.source }));

  const year = title ? yearOfTitle(title) : undefined;
  if (year) settings.push(setting('planYear', year));

  if (number) {
    const dateText = !date
      ? undefined
      : date.day && date.month && date.year
        ? `${date.day}/${date.month}/${date.year}`
        : `${date.day || '…'} tháng ${date.month || '…'} năm ${date.year || '…'}`;
    const dateBlank = !date || !(date.day && date.month && date.year);
    const value = `Kế hoạch số ${reference}${dateText ? ` ngày ${dateText}` : ''}${schoolName ? ` của ${schoolName}` : ''}`;
    const blanks = [numberBlank ? `số («${number.text}»)` : '', dateBlank ? `ngày («${date?.line.text ?? 'không có dòng địa danh, ngày tháng'}»)` : ''].filter(Boolean);
    settings.push(
      setting('planReference', {
        value,
        source: number.source,
        ...(blanks.length ? { reason: `Văn bản còn để trống ${blanks.join(' và ')}: hãy điền số, ngày ban hành của kế hoạch.` } : {}),
      }),
    );
  }
  if (settings.some((s) => s.key !== 'planYear') || number || date) parts.push(HEADER_PART);

  const signer = signatureOf(lines, title ? title.at + 1 : 0);
  if (signer) {
    settings.push(setting('signerTitle', { value: signer.title.map((l) => l.text).join('\n'), source: signer.title[0]!.source }));
    settings.push(setting('signerName', { value: signer.name.text, source: signer.name.source }));
    parts.push(SIGNATURE_PART);
  }
  return { settings, partsFound: parts };
}

/** The first signature block after `from`: title lines in capitals, then (past «(Đã ký)») a person's name in the same cell or the next paragraphs. */
function signatureOf(lines: readonly BodyLine[], from: number): { title: BodyLine[]; name: BodyLine } | undefined {
  const isTitle = (l: BodyLine | undefined): l is BodyLine => l !== undefined && isUpperCase(l.text) && SIGNER_TITLE.test(foldText(l.text));
  for (let i = from; i < lines.length; i++) {
    if (!isTitle(lines[i])) continue;
    const title = [lines[i]!];
    let j = i + 1;
    while (isTitle(lines[j]) && title.length < 3) title.push(lines[j++]!);
    const inTable = lines[i]!.source.row !== undefined;
    for (let k = j; k < Math.min(lines.length, j + 4); k++) {
      const line = lines[k]!;
      if (inTable && line.cell !== lines[i]!.cell) break;
      if (/^\(.*\)$/.test(line.text)) continue;
      if (PERSON_NAME.test(cleanText(line.text).replace(/\*/g, ''))) return { title, name: line };
      break;
    }
  }
  return undefined;
}

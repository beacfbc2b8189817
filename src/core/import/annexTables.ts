/**
 * The annex tables of a Word plan → indicators and tasks (issue 12): Phụ lục 1 (STT · Chỉ tiêu ·
 * Đơn vị tính · Mức đạt 2026), Phụ lục 2 (STT · Nhiệm vụ · Sản phẩm · Đơn vị chủ trì · Đơn vị phối
 * hợp · Thời gian) and monthly task tables (Tháng · Nhiệm vụ trọng tâm · Sản phẩm · Bộ phận chủ
 * trì). A table is recognised by its header row, with the same header words and aliases as the
 * sheet's Chỉ tiêu and Nhiệm vụ tabs (../planColumns.ts). Rows are read as the sheet reads them
 * (../groupNumbering.ts): a Roman numeral or letter with a name, or a cell spanning the row, sets
 * the group of the records below; a record has a number or a record's own cells.
 *
 * A table split across pages is one table: a table that follows with only blank paragraphs
 * between, with the same header (typed again, or a repeated header row), or with no header and
 * as many columns; its first row without STT is the rest of the previous record's cells (a cell
 * cut by the page break), joined with a space. A cell merged down (w:vMerge) gives each row it
 * covers its text. Texts are kept as written; targets and timings go through the sheet's
 * parsers only to decide the confidence.
 *
 * A table no layout fits but that looks like a list of records (an STT column, two plan columns
 * named, or numbered rows) is one leftover naming the table, its columns and what a table needs,
 * never silently dropped.
 */
import { groupNumbering, headsRowsBelow, isRecordNumber } from '../groupNumbering';
import { headerKey, headerYear, INDICATOR_COLUMN_NAMES, TASK_COLUMN_NAMES, type ColumnNames } from '../planColumns';
import { parseSchedule } from '../schedule';
import { parseTarget } from '../target';
import { foldText } from '../text';
import { blockNames } from './bodyLines';
import type { BodyTable, DocxBody } from './docxBody';
import { planYearOf } from './documentHeader';
import type { DraftGroup, DraftIndicator, DraftLeftover, DraftSource, DraftTask } from './draft';
import type { PartialDraft } from './planDraft';

type Kind = 'indicators' | 'tasks';
type IndicatorRole = keyof typeof INDICATOR_COLUMN_NAMES;
type TaskRole = keyof typeof TASK_COLUMN_NAMES;
type Role = IndicatorRole | TaskRole;

const NAMES: Readonly<Record<Kind, Readonly<Record<string, ColumnNames>>>> = { indicators: INDICATOR_COLUMN_NAMES, tasks: TASK_COLUMN_NAMES };
const REQUIRED: Readonly<Record<Kind, readonly Role[]>> = { indicators: ['name', 'target'], tasks: ['name', 'timing'] };
/** A record's own cells (as the sheet's ownKeys): a row with any of them is a record, never a group row. */
const OWN: Readonly<Record<Kind, readonly Role[]>> = { indicators: ['target'], tasks: ['lead', 'timing'] };
const NOUN: Readonly<Record<Kind, string>> = { indicators: 'chỉ tiêu', tasks: 'nhiệm vụ' };

export const INDICATOR_TABLE_PART = 'Bảng chỉ tiêu';
export const TASK_TABLE_PART = 'Bảng nhiệm vụ';
export const MONTHLY_TABLE_PART = 'Bảng nhiệm vụ theo tháng';

/** How many rows from a table's top are searched for its header row. */
const HEADER_SEARCH_ROWS = 3;

interface Layout {
  readonly kind: Kind;
  /** Role → grid column. */
  readonly columns: ReadonlyMap<Role, number>;
  /** Role → the header as written. */
  readonly headers: ReadonlyMap<Role, string>;
  /** Data starts at this row. */
  readonly firstRow: number;
  readonly monthly: boolean;
}

/** The text of the cell starting at grid column `column` of a row (a vertical merge's text for each row it covers); '' for a column a span covers. */
function cellText(table: BodyTable, row: number, column: number | undefined): string {
  if (column === undefined) return '';
  const cell = table.rows[row]?.cells.find((c) => c.column === column);
  if (!cell) return '';
  if (cell.mergedInto) {
    const origin = table.rows[cell.mergedInto.row]?.cells.find((c) => c.column === cell.mergedInto!.column);
    return origin?.text.trim() ?? '';
  }
  return cell.text.trim();
}

/** The role a header names in one kind of table, compared as the sheet compares it (headerKey with the plan year). */
function roleOf(kind: Kind, header: string, planYear: number | undefined): Role | undefined {
  // Without a plan year, a header's own year is taken as the plan's.
  const key = headerKey(header, planYear ?? headerYear(header));
  for (const [role, names] of Object.entries(NAMES[kind])) {
    if ([names.header, ...names.aliases].some((h) => headerKey(h) === key)) return role as Role;
  }
  return undefined;
}

function layoutAt(table: BodyTable, row: number, kind: Kind, planYear: number | undefined): Layout | undefined {
  const columns = new Map<Role, number>();
  const headers = new Map<Role, string>();
  for (const cell of table.rows[row]?.cells ?? []) {
    if (cell.mergedInto) continue;
    const role = roleOf(kind, cell.text.trim(), planYear);
    if (role && !columns.has(role)) {
      columns.set(role, cell.column);
      headers.set(role, cell.text.trim());
    }
  }
  if (!REQUIRED[kind].every((r) => columns.has(r))) return undefined;
  const monthly = kind === 'tasks' && !columns.has('stt') && foldText(headers.get('timing')!) === 'thang';
  let firstRow = row + 1;
  if (isColumnNumbering(table, firstRow)) firstRow++;
  return { kind, columns, headers, firstRow, monthly };
}

/** The header row within the table's top rows: the kind whose header names more columns (tasks on a tie). */
function findLayout(table: BodyTable, planYear: number | undefined): Layout | undefined {
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, table.rows.length); r++) {
    const found = (['tasks', 'indicators'] as const).map((k) => layoutAt(table, r, k, planYear)).filter((l): l is Layout => l !== undefined);
    if (found.length > 0) return found.reduce((a, b) => (b.columns.size > a.columns.size ? b : a));
  }
  return undefined;
}

/** «(1) (2) (3) …» or «1 2 3 …» under the header. */
function isColumnNumbering(table: BodyTable, row: number): boolean {
  const texts = (table.rows[row]?.cells ?? []).map((c) => c.text.trim()).filter((t) => t !== '');
  return texts.length >= 3 && texts.every((t) => /^[(\[]?\s*\d{1,2}\s*[)\]]?$/.test(t));
}

function sameColumns(a: Layout, b: Layout): boolean {
  return a.kind === b.kind && a.columns.size === b.columns.size && [...a.columns].every(([role, c]) => b.columns.get(role) === c);
}

/** «Phụ lục 2», from a paragraph just above the table. */
function captionAbove(body: DocxBody, index: number): string | undefined {
  for (let i = index - 1, seen = 0; i >= 0 && seen < 5; i--) {
    const block = body.blocks[i]!;
    if (block.kind === 'table') return undefined;
    if (block.text.trim() === '') continue;
    seen++;
    const m = /^phu luc\s*([0-9]+|[ivx]+)?\b/.exec(foldText(block.text));
    if (m) return m[1] ? `Phụ lục ${/^\d+$/.test(m[1]) ? m[1] : m[1].toUpperCase()}` : 'Phụ lục';
  }
  return undefined;
}

interface Draft {
  readonly kind: Kind;
  readonly id: string;
  readonly group: DraftGroup;
  readonly fields: Partial<Record<Role, string>>;
  readonly source: DraftSource;
  readonly headers: ReadonlyMap<Role, string>;
  readonly columns: ReadonlyMap<Role, number>;
}

const NO_GROUP: DraftGroup = { numeral: '', name: '' };

/** The indicators and tasks of every annex table in the body. */
export function readAnnexTables(body: DocxBody): PartialDraft {
  const year = planYearOf(body);
  const planYear = year?.year ?? year?.likelyYear;
  const names = blockNames(body);
  const records: Draft[] = [];
  const leftovers: DraftLeftover[] = [];
  const parts: string[] = [];
  let run: { layout: Layout; lastBlock: number; columnCount: number; caption?: string } | undefined;
  let group = NO_GROUP;

  body.blocks.forEach((block, index) => {
    if (block.kind !== 'table') return;
    const adjacent = run !== undefined && body.blocks.slice(run.lastBlock + 1, index).every((b) => b.kind === 'paragraph' && b.text.trim() === '');
    const own = findLayout(block, planYear);
    let layout: Layout;
    let continued = false;
    if (own && run && adjacent && sameColumns(own, run.layout)) {
      layout = own;
      continued = true;
    } else if (!own && run && adjacent && block.columnCount === run.columnCount) {
      layout = { ...run.layout, firstRow: 0 };
      continued = true;
    } else if (own) {
      layout = own;
      group = NO_GROUP;
    } else {
      run = undefined;
      const unknown = unknownRecordTable(block, planYear);
      if (unknown) {
        const caption = captionAbove(body, index);
        leftovers.push({ source: { where: `${names[index]!}${caption ? ` (${caption})` : ''}`, block: index, row: unknown.row }, text: unknown.text, reason: unknown.reason });
      }
      return;
    }
    const caption = continued ? run!.caption : captionAbove(body, index);
    run = { layout, lastBlock: index, columnCount: block.columnCount, caption };
    const part = layout.kind === 'indicators' ? INDICATOR_TABLE_PART : layout.monthly ? MONTHLY_TABLE_PART : TASK_TABLE_PART;
    if (!parts.includes(part)) parts.push(part);
    const where = (row: number) => `${names[index]!}${caption ? ` (${caption})` : ''}, dòng ${row + 1}`;
    const col = (role: Role) => layout.columns.get(role);
    const get = (row: number, role: Role) => cellText(block, row, col(role));
    const hasOwn = (row: number) => OWN[layout.kind].some((r) => get(row, r) !== '');
    const nextNumber = (from: number): string | undefined => {
      for (let r = from + 1; r < block.rows.length; r++) {
        if (groupNumbering(get(r, 'stt'))?.kind === 'heading' && !hasOwn(r)) return undefined;
        if (isRecordNumber(get(r, 'stt'))) return get(r, 'stt');
      }
      return undefined;
    };

    for (let r = layout.firstRow; r < block.rows.length; r++) {
      const cells = block.rows[r]!.cells.filter((c) => !c.mergedInto && c.text.trim() !== '');
      if (cells.length === 0) continue;
      const rowText = cells.map((c) => c.text.trim()).join(' · ');
      // A cell spanning the whole row: a group's name, numbered or not.
      if (cells.length === 1 && cells[0]!.colSpan > 1 && cells[0]!.colSpan >= block.columnCount) {
        const text = cells[0]!.text.trim();
        const numbering = groupNumbering(text);
        group = numbering && numbering.inlineName !== '' ? { numeral: numbering.numeral, name: numbering.inlineName } : { numeral: '', name: text };
        continue;
      }
      const stt = get(r, 'stt');
      const name = get(r, 'name');
      const own = hasOwn(r);
      const numbering = own ? undefined : groupNumbering(stt);
      if (numbering && (numbering.kind === 'heading' || headsRowsBelow(numbering, nextNumber(r)))) {
        const other = cells.find((c) => c.column !== col('stt'))?.text.trim() ?? '';
        group = { numeral: numbering.numeral, name: numbering.inlineName || name || other };
        continue;
      }
      const last = records.at(-1);
      if (continued && r === layout.firstRow && stt === '' && layout.columns.has('stt') && last && last.kind === layout.kind) {
        // The rest of the previous record's cells, cut by the page break.
        for (const role of layout.columns.keys()) {
          const more = get(r, role);
          if (more === '' || role === 'stt') continue;
          const before = last.fields[role] ?? '';
          (last.fields as Partial<Record<Role, string>>)[role] = before === '' ? more : `${before} ${more}`;
        }
        continue;
      }
      const numbered = isRecordNumber(stt);
      if (!numbered && !own && layout.columns.has('stt')) {
        if (/^tong cong\b|^cong\b/.test(foldText(name))) continue;
        leftovers.push({
          source: { where: where(r), block: index, row: r },
          text: rowText,
          reason: `Dòng không có STT và không có ${[...OWN[layout.kind]].map((k) => `«${layout.headers.get(k) ?? NAMES[layout.kind][k]!.header}»`).join(', ')}, nên không được tính là một ${NOUN[layout.kind]}.`,
        });
        continue;
      }
      if (name === '') {
        leftovers.push({ source: { where: where(r), block: index, row: r }, text: rowText, reason: `Dòng có dữ liệu nhưng thiếu tên ${NOUN[layout.kind]}.` });
        continue;
      }
      const fields: Partial<Record<Role, string>> = {};
      for (const role of layout.columns.keys()) fields[role] = get(r, role);
      records.push({
        kind: layout.kind,
        id: stt,
        group,
        fields,
        source: { where: where(r), block: index, row: r, column: col('name')! },
        headers: layout.headers,
        columns: layout.columns,
      });
    }
  });

  const indicators: DraftIndicator[] = [];
  const tasks: DraftTask[] = [];
  for (const rec of records) {
    const f = (role: Role) => rec.fields[role] ?? '';
    if (rec.kind === 'indicators') {
      const target = f('target');
      const parsed = parseTarget(target, { unit: f('unit') });
      const review = parsed.ok ? undefined : parsed.error;
      indicators.push({
        id: rec.id,
        group: rec.group,
        name: f('name'),
        unit: f('unit'),
        target,
        ...confidence(rec, 'target', review),
      });
    } else {
      const timing = f('timing');
      let review: string | undefined;
      if (planYear === undefined) review = `chưa xác định được năm kế hoạch từ tiêu đề văn bản nên chưa kiểm tra được thời gian «${timing}»`;
      else {
        const parsed = parseSchedule(timing, planYear);
        review = parsed.ok ? undefined : parsed.error;
      }
      tasks.push({
        id: rec.id,
        group: rec.group,
        name: f('name'),
        product: f('product'),
        lead: f('lead'),
        partners: f('partners'),
        timing,
        ...confidence(rec, 'timing', review),
      });
    }
  }
  return { indicators, tasks, leftovers, partsFound: parts };
}

/** «bảng chỉ tiêu cần cột «Chỉ tiêu» và «Chỉ tiêu năm»; bảng nhiệm vụ cần cột «Nhiệm vụ» và «Thời gian»». */
const WHAT_TABLES_NEED = (['indicators', 'tasks'] as const)
  .map((kind) => `bảng ${NOUN[kind]} cần cột ${REQUIRED[kind].map((role) => `«${NAMES[kind][role]!.header}»`).join(' và ')}`)
  .join('; ');

const cellsOf = (table: BodyTable, row: number): string[] => (table.rows[row]?.cells ?? []).filter((c) => !c.mergedInto).map((c) => c.text.trim());
const rowHasText = (table: BodyTable, row: number): boolean => cellsOf(table, row).some((t) => t !== '');

/**
 * A table no layout fits that still looks like a list of plan records, so that it is listed for
 * review instead of dropped: a header row (in the top rows) with an STT column or naming two plan
 * columns of one kind, or two or more rows whose first cell is a record number («1», «2.»). The
 * document's header and signature tables are none of these.
 */
function unknownRecordTable(table: BodyTable, planYear: number | undefined): { row: number; text: string; reason: string } | undefined {
  const sttSpellings = new Set([INDICATOR_COLUMN_NAMES.stt, TASK_COLUMN_NAMES.stt].flatMap((n) => [n.header, ...n.aliases]).map((h) => headerKey(h)));
  const rowsBelow = (header: number) => table.rows.slice(header + 1).filter((_, i) => rowHasText(table, header + 1 + i)).length;
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, table.rows.length); r++) {
    const headers = cellsOf(table, r).filter((t) => t !== '');
    const hasStt = headers.some((h) => sttSpellings.has(headerKey(h)));
    const named = (['indicators', 'tasks'] as const)
      .map((kind) => headers.filter((h) => ![undefined, 'stt'].includes(roleOf(kind, h, planYear))))
      .find((found) => found.length >= 2);
    if (!hasStt && !named) continue;
    const what = hasStt ? 'có cột STT' : `có cột ${named!.map((h) => `«${h}»`).join(', ')}`;
    const otherYears = headers.filter((h) => {
      const year = headerYear(h);
      return year !== undefined && planYear !== undefined && year !== planYear && (['indicators', 'tasks'] as const).some((kind) => roleOf(kind, h, year) !== undefined);
    });
    const years = otherYears.length ? `; cột ${otherYears.map((h) => `«${h}»`).join(', ')} ghi năm khác với năm kế hoạch (${planYear})` : '';
    return {
      row: r,
      text: headers.join(' · '),
      reason: `bảng ${what} nhưng không nhận ra là bảng chỉ tiêu hay nhiệm vụ; các cột: ${headers.map((h) => `«${h}»`).join(', ')}${years}; ${rowsBelow(r)} dòng chưa được nhập. ${capitalized(WHAT_TABLES_NEED)}`,
    };
  }
  const numbered = table.rows.map((_, r) => r).filter((r) => isRecordNumber(cellsOf(table, r).find((t) => t !== '')));
  if (numbered.length < 2) return undefined;
  const first = numbered[0]!;
  return {
    row: first,
    text: cellsOf(table, first).filter((t) => t !== '').join(' · '),
    reason: `bảng có các dòng đánh số nhưng không nhận ra là bảng chỉ tiêu hay nhiệm vụ; ${table.rows.filter((_, r) => rowHasText(table, r)).length} dòng chưa được nhập. ${capitalized(WHAT_TABLES_NEED)}`,
  };
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Read, or for review with the parser's message, the source then naming the cell. */
function confidence(rec: Draft, role: Role, reason: string | undefined): { source: DraftSource; confidence: 'read' | 'review'; reason?: string } {
  if (reason === undefined) return { source: rec.source, confidence: 'read' };
  const column = rec.columns.get(role);
  return {
    source: { ...rec.source, where: `${rec.source.where}, cột «${rec.headers.get(role) ?? ''}»`, ...(column !== undefined ? { column } : {}) },
    confidence: 'review',
    reason,
  };
}

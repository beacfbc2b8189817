/**
 * A plan draft (core/import/draft.ts) → what the import adds to the workbook, and the preview the
 * user confirms. Pure: the shells (the add-in's dialog, the CLI's `import`) do the writing.
 *
 * The rules (issue 12):
 * - Only adds. New rows go below the tab's last used row (any cell of any column, formula cells
 *   too), group rows with them, in the tab's current header layout found by header text: staff may
 *   have moved or added columns. Only the plan's own input columns are written (STT, the name, the
 *   unit and target; the product, lead, partners and timing): never a column staff added, never a
 *   computed column, never a formula cell. No row already there is changed or deleted.
 * - An item is already there when a record of the tab has the same name (folded: case, diacritics,
 *   spacing and punctuation aside), or the same STT in the same group. A same STT with another name
 *   is not added either, and is listed for review: the tool never renumbers nor replaces. So
 *   importing the same draft twice adds nothing.
 * - Ids: the document's STT; an item without one is numbered after the tab's last STT.
 * - Items needing review still get their row (the text as written, for staff to fix in the sheet)
 *   and are listed with their place in the document and the row they went to.
 * - Cấu hình: a value is written only into a blank cell; a value already there is kept (and shown
 *   as kept); a missing row is appended (label, value, help), as Khởi tạo would write it.
 */
import type { DraftGroup, DraftIndicator, DraftSetting, DraftTask, PlanDraft } from '../core/import/draft';
import { asSentence, cleanText, foldText, shorten } from '../core/text';
import type { FormulaCells } from './formulaCells';
import { findTab, headerKey, locateHeader } from './headers';
import { groupNumbering } from './nonRecordRows';
import { INDICATORS_TAB, SETTING_SPECS, SETTINGS_TAB, type SettingRowKey, type TabSpec, TASKS_TAB } from './schema';
import { idOf } from './cells';
import { type Cell, type LocatedTab, readWorkbook, type RecordRow, type Rows, type TabValues, type WorkbookRead } from './workbook';

export interface ImportCount {
  /** The tab's name as it is in the workbook. */
  readonly tab: string;
  /** Items (indicators or tasks) added. */
  readonly added: number;
  /** Rows written: the items and the group rows above them. */
  readonly rows: number;
  readonly alreadyThere: number;
}

export interface ImportReviewItem {
  /** Where in the document (Vietnamese, from the draft: «Bảng 2 (Phụ lục 2), dòng 18»). */
  readonly where: string;
  /** The text as written. */
  readonly text: string;
  /** Why it needs a person (Vietnamese). */
  readonly reason: string;
  /** Where it went in the workbook, when it got a row: «Chỉ tiêu», dòng 12. */
  readonly sheetPlace?: { readonly tab: string; readonly row: number };
}

export interface ImportSettingLine {
  /** The Cấu hình label («Tên đơn vị»). */
  readonly label: string;
  /** The value the document gives. */
  readonly value: string;
  /** false: Cấu hình already holds a value, kept. */
  readonly filled: boolean;
}

export interface ImportPreview {
  readonly counts: readonly ImportCount[];
  readonly review: readonly ImportReviewItem[];
  readonly settings: readonly ImportSettingLine[];
  readonly partsFound: readonly string[];
  /** Vietnamese: what the reader looked for, when the draft holds nothing to import. */
  readonly nothingFound?: string;
}

export interface ImportAppend {
  /** The tab's name as read. */
  readonly tab: string;
  /** 1-based first row. */
  readonly startRow: number;
  /** Whole rows from column A, in the tab's own column order ('' where nothing is written). */
  readonly rows: unknown[][];
}

export interface ImportCell {
  readonly tab: string;
  readonly row: number;
  readonly column: number;
  readonly value: string;
}

export interface ImportWrites {
  readonly appends: readonly ImportAppend[];
  /** Blank Cấu hình value cells to fill. */
  readonly cells: readonly ImportCell[];
}

export interface PlanImport {
  readonly preview: ImportPreview;
  readonly writes: ImportWrites;
}

export interface PlanImportOptions {
  /** Plan year when Cấu hình has none (for headers ending with the year). */
  readonly fallbackYear: number;
  /** The cells holding a formula, by tab name: never written, and rows holding one count as used. */
  readonly formulas?: ReadonlyMap<string, FormulaCells>;
}

/** What the reader looks for, said when a document holds none of it. */
export const NOTHING_FOUND_TEXT =
  'Không tìm thấy phần nào của một kế hoạch trong tệp. Công cụ tìm: bảng chỉ tiêu (STT · Chỉ tiêu · Đơn vị tính · Mức đạt, như Phụ lục 1); ' +
  'bảng nhiệm vụ (STT · Nhiệm vụ · Sản phẩm · Đơn vị chủ trì · Đơn vị phối hợp · Thời gian, như Phụ lục 2, hoặc bảng theo tháng: Tháng · Nhiệm vụ trọng tâm · …); ' +
  'các gạch đầu dòng dưới mục «Chỉ tiêu» / «Mục tiêu cụ thể»; mục «Lộ trình thực hiện» chia theo quý hoặc tháng; mục «Chế độ báo cáo»; ' +
  'phần đầu văn bản (cơ quan chủ quản, tên đơn vị, «Số: …/KH-…», địa danh, ngày) và khối chữ ký. ' +
  'Nếu kế hoạch là ảnh chụp hoặc bản quét, công cụ không đọc được chữ trong ảnh.';

/** The columns an import writes, per tab (the plan's own input columns; never a computed one). */
const INDICATOR_KEYS = ['stt', 'name', 'unit', 'target'] as const;
const TASK_KEYS = ['stt', 'name', 'product', 'lead', 'partners', 'timing'] as const;

function cellText(cell: Cell | undefined): string {
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  return '';
}

function isBlankCell(cell: Cell | undefined): boolean {
  return cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** 1-based last row holding anything (a value in any column, or a formula in the first `width` columns of the rows read). */
function lastUsedRow(rows: Rows, formulas: FormulaCells | undefined): number {
  for (let r = rows.length; r >= 1; r--) {
    const row = rows[r - 1] ?? [];
    if (row.some((cell, c) => !isBlankCell(cell) || formulas?.has(r, c + 1))) return r;
  }
  return 0;
}

/** The first row at or after `from` where `count` rows of `width` columns hold no formula. */
function freeRowsFrom(from: number, count: number, width: number, formulas: FormulaCells | undefined): number {
  if (!formulas) return from;
  let start = from;
  for (let r = start; r < start + count; r++) {
    for (let c = 1; c <= width; c++) {
      if (formulas.has(r, c)) {
        start = r + 1;
        break;
      }
    }
  }
  return start;
}

function sameGroup(a: DraftGroup | undefined, b: DraftGroup): boolean {
  return a !== undefined && foldText(a.numeral) === foldText(b.numeral) && foldText(a.name) === foldText(b.name);
}

/** An STT cell value: a whole number as a number (as the template writes it), anything else as text. */
function sttValue(id: string): string | number {
  return /^\d{1,6}$/.test(id) ? Number(id) : id;
}

/** A new record (draft side) as one kind of tab sees it. */
interface NewItem {
  readonly id: string;
  readonly group: DraftGroup;
  readonly name: string;
  readonly values: Readonly<Record<string, string>>;
  readonly confidence: 'read' | 'review';
  readonly reason?: string;
  readonly where: string;
  /** What the review list shows. */
  readonly shown: string;
}

/** What the tab already holds, for matching: folded names, and (group, STT) → row and name. */
interface Known {
  readonly names: Map<string, number>;
  readonly stts: Map<string, { row: number; name: string }>;
  lastStt: number;
  current: DraftGroup | undefined;
}

function sttKey(group: DraftGroup, id: string): string {
  return `${foldText(group.numeral)}|${foldText(idOf(id))}`;
}

function knownOf(tab: LocatedTab, records: readonly RecordRow<{ readonly name: string; readonly group: DraftGroup }>[], groupRows: readonly { row: number; group: DraftGroup }[]): Known {
  const names = new Map<string, number>();
  const stts = new Map<string, { row: number; name: string }>();
  const sttColumn = tab.layout.columns.get('stt');
  let lastStt = 0;
  for (const { row, record } of records) {
    if (!names.has(foldText(record.name))) names.set(foldText(record.name), row);
    if (sttColumn === undefined) continue;
    const stt = idOf(tab.rows[row - 1]?.[sttColumn - 1]);
    if (stt === '') continue;
    const key = sttKey(record.group, stt);
    if (!stts.has(key)) stts.set(key, { row, name: record.name });
    if (/^\d+$/.test(stt)) lastStt = Math.max(lastStt, Number(stt));
  }
  const bottom = [...records.map((r) => ({ row: r.row, group: r.record.group })), ...groupRows].sort((a, b) => b.row - a.row)[0];
  return { names, stts, lastStt, current: bottom?.group };
}

/** The row of a group: its numeral in STT (with the name when the numeral alone would read as a record's number), its name. */
function groupCells(group: DraftGroup): { stt: string; name: string } {
  const numbering = groupNumbering(group.numeral);
  const heading = numbering?.kind === 'heading' && numbering.inlineName === '';
  return { stt: heading ? group.numeral : `${group.numeral.replace(/[.)]$/, '')}. ${group.name}`, name: group.name };
}

interface TabResult {
  readonly count: ImportCount | undefined;
  readonly append: ImportAppend | undefined;
  readonly review: ImportReviewItem[];
}

function addToTab(
  spec: TabSpec,
  tab: LocatedTab | undefined,
  problem: string | undefined,
  known: Known | undefined,
  items: readonly NewItem[],
  keys: readonly string[],
  formulas: FormulaCells | undefined,
): TabResult {
  if (items.length === 0 && !tab) return { count: undefined, append: undefined, review: [] };
  if (!tab || !known) {
    const reason = problem ?? `Không đọc được tab «${spec.name}»: chạy «Khởi tạo bảng theo dõi» (hoặc tạo tệp mới bằng lệnh import không có --vao) rồi nhập lại.`;
    return {
      count: { tab: spec.name, added: 0, rows: 0, alreadyThere: 0 },
      append: undefined,
      review: items.map((item) => ({ where: item.where, text: item.shown, reason: `Chưa thêm: ${reason}` })),
    };
  }
  const columns = keys.map((key) => [key, tab.layout.columns.get(key)] as const).filter((e): e is readonly [string, number] => e[1] !== undefined);
  const width = Math.max(...columns.map(([, c]) => c));
  const rows: unknown[][] = [];
  const review: ImportReviewItem[] = [];
  const start = lastUsedRow(tab.rows, formulas) + 1;
  const planned: { values: Record<string, string | number>; item?: NewItem }[] = [];
  let alreadyThere = 0;
  for (const item of items) {
    const byName = known.names.get(foldText(item.name));
    if (byName !== undefined) {
      alreadyThere++;
      continue;
    }
    const stt = item.id !== '' ? known.stts.get(sttKey(item.group, item.id)) : undefined;
    if (stt) {
      alreadyThere++;
      review.push({
        where: item.where,
        text: item.shown,
        reason: `STT «${item.id}» đã có ở dòng ${stt.row} của tab «${tab.name}» với nội dung khác («${shorten(stt.name, 80)}»): không thêm, dòng đã có được giữ nguyên. Nếu đây là một mục khác, hãy tự thêm dòng với STT mới.`,
        sheetPlace: { tab: tab.name, row: stt.row },
      });
      continue;
    }
    if (item.group.numeral !== '' && !sameGroup(known.current, item.group)) {
      const g = groupCells(item.group);
      planned.push({ values: { stt: g.stt, name: g.name } });
    }
    if (item.group.numeral !== '') known.current = item.group;
    const id = item.id !== '' ? idOf(item.id) : String(known.lastStt + 1);
    if (/^\d+$/.test(id)) known.lastStt = Math.max(known.lastStt, Number(id));
    known.names.set(foldText(item.name), -1);
    known.stts.set(sttKey(item.group, id), { row: -1, name: item.name });
    planned.push({ values: { ...item.values, stt: sttValue(id) }, item });
  }
  if (planned.length === 0) return { count: { tab: tab.name, added: 0, rows: 0, alreadyThere }, append: undefined, review };
  const startRow = freeRowsFrom(start, planned.length, width, formulas);
  planned.forEach(({ values, item }, i) => {
    const row: unknown[] = Array.from({ length: width }, () => '');
    for (const [key, column] of columns) {
      const value = values[key];
      if (value !== undefined) row[column - 1] = value;
    }
    rows.push(row);
    if (item?.confidence === 'review') {
      review.push({ where: item.where, text: item.shown, reason: item.reason ?? 'Cần kiểm tra lại.', sheetPlace: { tab: tab.name, row: startRow + i } });
    }
  });
  const added = planned.filter((p) => p.item).length;
  return { count: { tab: tab.name, added, rows: rows.length, alreadyThere }, append: { tab: tab.name, startRow, rows }, review };
}

function indicatorItem(i: DraftIndicator): NewItem {
  const name = cleanText(i.name);
  return {
    id: cleanText(i.id),
    group: i.group,
    name,
    values: { name, unit: i.unit, target: i.target },
    confidence: i.confidence,
    reason: i.reason,
    where: i.source.where,
    shown: i.target ? `${name}: ${i.target}` : name,
  };
}

function taskItem(t: DraftTask): NewItem {
  const name = cleanText(t.name);
  return {
    id: cleanText(t.id),
    group: t.group,
    name,
    values: { name, product: t.product, lead: t.lead, partners: t.partners, timing: t.timing },
    confidence: t.confidence,
    reason: t.reason,
    where: t.source.where,
    shown: t.timing ? `${name} (thời gian: ${t.timing})` : name,
  };
}

/** Which problem of the reading explains a tab that could not be located. */
function tabProblem(read: WorkbookRead, spec: TabSpec): string | undefined {
  const p = read.problems.find((x) => x.tab === spec.name || (findTabName(read, spec) !== undefined && x.tab === findTabName(read, spec)));
  return p?.message;
}

function findTabName(read: WorkbookRead, spec: TabSpec): string | undefined {
  return read.tabs[spec.key]?.name;
}

interface SettingsResult {
  readonly lines: ImportSettingLine[];
  readonly cells: ImportCell[];
  readonly append: ImportAppend | undefined;
  readonly review: ImportReviewItem[];
}

function settingsWrites(draft: readonly DraftSetting[], tabs: TabValues, formulas: ReadonlyMap<string, FormulaCells> | undefined): SettingsResult {
  const lines: ImportSettingLine[] = [];
  const cells: ImportCell[] = [];
  const review: ImportReviewItem[] = [];
  // One value per row: the first the document gives.
  const settings = draft.filter((s, i) => draft.findIndex((o) => o.key === s.key) === i && s.value.trim() !== '');
  if (settings.length === 0) return { lines, cells, append: undefined, review };
  const found = findTab(tabs, SETTINGS_TAB);
  // Typed by the Cấu hình row keys: a draft setting key that is not a Cấu hình row fails to compile here.
  const specOf = (key: SettingRowKey) => SETTING_SPECS.find((s) => s.key === key)!;
  if (!found) {
    for (const s of settings) {
      lines.push({ label: specOf(s.key).label, value: s.value, filled: false });
      review.push({ where: s.source.where, text: s.value, reason: `Chưa ghi vào «${specOf(s.key).label}»: không có tab «${SETTINGS_TAB.name}». Chạy «Khởi tạo bảng theo dõi» rồi nhập lại.` });
    }
    return { lines, cells, append: undefined, review };
  }
  const tabFormulas = formulas?.get(found.name);
  const layout = locateHeader(found.rows, SETTINGS_TAB);
  const keyColumn = layout?.columns.get('key') ?? 1;
  const valueColumn = layout?.columns.get('value') ?? 2;
  const helpColumn = layout?.columns.get('help') ?? (layout ? undefined : 3);
  const firstRow = (layout?.headerRow ?? 0) + 1;
  const rowOf = new Map<string, number>();
  const byLabel = new Map<string, string>();
  for (const spec of SETTING_SPECS) for (const label of [spec.label, ...spec.aliases]) if (!byLabel.has(headerKey(label))) byLabel.set(headerKey(label), spec.key);
  for (let r = firstRow; r <= found.rows.length; r++) {
    const key = byLabel.get(headerKey(cellText(found.rows[r - 1]?.[keyColumn - 1])));
    if (key && !rowOf.has(key)) rowOf.set(key, r);
  }
  const missing: DraftSetting[] = [];
  for (const s of settings) {
    const spec = specOf(s.key);
    const row = rowOf.get(s.key);
    if (row === undefined) {
      missing.push(s);
      lines.push({ label: spec.label, value: s.value, filled: true });
    } else {
      const blank = isBlankCell(found.rows[row - 1]?.[valueColumn - 1]) && !tabFormulas?.has(row, valueColumn);
      if (blank) cells.push({ tab: found.name, row, column: valueColumn, value: s.value });
      lines.push({ label: spec.label, value: s.value, filled: blank });
    }
    if (s.confidence === 'review') review.push({ where: s.source.where, text: s.value, reason: s.reason ?? `Cần kiểm tra «${spec.label}».` });
  }
  let append: ImportAppend | undefined;
  if (missing.length > 0) {
    const width = Math.max(keyColumn, valueColumn, helpColumn ?? 0);
    const rows = missing.map((s) => {
      const row: unknown[] = Array.from({ length: width }, () => '');
      row[keyColumn - 1] = specOf(s.key).label;
      row[valueColumn - 1] = s.value;
      if (helpColumn !== undefined) row[helpColumn - 1] = specOf(s.key).help;
      return row;
    });
    const start = Math.max(lastUsedRow(found.rows, tabFormulas), firstRow - 1) + 1;
    append = { tab: found.name, startRow: freeRowsFrom(start, rows.length, width, tabFormulas), rows };
  }
  return { lines, cells, append, review };
}

/** Whether the draft holds anything to import. */
function isEmptyDraft(draft: PlanDraft): boolean {
  return draft.indicators.length === 0 && draft.tasks.length === 0 && draft.settings.length === 0;
}

/**
 * Why nothing can be imported from a draft, or undefined when something can: what the reader
 * looked for and, so no part of the file is silently dropped, each part found but not recognised
 * (a numbered table neither an indicator nor a task table) with its place.
 */
export function nothingFoundText(draft: PlanDraft): string | undefined {
  if (!isEmptyDraft(draft)) return undefined;
  if (draft.leftovers.length === 0) return NOTHING_FOUND_TEXT;
  const parts = draft.leftovers.map((l) => `${l.source.where}: «${shorten(l.text, 160)}». ${asSentence(l.reason)}`);
  return `${NOTHING_FOUND_TEXT} Phần tìm thấy nhưng không nhận ra: ${parts.join(' ')}`;
}

export function planImport(draft: PlanDraft, tabs: TabValues, options: PlanImportOptions): PlanImport {
  const read = readWorkbook(tabs, { fallbackYear: options.fallbackYear, formulas: options.formulas });
  const formulasOf = (tab: LocatedTab | undefined) => (tab ? options.formulas?.get(tab.name) : undefined);

  const indicatorsTab = read.tabs.indicators;
  const indicators = addToTab(
    INDICATORS_TAB,
    indicatorsTab,
    indicatorsTab ? undefined : tabProblem(read, INDICATORS_TAB),
    indicatorsTab && knownOf(indicatorsTab, read.indicatorRows, read.indicatorGroupRows),
    draft.indicators.map(indicatorItem),
    INDICATOR_KEYS,
    formulasOf(indicatorsTab),
  );
  const tasksTab = read.tabs.tasks;
  const tasks = addToTab(
    TASKS_TAB,
    tasksTab,
    tasksTab ? undefined : tabProblem(read, TASKS_TAB),
    tasksTab && knownOf(tasksTab, read.taskRows, read.taskGroupRows),
    draft.tasks.map(taskItem),
    TASK_KEYS,
    formulasOf(tasksTab),
  );
  const settings = settingsWrites(draft.settings, tabs, options.formulas);
  const leftovers: ImportReviewItem[] = draft.leftovers.map((l) => ({ where: l.source.where, text: l.text, reason: l.reason }));

  const nothingFound = nothingFoundText(draft);
  return {
    preview: {
      counts: [indicators.count, tasks.count].filter((c): c is ImportCount => c !== undefined),
      review: [...indicators.review, ...tasks.review, ...settings.review, ...leftovers].map((r) => ({ ...r, reason: asSentence(r.reason) })),
      settings: settings.lines,
      partsFound: [...draft.partsFound],
      ...(nothingFound === undefined ? {} : { nothingFound }),
    },
    writes: {
      appends: [indicators.append, tasks.append, settings.append].filter((a): a is ImportAppend => a !== undefined),
      cells: settings.cells,
    },
  };
}

/** The tabs' values once `writes` are made (for checking an import before and after, and the round trip). */
export function applyImportWrites(tabs: TabValues, writes: ImportWrites): Map<string, Rows> {
  const out = new Map<string, Cell[][]>([...tabs].map(([name, rows]) => [name, rows.map((r) => [...r])]));
  const put = (tab: string, row: number, column: number, value: unknown): void => {
    const rows = out.get(tab) ?? [];
    out.set(tab, rows);
    while (rows.length < row) rows.push([]);
    const cells = rows[row - 1]!;
    while (cells.length < column) cells.push('');
    cells[column - 1] = value as Cell;
  };
  for (const a of writes.appends) a.rows.forEach((row, i) => row.forEach((value, c) => value !== '' && put(a.tab, a.startRow + i, c + 1, value)));
  for (const c of writes.cells) put(c.tab, c.row, c.column, c.value);
  return out;
}

/** «thêm 22 mục (26 dòng, kể cả dòng nhóm)»: items, and the rows written when group rows come with them. */
export function addedText(count: Pick<ImportCount, 'added' | 'rows'>): string {
  return `thêm ${count.added} mục${count.rows > count.added ? ` (${count.rows} dòng, kể cả dòng nhóm)` : ''}`;
}

/** The preview as lines of Vietnamese text (the CLI prints them; the dialog may show the same). */
export function importPreviewLines(preview: ImportPreview): string[] {
  if (preview.nothingFound) return [preview.nothingFound];
  const lines: string[] = [];
  if (preview.partsFound.length) lines.push(`Đã đọc: ${preview.partsFound.join('; ')}.`);
  for (const c of preview.counts) {
    lines.push(`• Tab «${c.tab}»: ${addedText(c)}${c.alreadyThere ? `; ${c.alreadyThere} mục đã có trong tab, giữ nguyên` : ''}.`);
  }
  if (preview.settings.length) {
    lines.push('• Cấu hình:');
    for (const s of preview.settings) {
      const value = s.value.replace(/\n/g, ' / ');
      lines.push(`    – ${s.label}: ${value}${s.filled ? '' : ' (Cấu hình đã có giá trị, giữ nguyên giá trị đã có)'}`);
    }
  }
  if (preview.review.length) {
    lines.push(`• Cần kiểm tra ${preview.review.length} mục:`);
    preview.review.forEach((r, i) => {
      const place = r.sheetPlace ? ` → tab «${r.sheetPlace.tab}», dòng ${r.sheetPlace.row}` : '';
      lines.push(`    ${i + 1}. ${r.where}${place}: «${shorten(r.text, 160)}». ${r.reason}`);
    });
  }
  return lines;
}

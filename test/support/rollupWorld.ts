/**
 * The Phòng/Sở receiver's world on the fakes (issue 14): a Sở spreadsheet with the receiver's tabs
 * set up, schools registered with tokens, and a helper that POSTs to doPost as Apps Script would.
 */
import { vi } from 'vitest';
import type { Snapshot, SnapshotIndicator } from '../../src/core/rollup/snapshot';
import { doPost, setUpReceiver, type Reply } from '../../src/gas/rollupReceiver';
import { ownedTab } from '../../src/gas/workbook';
import { blockSize, DATA_WIDTH, dataRows, registerRow, SCHOOL_WIDTH } from '../../src/gas/rollupTabs';
import {
  accessRecorder,
  CallLog,
  FakeContentService,
  FakeLockService,
  FakeSpreadsheet,
  FakeSpreadsheetApp,
  FakeUrlFetchApp,
  FakeUtilities,
  GAS_SERVICE_NAMES,
  type FakeSheet,
} from '../fakes';

export interface RollupWorld {
  readonly log: CallLog;
  readonly app: FakeSpreadsheetApp;
  /** The Sở's spreadsheet (the receiver's). */
  readonly so: FakeSpreadsheet;
  readonly lock: FakeLockService;
  readonly utilities: FakeUtilities;
  readonly content: FakeContentService;
  readonly urlFetch: FakeUrlFetchApp;
  /** Token of each registered school id. */
  readonly tokens: Map<string, string>;
  readonly tab: (name: string) => FakeSheet;
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Installs the fakes as globals (console stays the runner's) and sets the receiver up with `schools` registered. */
export function installRollupWorld(schools: readonly (readonly [id: string, name: string])[]): RollupWorld {
  const log = new CallLog();
  const app = new FakeSpreadsheetApp(log);
  const lock = new FakeLockService(log);
  const utilities = new FakeUtilities(log);
  const content = new FakeContentService(log);
  const urlFetch = new FakeUrlFetchApp(log);
  for (const name of GAS_SERVICE_NAMES) if (name !== 'console') vi.stubGlobal(name, accessRecorder(name, log));
  vi.stubGlobal('SpreadsheetApp', app);
  vi.stubGlobal('LockService', lock);
  vi.stubGlobal('Utilities', utilities);
  vi.stubGlobal('ContentService', content);
  vi.stubGlobal('UrlFetchApp', urlFetch);
  const so = app.spreadsheet;
  const setUp = () => setUpReceiver((role, spec) => ownedTab(so as unknown as Spreadsheet, { role, spec }));
  setUp();
  const tokens = new Map<string, string>();
  if (schools.length > 0) {
    const register = so.sheet('Trường');
    if (register.maxRows < schools.length + 1) register.insertRowsAfter(register.maxRows, schools.length + 1 - register.maxRows);
    register.range(2, 1, schools.length, 2).setValues(schools.map(([id, name]) => [id, name]));
    for (const t of setUp().issued) tokens.set(t.id, t.token);
  }
  log.clear();
  return { log, app, so, lock, utilities, content, urlFetch, tokens, tab: (name) => so.sheet(name) };
}

export function indicators(n: number, result = '96%'): SnapshotIndicator[] {
  return Array.from({ length: n }, (_, i) => ({
    code: `I.${i + 1}`,
    stt: String(i + 1),
    name: `Chỉ tiêu số ${i + 1}: tỷ lệ hồ sơ điện tử`,
    unit: '%',
    target: '≥95%',
    result,
    quarter: 1 as const,
    attainment: 96 / 95,
    verdict: 'Đạt',
    state: 'met' as const,
  }));
}

export function snapshot(id: string, name: string, sentAt: string, more: Partial<Snapshot> = {}): Snapshot {
  return {
    version: 1,
    schoolId: id,
    schoolName: name,
    email: 'c3anlao@haiphong.edu.vn',
    planYear: 2026,
    asOf: '2026-03-20',
    sentAt,
    indicators: indicators(4),
    tasks: {
      byState: { 'Chưa thực hiện': 2, 'Đang thực hiện': 3, 'Hoàn thành': 5, 'Tạm dừng': 0 },
      overdueCount: 1,
      overdue: [{ stt: '7', name: 'Tập huấn sử dụng học bạ số', label: 'Quý I', due: '2026-03-10', days: 10, lead: 'Tổ Tin học' }],
    },
    ...more,
  };
}

/** The web app's event for a body, as Apps Script builds it (length: the body's bytes). */
export function postEvent(body: string, length = Buffer.byteLength(body, 'utf8')): GoogleAppsScript.Events.DoPost {
  return {
    postData: { contents: body, length, type: 'application/json', name: 'postData' },
    parameter: {},
    parameters: {},
    contextPath: '',
    contentLength: length,
    queryString: '',
  } as unknown as GoogleAppsScript.Events.DoPost;
}

/** POSTs `{ token, snapshot }` to doPost (token null: none sent); the reply as the school reads it. */
export function push(world: RollupWorld, snap: Snapshot, token: string | null = world.tokens.get(snap.schoolId) ?? null): Reply {
  return postBody(world, JSON.stringify(token === null ? { snapshot: snap } : { token, snapshot: snap }));
}

/**
 * Test set-up: the register and «Số liệu mới nhất» as if every school of `ids` had pushed `rows`
 * indicators (written straight into the fake, fast), so a push can be measured against a full workbook.
 */
export function prefill(world: RollupWorld, ids: readonly (readonly [string, string])[], rows: number, sentAt: string): void {
  const register = world.tab('Trường');
  const latest = world.tab('Số liệu mới nhất');
  const size = blockSize(rows);
  const needed = 1 + ids.length * size;
  if (latest.maxRows < needed) latest.insertRowsAfter(latest.maxRows, needed - latest.maxRows);
  const data: unknown[][] = [];
  ids.forEach(([id, name], i) => {
    const cells = register.range(i + 2, 1, 1, SCHOOL_WIDTH).getValues()[0]!;
    register.range(i + 2, 1, 1, SCHOOL_WIDTH).setValues([registerRow(cells, snapshot(id, name, sentAt, { indicators: indicators(rows) }), new Date(sentAt), { start: 2 + i * size, size }, undefined)]);
    data.push(...dataRows(snapshot(id, name, sentAt, { indicators: indicators(rows) }), size));
  });
  if (data.length) latest.range(2, 1, data.length, DATA_WIDTH).setValues(data);
  world.log.clear();
}

export function postBody(world: RollupWorld, body: string, length?: number): Reply {
  const output = doPost(postEvent(body, length));
  void world;
  return JSON.parse(output.getContent()) as Reply;
}

/** The rows of a data tab that belong to `id` (column A), in order. */
export function rowsOf(sheet: FakeSheet, id: string): unknown[][] {
  return sheet.snapshot().slice(1).filter((r) => r[0] === id);
}

/**
 * Issue 14: the school's push to its Phòng/Sở on the fakes. The school's spreadsheet holds the
 * sample plan with the roll-up rows of Cấu hình; UrlFetchApp is answered by the real receiver
 * (doPost) running on the Sở's spreadsheet, or by a failure. Every outcome is a Vietnamese
 * sentence in Nhật ký; a failed push is pushed again at the next run and never duplicated.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Plan, RollupSettings } from '../../src/core/plan';
import { onDailyTrigger, onRetryTrigger } from '../../src/gas/reminders/actions';
import type { ReminderDeps } from '../../src/gas/reminders/run';
import { LAST_PUSH_PROPERTY, pushFromMenu, pushFromTrigger } from '../../src/gas/rollupPush';
import { receivePush } from '../../src/gas/rollupReceiver';
import { loadPlan } from '../../src/gas/workbook';
import { samplePlan } from '../../src/sample/anLao2026';
import { FakePropertiesService, FakeSpreadsheet, type FetchAnswer } from '../fakes';
import { installReminderFakes } from '../fakes/reminderGas';
import { installRollupWorld, postEvent, type RollupWorld, rowsOf } from '../support/rollupWorld';
import { fillSpreadsheet } from '../support/sheetPlans';

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
const URL = 'https://script.google.com/macros/s/AKfycbz-so-gd-hai-phong/exec';
const ID = '31000123';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

let w: RollupWorld;
let school: FakeSpreadsheet;
let props: FakePropertiesService;
let clock: Date;

function schoolPlan(rollup: RollupSettings | undefined): Plan {
  const plan = samplePlan();
  return { ...plan, settings: { ...plan.settings, ...(rollup ? { rollup } : {}) } };
}

/** The school's spreadsheet, active; the Sở's receiver answers the school's fetch (its doPost, on the Sở's spreadsheet). */
/** `rollup` null: Cấu hình without the roll-up rows. */
function setUp(rollup: RollupSettings | null = { url: URL, schoolId: ID, token: w.tokens.get(ID)! }): void {
  school = new FakeSpreadsheet(w.log);
  fillSpreadsheet(school, schoolPlan(rollup ?? undefined));
  w.app.active = school;
  w.urlFetch.respond = receiver();
  w.log.clear();
}

function receiver(after?: (answer: FetchAnswer) => FetchAnswer | Error): (request: { body: string }) => FetchAnswer | Error {
  return (request) => {
    w.app.active = w.so;
    try {
      const answer = { code: 200, body: JSON.stringify(receivePush(postEvent(request.body), clock)) };
      return after ? after(answer) : answer;
    } finally {
      w.app.active = school;
    }
  };
}

const journal = () => (school.sheets.find((s) => s.name === 'Nhật ký')?.snapshot() ?? []).slice(1).map((r) => String(r[2]));
const alerts = () => w.app.ui.alerts.map((a) => a.prompt);
const lastPush = () => JSON.parse(props.document.values.get(LAST_PUSH_PROPERTY) ?? 'null') as { ok: boolean; message: string } | null;
const run = () => pushFromTrigger(school as unknown as Spreadsheet, loadPlan(school as unknown as Spreadsheet), clock);

beforeEach(() => {
  w = installRollupWorld([[ID, 'Trường THPT An Lão']]);
  props = new FakePropertiesService(w.log);
  vi.stubGlobal('PropertiesService', props);
  clock = new Date('2026-04-10T00:30:00Z');
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the menu «Gửi số liệu lên Phòng/Sở»', () => {
  it('sends the snapshot in one fetch; the Sở holds the school\'s indicators; one Nhật ký row', () => {
    setUp();
    pushFromMenu(clock);
    expect(w.log.count('UrlFetchApp', 'fetch')).toBe(1);
    const request = w.urlFetch.requests[0]!;
    expect(request.url).toBe(URL);
    expect(request.params).toMatchObject({ method: 'post', muteHttpExceptions: true });
    const sent = JSON.parse(request.body) as { token: string; snapshot: { schoolId: string; sentAt: string; indicators: unknown[] } };
    expect(sent.token).toBe(w.tokens.get(ID));
    expect(sent.snapshot.schoolId).toBe(ID);
    expect(sent.snapshot.sentAt).toBe(clock.toISOString());
    expect(rowsOf(w.tab('Số liệu mới nhất'), ID)).toHaveLength(samplePlan().indicators.length);
    expect(alerts()).toEqual([expect.stringMatching(/^Đã gửi số liệu đến ngày 2026-04-10 lên Phòng\/Sở\. Phòng\/Sở đã nhận/)]);
    expect(journal()).toEqual([alerts()[0]]);
    expect(journal()[0]).not.toContain(w.tokens.get(ID));
    expect(lastPush()).toMatchObject({ ok: true });
  });

  it('«Mã trường» blank: the school is named by «Ký hiệu đơn vị», as the CLI\'s snapshot names it', () => {
    w = installRollupWorld([['THPTAL', 'Trường THPT An Lão']]);
    vi.stubGlobal('PropertiesService', props);
    setUp({ url: URL, schoolId: '', token: w.tokens.get('THPTAL')! });
    pushFromMenu(clock);
    const sent = JSON.parse(w.urlFetch.requests[0]!.body) as { snapshot: { schoolId: string } };
    expect(sent.snapshot.schoolId).toBe('THPTAL');
    expect(rowsOf(w.tab('Số liệu mới nhất'), 'THPTAL')).toHaveLength(samplePlan().indicators.length);
  });

  it('says how to set it up when Cấu hình has no roll-up rows; sends and writes nothing', () => {
    setUp(null);
    pushFromMenu(clock);
    expect(alerts()).toEqual([expect.stringContaining('Chưa thiết lập gửi số liệu: điền «Địa chỉ nhận số liệu (Phòng/Sở)»')]);
    expect(w.urlFetch.requests).toEqual([]);
    expect(journal()).toEqual([]);
  });

  it.each([
    [{ url: '', schoolId: ID, token: 'x' }, /chưa điền «Địa chỉ nhận số liệu \(Phòng\/Sở\)»/],
    [{ url: 'http://script.google.com/macros/s/abc/exec', schoolId: ID, token: 'x' }, /phải bắt đầu bằng https:\/\//],
    [{ url: 'script.google.com/macros/s/abc/exec', schoolId: ID, token: 'x' }, /phải bắt đầu bằng https:\/\//],
    [{ url: URL, schoolId: ID, token: '' }, /chưa điền «Mã bảo mật gửi số liệu»/],
  ])('an incomplete Cấu hình (%o): a Vietnamese message, no fetch, a Nhật ký row', (rollup, pattern) => {
    setUp(rollup);
    pushFromMenu(clock);
    expect(alerts()[0]).toMatch(pattern);
    expect(w.urlFetch.requests).toEqual([]);
    expect(journal()).toEqual([alerts()[0]]);
  });

  it('a token the Sở refuses: the receiver\'s Vietnamese reason reaches the school', () => {
    setUp({ url: URL, schoolId: ID, token: 'ma-cu-da-het-han' });
    pushFromMenu(clock);
    expect(alerts()[0]).toMatch(/^Phòng\/Sở từ chối số liệu: Mã bảo mật không đúng/);
    expect(lastPush()).toMatchObject({ ok: false });
  });
});

describe('failures, each one Vietnamese sentence (no English, no stack)', () => {
  const cases: [string, FetchAnswer | Error, RegExp][] = [
    ['a network error', new Error('Exception: Address unavailable: https://script.google.com/macros/s/x/exec'), /không kết nối được tới «Địa chỉ nhận số liệu \(Phòng\/Sở\)».*gửi lại/],
    ['HTTP 404', { code: 404, body: '<html>Not Found</html>' }, /không tìm thấy địa chỉ nhận \(HTTP 404\)/],
    ['HTTP 403', { code: 403, body: '<html>Forbidden</html>' }, /từ chối truy cập \(HTTP 403\).*Bất kỳ ai/],
    ['HTTP 500', { code: 500, body: '<html>Error</html>' }, /đang bận hoặc gặp lỗi \(HTTP 500\)/],
    ['HTTP 429', { code: 429, body: '' }, /đang bận hoặc gặp lỗi \(HTTP 429\)/],
    ['a sign-in page instead of the receiver', { code: 200, body: '<!DOCTYPE html><html><title>Google Accounts</title></html>' }, /không trả lời như máy nhận số liệu.*Bất kỳ ai/],
    ['the receiver busy', { code: 200, body: JSON.stringify({ ok: false, status: 'busy', message: 'Máy nhận của Phòng/Sở đang bận nhận số liệu của trường khác.' }) }, /Chưa gửi được.*đang bận/],
  ];
  it.each(cases)('%s', (_name, answer, pattern) => {
    setUp();
    w.urlFetch.respond = () => answer;
    pushFromMenu(clock);
    const message = alerts()[0]!;
    expect(message).toMatch(pattern);
    expect(message).toMatch(VIETNAMESE);
    expect(message).not.toMatch(/Exception|Not Found|Forbidden|<html|Address unavailable/);
    expect(journal()).toEqual([message]);
    expect(lastPush()).toMatchObject({ ok: false });
    expect(w.log.count('UrlFetchApp', 'fetch')).toBe(1);
  });
});

describe('a failed push is retried at the next run, never duplicated', () => {
  it('the answer is lost after the Sở wrote: the next run pushes a newer snapshot that replaces the same block', () => {
    setUp();
    w.urlFetch.respond = receiver(() => new Error('Exception: Timeout: https://script.google.com/macros/s/x/exec'));
    expect(run()!.status).toBe('failed');
    expect(lastPush()).toMatchObject({ ok: false });
    const first = rowsOf(w.tab('Số liệu mới nhất'), ID);
    expect(first).toHaveLength(samplePlan().indicators.length);

    clock = new Date('2026-04-11T00:30:00Z');
    w.urlFetch.respond = receiver();
    expect(run()!.status).toBe('accepted');
    const rows = rowsOf(w.tab('Số liệu mới nhất'), ID);
    expect(rows).toHaveLength(samplePlan().indicators.length);
    expect(new Set(rows.map((r) => r[13]))).toEqual(new Set([clock.toISOString()]));
    expect(w.tab('Trường').snapshot().filter((r) => r[0] === ID)).toHaveLength(1);
    expect(journal().map((m) => m.slice(0, 40))).toEqual([expect.stringMatching(/^Chưa gửi được/), expect.stringMatching(/^Đã gửi số liệu/)]);
    expect(lastPush()).toMatchObject({ ok: true });
  });

  it('the Sở down for a run, then back', () => {
    setUp();
    w.urlFetch.respond = () => ({ code: 503, body: '' });
    expect(run()!.status).toBe('failed');
    expect(rowsOf(w.tab('Số liệu mới nhất'), ID)).toEqual([]);
    clock = new Date('2026-04-11T00:30:00Z');
    w.urlFetch.respond = receiver();
    expect(run()!.status).toBe('accepted');
    expect(rowsOf(w.tab('Số liệu mới nhất'), ID)).toHaveLength(samplePlan().indicators.length);
  });
});

describe('the daily trigger pushes once, after its refresh', () => {
  it('the daily run pushes the plan the refresh read; its same-day retries do not push again', () => {
    vi.unstubAllGlobals();
    const f = installReminderFakes();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const read = { plan: schoolPlan({ url: URL, schoolId: ID, token: 't' }), problems: [] };
    const pushes: { read: unknown; now: Date }[] = [];
    const order: string[] = [];
    const deps: ReminderDeps = {
      loadPlan: () => read,
      now: () => clock,
      refresh: () => {
        order.push('refresh');
        return read;
      },
      push: (_ss, r, now) => {
        order.push('push');
        pushes.push({ read: r, now });
      },
    };
    onDailyTrigger(undefined, deps);
    expect(order).toEqual(['refresh', 'push']);
    expect(pushes).toEqual([{ read, now: clock }]);
    f.lockService.documentLock.heldElsewhere = false;
    onRetryTrigger({ triggerUid: 'retry-1' } as GoogleAppsScript.Events.TimeDriven, deps);
    expect(order).toEqual(['refresh', 'push', 'refresh']);
    expect(pushes).toHaveLength(1);
  });
});

/**
 * Issue 14: the Phòng/Sở receiver (doPost) on the fakes: what it accepts and refuses (each with a
 * Vietnamese reason, logged), replays, two schools at the same moment (interleaved through the
 * lock fake's hooks), a school renaming itself, quarters, staff edits, and a constant number of
 * service calls per push whatever the number of schools and indicators.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type HeldSnapshots, retain } from '../../src/core/rollup/rollup';
import { MAX_POST_BYTES, receivePush, setUpReceiver } from '../../src/gas/rollupReceiver';
import { ownedTab } from '../../src/gas/workbook';
import { SCHOOLS_TAB } from '../../src/gas/rollupTabs';
import { ContentMimeType } from '../fakes';
import { indicators, installRollupWorld, postBody, postEvent, prefill, push, type RollupWorld, rowsOf, snapshot } from '../support/rollupWorld';

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
const SCHOOLS = [
  ['31000123', 'Trường THPT An Lão'],
  ['31000456', 'Trường THCS Trường Sơn'],
  ['31000789', 'Trường Tiểu học Quang Trung'],
] as const;
const T1 = '2026-03-20T00:30:00.000Z';
const T2 = '2026-03-21T00:30:00.000Z';
const T3 = '2026-03-22T00:30:00+07:00';

let w: RollupWorld;
beforeEach(() => {
  w = installRollupWorld(SCHOOLS);
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const latest = () => w.tab('Số liệu mới nhất');
const previous = () => w.tab('Số liệu quý trước');
const receiveLog = () => w.tab('Nhật ký nhận').snapshot().slice(1);
const registerRow = (id: string) => w.tab('Trường').snapshot().find((r) => r[0] === id)!;
const col = (key: string) => SCHOOLS_TAB.columns.findIndex((c) => c.key === key);

describe('a push the receiver accepts', () => {
  it('writes the school\'s rows, its register row and a log row, and answers JSON', () => {
    const reply = push(w, snapshot('31000123', 'Trường THPT An Lão', T1));
    expect(reply).toMatchObject({ ok: true, status: 'accepted' });
    expect(reply.message).toMatch(VIETNAMESE);
    expect(w.content.outputs[0]!.mimeType).toBe(ContentMimeType.JSON);
    const rows = rowsOf(latest(), '31000123');
    expect(rows).toHaveLength(4);
    expect(rows[0]!.slice(0, 12)).toEqual(['31000123', 'Trường THPT An Lão', 'I.1', '1', 'Chỉ tiêu số 1: tỷ lệ hồ sơ điện tử', '%', '≥95%', '96%', 1, 96 / 95, 'Đạt', 'Đạt']);
    const row = registerRow('31000123');
    expect(row[col('sentAt')]).toBe(T1);
    expect(row[col('asOf')]).toBe('2026-03-20');
    expect(row[col('quarter')]).toBe('Quý 1/2026');
    expect(row[col('overdue')]).toBe(1);
    expect(row[col('tokenHash')]).toMatch(/^[0-9a-f]{64}$/);
    // The token itself is nowhere in the Sở's workbook.
    const token = w.tokens.get('31000123')!;
    for (const sheet of w.so.sheets) expect(JSON.stringify(sheet.snapshot())).not.toContain(token);
    expect(receiveLog()).toEqual([[expect.any(Date), '31000123', 'Trường THPT An Lão', T1, 'Đã nhận', reply.message]]);
    expect(w.lock.documentLock.isHeld).toBe(false);
  });

  it('keeps the self-assessment with every group and the 20 most overdue occurrences in the school\'s register row (the one register write)', () => {
    const overdue = Array.from({ length: 30 }, (_, i) => ({ stt: String(i + 1), name: `Nhiệm vụ ${i + 1}`, label: 'Quý I', due: '2026-02-01', days: 90 - i, lead: 'Tổ Văn phòng' }));
    const selfAssessment = { groups: [{ name: 'Chuyển đổi số trong dạy, học', total: 62, maxTotal: 100, level: 2 }, { name: 'Chuyển đổi số trong quản trị cơ sở giáo dục', total: 68, maxTotal: 90, level: 2 }], schoolLevel: 2 };
    expect(push(w, snapshot('31000123', 'Trường THPT An Lão', T1, { tasks: { byState: {}, overdueCount: 31, overdue }, selfAssessment })).status).toBe('accepted');
    const row = registerRow('31000123');
    expect(JSON.parse(String(row[col('selfAssessment')]))).toEqual(selfAssessment);
    expect(JSON.parse(String(row[col('overdueList')]))).toEqual(overdue.slice(0, 20));
    expect(row[col('overdue')]).toBe(31);
    expect(row[col('level')]).toBe(2);
    expect(w.log.calls.filter((c) => c.service === 'Range' && c.method === 'setValues')).toHaveLength(2);
    // No self-assessment, no overdue: both cells blank (not «[]»), so the roll-up reads «không gửi tự đánh giá».
    expect(push(w, snapshot('31000456', 'Trường THCS Trường Sơn', T1, { tasks: { byState: {}, overdueCount: 0, overdue: [] } })).status).toBe('accepted');
    expect([registerRow('31000456')[col('selfAssessment')], registerRow('31000456')[col('overdueList')]]).toEqual(['', '']);
    // A self-assessment with no level yet still travels (the roll-up counts it as «Chưa đánh giá», not as not sent).
    expect(push(w, snapshot('31000789', 'Trường Tiểu học Quang Trung', T1, { selfAssessment: { groups: [], schoolLevel: null } })).status).toBe('accepted');
    expect(registerRow('31000789')[col('selfAssessment')]).toBe('{"groups":[],"schoolLevel":null}');
  });

  it('a register set up before the self-assessment and overdue columns: refused until «Thiết lập nhận số liệu» adds them, then accepted', () => {
    const register = w.tab('Trường');
    const first = col('selfAssessment');
    register.range(1, first + 1, 1, SCHOOLS_TAB.columns.length - first).setValues([SCHOOLS_TAB.columns.slice(first).map(() => '')]);
    const refused = push(w, snapshot('31000123', 'Trường THPT An Lão', T1));
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/Thiết lập nhận số liệu/);
    const outcome = setUpReceiver((role, spec) => ownedTab(w.so as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, { role, spec }));
    expect(outcome.issued).toEqual([]);
    expect(register.snapshot()[0]!.slice(0, SCHOOLS_TAB.columns.length)).toEqual(SCHOOLS_TAB.columns.map((c) => c.header));
    expect(push(w, snapshot('31000123', 'Trường THPT An Lão', T1)).status).toBe('accepted');
    // A staff column where a new one would go is never taken over: the set-up says the register was changed.
    register.range(1, first + 1, 1, 1).setValues([['Ghi chú của phòng']]);
    expect(() => setUpReceiver((role, spec) => ownedTab(w.so as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, { role, spec }))).toThrow(/đã bị đổi cột/);
    expect(register.snapshot()[0]![first]).toBe('Ghi chú của phòng');
  });

  it('a real school\'s figures: each school keeps its own block, the others untouched', () => {
    push(w, snapshot('31000123', 'Trường THPT An Lão', T1));
    push(w, snapshot('31000456', 'Trường THCS Trường Sơn', T1, { indicators: indicators(7, '80%') }));
    push(w, snapshot('31000123', 'Trường THPT An Lão', T2, { indicators: indicators(4, '99%') }));
    expect(rowsOf(latest(), '31000123').map((r) => r[7])).toEqual(['99%', '99%', '99%', '99%']);
    expect(rowsOf(latest(), '31000456').map((r) => r[7])).toEqual(Array(7).fill('80%'));
  });
});

describe('refused pushes (each with a Vietnamese reason, logged, nothing written)', () => {
  function refused(reply: { ok: boolean; status: string; message: string }, pattern: RegExp): void {
    expect(reply.ok).toBe(false);
    expect(reply.status).toBe('refused');
    expect(reply.message).toMatch(pattern);
    expect(reply.message).toMatch(VIETNAMESE);
    expect(reply.message).not.toMatch(/Exception|SyntaxError|undefined|at Object/);
    expect(latest().snapshot().slice(1)).toEqual([]);
    expect(receiveLog().at(-1)![4]).toBe('Từ chối');
    expect(receiveLog().at(-1)![5]).toBe(reply.message);
  }

  it('a wrong token', () => {
    refused(push(w, snapshot('31000123', 'Trường THPT An Lão', T1), w.tokens.get('31000456')), /Mã bảo mật không đúng/);
    expect(registerRow('31000123')[col('sentAt')]).toBe('');
  });

  it('a missing or blank token', () => {
    refused(push(w, snapshot('31000123', 'Trường THPT An Lão', T1), null), /Thiếu mã bảo mật/);
    refused(push(w, snapshot('31000123', 'Trường THPT An Lão', T1), '   '), /Thiếu mã bảo mật/);
  });

  it('a school the Sở has not registered', () => {
    refused(push(w, snapshot('99999999', 'Trường lạ', T1), w.tokens.get('31000123')), /chưa có trong danh sách trường/);
  });

  it('an oversized payload, by its length, before it is parsed', () => {
    const reply = postBody(w, '{ not even json', MAX_POST_BYTES + 1);
    refused(reply, /quá lớn/);
    expect(w.log.count('Utilities')).toBe(0);
    expect(w.log.count('LockService')).toBe(0);
  });

  it('an oversized body whatever length says', () => {
    refused(postBody(w, JSON.stringify({ token: 'x', pad: 'a'.repeat(MAX_POST_BYTES) }), 10), /quá lớn/);
  });

  it('malformed JSON, an empty body, no event at all', () => {
    refused(postBody(w, '{"token": "abc", "snapshot": {'), /không đúng định dạng JSON/);
    refused(postBody(w, ''), /trống/);
    const reply = receivePush(undefined, new Date());
    expect(reply).toMatchObject({ ok: false, status: 'refused' });
  });

  it('a snapshot out of shape or range (readSnapshot), naming what is wrong', () => {
    const bad = snapshot('31000123', 'Trường THPT An Lão', T1, { indicators: [{ ...indicators(1)[0]!, attainment: 1e9 }] });
    refused(push(w, bad), /Chỉ tiêu thứ 1, tỷ lệ đạt/);
    refused(postBody(w, JSON.stringify({ token: 'x', data: {} })), /thiếu phần «snapshot»/);
  });

  it('a replayed older snapshot never replaces a newer one; the same one again is not written twice', () => {
    push(w, snapshot('31000123', 'Trường THPT An Lão', T2, { indicators: indicators(4, '99%') }));
    const older = push(w, snapshot('31000123', 'Trường THPT An Lão', T1, { indicators: indicators(4, '10%') }));
    expect(older).toMatchObject({ ok: false, status: 'refused' });
    expect(older.message).toMatch(/cũ hơn số liệu Phòng\/Sở đang giữ/);
    expect(rowsOf(latest(), '31000123').map((r) => r[7])).toEqual(Array(4).fill('99%'));
    w.log.clear();
    const again = push(w, snapshot('31000123', 'Trường THPT An Lão', T2, { indicators: indicators(4, '99%') }));
    expect(again).toMatchObject({ ok: true, status: 'duplicate' });
    expect(w.log.count('Range', 'setValues')).toBe(0);
    expect(registerRow('31000123')[col('sentAt')]).toBe(T2);
    // +07:00 is compared as an instant: 2026-03-22 00:30+07:00 is after T2.
    expect(push(w, snapshot('31000123', 'Trường THPT An Lão', T3)).status).toBe('accepted');
  });

  it('a register whose columns staff moved is not written', () => {
    const register = w.tab('Trường');
    register.writeCell(1, 5, 'Ghi chú');
    const reply = push(w, snapshot('31000123', 'Trường THPT An Lão', T1));
    expect(reply.ok).toBe(false);
    expect(reply.message).toMatch(/đã bị đổi cột/);
    expect(latest().snapshot().slice(1)).toEqual([]);
  });
});

describe('two schools pushing at the same moment (lock fake)', () => {
  it('B runs whole between A\'s first read and A\'s lock: A reads the register again and writes below B, nothing lost', () => {
    let replyB: ReturnType<typeof push> | undefined;
    w.lock.documentLock.beforeTryLock = () => {
      replyB = push(w, snapshot('31000456', 'Trường THCS Trường Sơn', T1, { indicators: indicators(6, '70%') }));
    };
    const replyA = push(w, snapshot('31000123', 'Trường THPT An Lão', T1, { indicators: indicators(3, '90%') }));
    expect(replyA.status).toBe('accepted');
    expect(replyB!.status).toBe('accepted');
    expect(rowsOf(latest(), '31000456').map((r) => r[7])).toEqual(Array(6).fill('70%'));
    expect(rowsOf(latest(), '31000123').map((r) => r[7])).toEqual(Array(3).fill('90%'));
    const a = registerRow('31000123');
    const b = registerRow('31000456');
    const [aStart, aSize, bStart, bSize] = [a[col('latestStart')], a[col('latestSize')], b[col('latestStart')], b[col('latestSize')]] as number[];
    expect(aStart! >= bStart! + bSize! || bStart! >= aStart! + aSize!).toBe(true);
  });

  it('B arrives while A holds the lock: B is told the receiver is busy (nothing written for it), A completes, and B\'s next push lands', () => {
    let replyB: ReturnType<typeof push> | undefined;
    w.lock.documentLock.whileHeld = () => {
      replyB = push(w, snapshot('31000456', 'Trường THCS Trường Sơn', T1));
    };
    const replyA = push(w, snapshot('31000123', 'Trường THPT An Lão', T1));
    expect(replyA.status).toBe('accepted');
    expect(replyB).toMatchObject({ ok: false, status: 'busy' });
    expect(replyB!.message).toMatch(/đang bận.*gửi lại/);
    expect(rowsOf(latest(), '31000456')).toEqual([]);
    expect(receiveLog().map((r) => r[4])).toEqual(['Bận, chưa nhận', 'Đã nhận']);
    expect(push(w, snapshot('31000456', 'Trường THCS Trường Sơn', T2)).status).toBe('accepted');
    expect(rowsOf(latest(), '31000123')).toHaveLength(4);
    expect(rowsOf(latest(), '31000456')).toHaveLength(4);
  });
});

describe('what a school\'s rows become over time', () => {
  it('a school changing its name: rows keep the school id, the name is updated everywhere, no extra rows', () => {
    push(w, snapshot('31000789', 'Trường Tiểu học Quang Trung', T1));
    const reply = push(w, snapshot('31000789', 'Trường Tiểu học và THCS Quang Trung', T2));
    expect(reply.message).toContain("Tên trường đổi từ 'Trường Tiểu học Quang Trung' thành 'Trường Tiểu học và THCS Quang Trung'");
    const rows = rowsOf(latest(), '31000789');
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(['Trường Tiểu học và THCS Quang Trung']));
    expect(registerRow('31000789')[1]).toBe('Trường Tiểu học và THCS Quang Trung');
    expect(latest().snapshot().slice(1).filter((r) => String(r[1]).includes('Quang Trung'))).toHaveLength(4);
  });

  it('a new quarter: the last quarter\'s rows are kept in «Số liệu quý trước»', () => {
    push(w, snapshot('31000123', 'Trường THPT An Lão', T1, { asOf: '2026-03-20', indicators: indicators(4, '50%') }));
    push(w, snapshot('31000123', 'Trường THPT An Lão', T2, { asOf: '2026-03-31', indicators: indicators(4, '60%') }));
    expect(rowsOf(previous(), '31000123')).toEqual([]);
    const reply = push(w, snapshot('31000123', 'Trường THPT An Lão', '2026-04-02T00:30:00.000Z', { asOf: '2026-04-01', indicators: indicators(4, '70%') }));
    expect(reply.message).toContain('Số liệu Quý 1/2026 được giữ');
    expect(rowsOf(previous(), '31000123').map((r) => r[7])).toEqual(Array(4).fill('60%'));
    expect(rowsOf(latest(), '31000123').map((r) => r[7])).toEqual(Array(4).fill('70%'));
    expect(registerRow('31000123')[col('previousQuarter')]).toBe('Quý 1/2026');
    expect(registerRow('31000123')[col('quarter')]).toBe('Quý 2/2026');
  });

  it('a school that outgrows its block moves below the others; its old rows are blanked, the next school\'s kept', () => {
    push(w, snapshot('31000123', 'Trường THPT An Lão', T1, { indicators: indicators(3) }));
    push(w, snapshot('31000456', 'Trường THCS Trường Sơn', T1, { indicators: indicators(5, '80%') }));
    push(w, snapshot('31000123', 'Trường THPT An Lão', T2, { indicators: indicators(40, '99%') }));
    expect(rowsOf(latest(), '31000123').map((r) => r[7])).toEqual(Array(40).fill('99%'));
    expect(rowsOf(latest(), '31000456').map((r) => r[7])).toEqual(Array(5).fill('80%'));
  });

  it('staff columns to the right and other tabs are never written', () => {
    push(w, snapshot('31000123', 'Trường THPT An Lão', T1));
    latest().writeCell(2, 16, 'Đã gọi điện nhắc');
    w.tab('Trường').writeCell(2, 24, 'Huyện An Lão');
    const staff = w.so.addSheet('Biểu đồ của Sở', [['Ghi chú riêng']]);
    push(w, snapshot('31000123', 'Trường THPT An Lão', T2, { indicators: indicators(4, '99%') }));
    expect(latest().values[1]![15]).toBe('Đã gọi điện nhắc');
    expect(w.tab('Trường').values[1]![23]).toBe('Huyện An Lão');
    expect(staff.snapshot()).toEqual([['Ghi chú riêng']]);
  });
});

describe('service calls per push', () => {
  function callsOfPush(schools: number, indicatorCount: number, again: boolean): string[] {
    vi.unstubAllGlobals();
    const ids = Array.from({ length: schools }, (_, i) => [`3100${String(i).padStart(4, '0')}`, `Trường số ${i}`] as const);
    w = installRollupWorld(ids);
    // Every other school has pushed already (and, with `again`, this one too).
    prefill(w, again ? ids : ids.slice(1), indicatorCount, T1);
    const [id, name] = ids[again ? 0 : 0]!;
    // The larger case also carries a self-assessment and 500 overdue occurrences (the register keeps 20): the same calls.
    const more = indicatorCount > 5 ? { tasks: { byState: {}, overdueCount: 500, overdue: Array.from({ length: 500 }, (_, i) => ({ stt: String(i + 1), name: `Nhiệm vụ ${i + 1}`, label: 'Quý I', due: '2026-01-10', days: 70, lead: 'Tổ Tin học' })) }, selfAssessment: { groups: [{ name: 'Nhóm 1', total: 62, maxTotal: 100, level: 2 }], schoolLevel: 2 } } : {};
    const reply = push(w, snapshot(id, name, T2, { asOf: again ? '2026-04-02' : '2026-03-21', indicators: indicators(indicatorCount), ...more }));
    expect(reply.status).toBe('accepted');
    return w.log.calls.map((c) => `${c.service}.${c.method}`);
  }
  /** Growing the sheet is one call, when the rows run out. */
  const noGrowth = (calls: string[]) => calls.filter((c) => c !== 'Sheet.insertRowsAfter');

  it('the same calls for 10 and 500 schools, 5 and 50 indicators (a new school, and one moving to a new quarter)', () => {
    for (const again of [false, true]) {
      const small = callsOfPush(10, 5, again);
      for (const other of [callsOfPush(500, 5, again), callsOfPush(10, 50, again), callsOfPush(500, 50, again)]) {
        expect(noGrowth(other)).toEqual(noGrowth(small));
        expect(other.filter((c) => c === 'Sheet.insertRowsAfter').length).toBeLessThanOrEqual(1);
      }
      expect(small.filter((c) => c === 'Range.setValues').length).toBe(again ? 3 : 2);
      expect(small.filter((c) => c === 'Range.getValues').length).toBe(again ? 3 : 2);
      expect(small.length).toBeLessThanOrEqual(again ? 43 : 38);
    }
  });
});

describe('the event', () => {
  it('reads e.postData as Apps Script builds it', () => {
    const body = JSON.stringify({ token: w.tokens.get('31000123'), snapshot: snapshot('31000123', 'Trường THPT An Lão', T1) });
    expect(receivePush(postEvent(body), new Date()).status).toBe('accepted');
  });
});

describe('one rule with the offline roll-up: the receiver keeps what core\'s retain keeps', () => {
  const ID = '31000123';
  const NAME = 'Trường THPT An Lão';
  const at = (sentAt: string, asOf: string, result: string) => snapshot(ID, NAME, sentAt, { asOf, indicators: indicators(3, result) });
  const q1a = at('2026-02-10T08:00:00+07:00', '2026-02-10', '11%');
  const q1b = at('2026-03-28T08:00:00+07:00', '2026-03-28', '12%');
  const q2a = at('2026-05-02T08:00:00+07:00', '2026-05-02', '21%');
  const q2b = at('2026-06-29T08:00:00+07:00', '2026-06-29', '22%');
  const all = [q1a, q1b, q2a, q2b];

  function permutations<T>(items: readonly T[]): T[][] {
    if (items.length <= 1) return [[...items]];
    return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((p) => [x, ...p]));
  }

  const results = (rows: unknown[][]) => [...new Set(rows.map((r) => r[7]))];
  const STATUS = { new: 'accepted', replaced: 'accepted', previous: 'accepted', stale: 'refused', duplicate: 'duplicate' } as const;

  it('in whatever order the pushes arrive: the same latest, the same previous quarter, the same outcome per push', () => {
    for (const order of permutations(all)) {
      vi.unstubAllGlobals();
      w = installRollupWorld(SCHOOLS);
      let held: HeldSnapshots | undefined;
      for (const s of order) {
        const r = retain(held, s);
        held = r.held;
        expect(push(w, s).status, `${order.map((o) => o.sentAt.slice(5, 10)).join(' → ')}: ${s.sentAt}`).toBe(STATUS[r.outcome]);
      }
      expect(results(rowsOf(latest(), ID))).toEqual([held!.latest.indicators[0]!.result]);
      expect(results(rowsOf(previous(), ID))).toEqual(held!.previous ? [held!.previous.indicators[0]!.result] : []);
      expect(registerRow(ID)[col('sentAt')]).toBe(held!.latest.sentAt);
      expect(registerRow(ID)[col('previousQuarter')]).toBe(held!.previous ? 'Quý 1/2026' : '');
    }
  });

  it('an older snapshot of an earlier quarter arriving late is kept as the previous quarter\'s, never as the latest', () => {
    push(w, q2b);
    const reply = push(w, q1b);
    expect(reply).toMatchObject({ ok: true, status: 'accepted' });
    expect(reply.message).toMatch(/quý trước/);
    expect(results(rowsOf(latest(), ID))).toEqual(['22%']);
    expect(results(rowsOf(previous(), ID))).toEqual(['12%']);
    // An even older one of that quarter is a replay.
    expect(push(w, q1a).status).toBe('refused');
    expect(results(rowsOf(previous(), ID))).toEqual(['12%']);
  });

  it('a newer snapshot dated back into the previous quarter replaces the latest, and the previous quarter\'s rows go as retain says', () => {
    push(w, q2b);
    push(w, q1b);
    const backdated = at('2026-07-01T08:00:00+07:00', '2026-03-30', '13%');
    const expected = retain(retain(retain(undefined, q2b).held, q1b).held, backdated);
    expect(expected.held).toEqual({ latest: backdated });
    expect(push(w, backdated).status).toBe('accepted');
    expect(results(rowsOf(latest(), ID))).toEqual(['13%']);
    expect(rowsOf(previous(), ID)).toEqual([]);
    expect(registerRow(ID)[col('previousQuarter')]).toBe('');
  });
});

describe('a snapshot sent «from the future» (the school\'s clock or file is wrong)', () => {
  it('is refused when its sentAt is more than 10 minutes after the receiver\'s clock, so it cannot block the school\'s later pushes', () => {
    const now = new Date('2026-03-20T01:00:00Z');
    const far = snapshot('31000123', 'Trường THPT An Lão', '9999-12-31T00:00:00Z');
    const reply = receivePush(postEvent(JSON.stringify({ token: w.tokens.get('31000123'), snapshot: far })), now);
    expect(reply).toMatchObject({ ok: false, status: 'refused' });
    expect(reply.message).toMatch(/đồng hồ/);
    expect(reply.message).toMatch(VIETNAMESE);
    expect(rowsOf(latest(), '31000123')).toEqual([]);
    expect(receiveLog().at(-1)![4]).toBe('Từ chối');
    const soon = snapshot('31000123', 'Trường THPT An Lão', '2026-03-20T01:09:00Z');
    expect(receivePush(postEvent(JSON.stringify({ token: w.tokens.get('31000123'), snapshot: soon })), now).status).toBe('accepted');
    const later = snapshot('31000123', 'Trường THPT An Lão', '2026-03-20T01:11:00Z');
    expect(receivePush(postEvent(JSON.stringify({ token: w.tokens.get('31000123'), snapshot: later })), now).status).toBe('refused');
  });
});

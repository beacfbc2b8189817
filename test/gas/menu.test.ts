import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CUSTOM_FUNCTION_HELP,
  MENU_ENTRIES,
  MENU_ITEMS,
  MENU_TITLE,
  notAvailableMessage,
  onInstall,
  onOpen,
  runItem,
  runMenuItem,
} from '../../src/gas/menu';
import * as main from '../../src/main';
import { AuthMode, installGasFakes, type GasFakes } from '../fakes';
import { EXPECTED_MENU_CAPTIONS } from '../support/menuCaptions';

const EXPECTED_CAPTIONS = EXPECTED_MENU_CAPTIONS;

function openEvent(authMode: GoogleAppsScript.Script.AuthMode): GoogleAppsScript.Events.SheetsOnOpen {
  // In AuthMode.NONE the event's source/user must not be read; make any read throw.
  return new Proxy({ authMode } as GoogleAppsScript.Events.SheetsOnOpen, {
    get(target, key) {
      if (key === 'authMode' || typeof key === 'symbol') return Reflect.get(target, key);
      throw new Error(`onOpen read e.${String(key)}`);
    },
  });
}

let fakes: GasFakes;
beforeEach(() => {
  fakes = installGasFakes();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('onOpen', () => {
  for (const mode of [AuthMode.NONE, AuthMode.LIMITED, AuthMode.FULL]) {
    it(`builds the «${MENU_TITLE}» add-on menu in AuthMode.${String(mode)} and touches nothing else`, () => {
      onOpen(openEvent(mode));

      const menu = fakes.spreadsheetApp.ui.onlyMenu();
      expect(menu.caption).toBeNull(); // createAddonMenu: titled with the add-on's / project's name
      expect(menu.captions()).toEqual(EXPECTED_CAPTIONS);
      expect(fakes.log.services()).toEqual(['SpreadsheetApp', 'Ui', 'Menu']);
      expect(fakes.log.count('SpreadsheetApp')).toBe(1);
      expect(fakes.log.of('SpreadsheetApp').map((c) => c.method)).toEqual(['getUi']);
      expect(fakes.log.count('PropertiesService')).toBe(0);
      expect(fakes.log.count('Ui', 'alert')).toBe(0);
      expect(fakes.log.count('Menu', 'addToUi')).toBe(1);
    });
  }

  it('works without an event (run from the editor)', () => {
    onOpen();
    expect(fakes.spreadsheetApp.ui.onlyMenu().captions()).toEqual(EXPECTED_CAPTIONS);
  });

  it('onInstall adds the same menu', () => {
    onInstall({ authMode: AuthMode.FULL });
    expect(fakes.spreadsheetApp.ui.onlyMenu().captions()).toEqual(EXPECTED_CAPTIONS);
    expect(fakes.log.count('PropertiesService')).toBe(0);
  });

  it('every item calls a global exported from src/main.ts', () => {
    onOpen();
    const globals = main as unknown as Record<string, unknown>;
    for (const { functionName } of fakes.spreadsheetApp.ui.onlyMenu().items()) {
      expect(typeof globals[functionName], functionName).toBe('function');
    }
  });

  it('the table lists each function once and each caption once', () => {
    const names = MENU_ITEMS.map((i) => i.functionName);
    const captions = MENU_ITEMS.map((i) => i.caption);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(captions).size).toBe(captions.length);
    expect(MENU_ENTRIES.at(0)).not.toBe('separator');
    expect(MENU_ENTRIES.at(-1)).not.toBe('separator');
  });
});

describe('menu items', () => {
  const notBuilt = MENU_ITEMS.filter((i) => !i.run);

  it('every item is built (update this test as features land)', () => {
    expect(notBuilt.map((i) => i.caption)).toEqual([]);
  });

  for (const item of notBuilt) {
    it(`«${item.caption}» says it is not available yet (via main.${item.functionName})`, () => {
      (main as unknown as Record<string, () => void>)[item.functionName]!();

      expect(fakes.spreadsheetApp.ui.alerts).toEqual([
        { title: MENU_TITLE, prompt: `Chức năng «${item.caption}» chưa có trong phiên bản này.`, buttons: 'OK' },
      ]);
      expect(notAvailableMessage(item.caption)).toBe(`Chức năng «${item.caption}» chưa có trong phiên bản này.`);
      expect(fakes.log.services()).not.toContain('PropertiesService');
    });
  }

  it('Hướng dẫn lists the four custom functions in Vietnamese', () => {
    main.menuHelp();

    const [alert, ...more] = fakes.spreadsheetApp.ui.alerts;
    expect(more).toEqual([]);
    expect(alert!.title).toBe('Hướng dẫn');
    for (const name of ['CDS_DANHGIA', 'CDS_TYLEDAT', 'CDS_HANCHOT', 'CDS_QUAHAN']) {
      expect(alert!.prompt).toContain(`=${name}(`);
    }
    expect(CUSTOM_FUNCTION_HELP).toHaveLength(4);
    expect(alert!.prompt).toContain('Đạt');
    expect(alert!.prompt).toContain('quá hạn');
    expect(alert!.prompt).not.toMatch(/chưa có trong phiên bản/);
  });

  it('an action that throws ends with a Vietnamese message naming the item', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    runItem({
      functionName: 'menuReport',
      caption: 'Tạo báo cáo quý',
      run: () => {
        throw new Error('Thiếu trang tính «Chỉ tiêu».');
      },
    });
    expect(fakes.spreadsheetApp.ui.alerts).toEqual([
      { title: MENU_TITLE, prompt: 'Không thực hiện được «Tạo báo cáo quý».\n\nThiếu trang tính «Chỉ tiêu».', buttons: 'OK' },
    ]);
    expect(error).toHaveBeenCalledOnce();
  });

  it('the add-in\'s own Vietnamese errors reach the user as they are (Cập nhật on a spreadsheet without the plan tabs)', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    main.menuRecompute();
    const [alert, ...more] = fakes.spreadsheetApp.ui.alerts;
    expect(more).toEqual([]);
    expect(alert!.prompt).toMatch(/^Không thực hiện được «Cập nhật đánh giá & tiến độ»\.\n\nKhông đọc được các tab Chỉ tiêu, Nhiệm vụ, Tiến độ\./);
    expect(error).toHaveBeenCalledOnce();
  });

  describe('an Apps Script exception or a bug is told as a Vietnamese sentence; the raw text goes to the log', () => {
    const raw: [string, unknown][] = [
      ['a service exception, as its message', new Error('Exception: Service Spreadsheets failed while accessing document with id 1AbCdEf.')],
      ['a service exception, as its name', Object.assign(new Error('Service Spreadsheets timed out while accessing document with id 1AbCdEf.'), { name: 'Exception' })],
      ['a localised service exception', new Error('Exception: Bạn không có quyền gọi SpreadsheetApp.openById.')],
      ['a bug', new TypeError("Cannot read properties of undefined (reading 'getRange')")],
      ['an English Error', new Error('Range not found')],
      ['something thrown that is no Error', 'Lỗi lạ'],
    ];
    it.each(raw)('%s', (_, thrown) => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      runItem({
        functionName: 'menuRecompute',
        caption: 'Cập nhật đánh giá & tiến độ',
        run: () => {
          throw thrown;
        },
      });
      const [alert, ...more] = fakes.spreadsheetApp.ui.alerts;
      expect(more).toEqual([]);
      expect(alert!.prompt).toBe(
        'Không thực hiện được «Cập nhật đánh giá & tiến độ»: Google Sheets báo lỗi trong lúc chạy. ' +
          'Hãy thử lại sau ít phút; nếu vẫn lỗi, xin báo cho người phát triển (chi tiết kỹ thuật đã được ghi vào nhật ký thực thi của tiện ích).',
      );
      expect(alert!.prompt).not.toMatch(/Exception|Service|Cannot|Range|Lỗi lạ/);
      expect(error).toHaveBeenCalledOnce();
      const logged = error.mock.calls[0]!.map(String).join(' ');
      expect(logged).toContain(thrown instanceof Error ? thrown.message : String(thrown));
      expect(logged).toContain('Cập nhật đánh giá & tiến độ');
    });
  });

  it('rejects a function name that is not in the table', () => {
    expect(() => runMenuItem('menuNope' as never)).toThrow(/menuNope/);
  });
});

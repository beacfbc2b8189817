/**
 * Issue 14 through the built bundle: dist/Code.js loaded as Apps Script loads it (one classic
 * script in a bare global scope, see test/build/bundle.test.ts), its top-level doPost answering a
 * school's push on the fakes; the manifest asks for what the push needs.
 */
import fs from 'node:fs';
import vm from 'node:vm';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { accessRecorder, GAS_SERVICE_NAMES } from '../fakes';
import { installRollupWorld, postEvent, type RollupWorld, rowsOf, snapshot } from '../support/rollupWorld';

const CODE_JS = new URL('../../dist/Code.js', import.meta.url);
const MANIFEST = new URL('../../dist/appsscript.json', import.meta.url);

let code: string;
beforeAll(() => {
  if (!fs.existsSync(CODE_JS)) throw new Error('dist/Code.js is missing: run `npm run build` first.');
  code = fs.readFileSync(CODE_JS, 'utf8');
});

let w: RollupWorld;
beforeEach(() => {
  w = installRollupWorld([['31000123', 'Trường THPT An Lão']]);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function bundle(): vm.Context {
  const context: Record<string, unknown> = {};
  for (const name of GAS_SERVICE_NAMES) context[name] = accessRecorder(name, w.log);
  // The fakes take this realm's Date as a date cell (Apps Script takes the script's own Dates).
  Object.assign(context, { Date, SpreadsheetApp: w.app, LockService: w.lock, Utilities: w.utilities, ContentService: w.content, UrlFetchApp: w.urlFetch });
  const ctx = vm.createContext(context);
  vm.runInContext(code, ctx, { filename: 'Code.js' });
  return ctx;
}

describe('doPost in dist/Code.js', () => {
  it('is a top-level function that receives a push and answers JSON', () => {
    const ctx = bundle();
    expect(vm.runInContext('typeof doPost', ctx)).toBe('function');
    ctx.__event = postEvent(JSON.stringify({ token: w.tokens.get('31000123'), snapshot: snapshot('31000123', 'Trường THPT An Lão', '2026-04-10T00:30:00.000Z') }));
    const output = vm.runInContext('doPost(__event)', ctx) as { getContent(): string; mimeType: string };
    expect(JSON.parse(output.getContent()), JSON.stringify(w.log.of('console').map((c) => c.args)).slice(0, 600)).toMatchObject({ ok: true, status: 'accepted' });
    expect(output.mimeType).toBe('JSON');
    expect(rowsOf(w.tab('Số liệu mới nhất'), '31000123')).toHaveLength(4);
  });

  it('refuses a wrong token through the bundle too (SHA-256 by the bundled code)', () => {
    const ctx = bundle();
    ctx.__event = postEvent(JSON.stringify({ token: 'khong-dung', snapshot: snapshot('31000123', 'Trường THPT An Lão', '2026-04-10T00:30:00.000Z') }));
    const output = vm.runInContext('doPost(__event)', ctx) as { getContent(): string };
    expect(JSON.parse(output.getContent())).toMatchObject({ ok: false, status: 'refused', message: expect.stringMatching(/^Mã bảo mật không đúng/) });
  });
});

describe('the manifest', () => {
  it('asks for script.external_request (the push\'s UrlFetchApp) and deploys the web app as its owner, open to anyone', () => {
    expect(code).toMatch(/\bUrlFetchApp\.fetch\(/);
    const manifest = JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as { oauthScopes: string[]; webapp?: unknown };
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/script.external_request');
    expect(manifest.webapp).toEqual({ executeAs: 'USER_DEPLOYING', access: 'ANYONE_ANONYMOUS' });
  });
});

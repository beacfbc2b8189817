/**
 * Smoke test of the built Apps Script bundle, dist/Code.js (`npm test` builds it first), loaded
 * the way Apps Script loads it: one classic script in a bare global scope.
 */
import * as acorn from 'acorn';
import fs from 'node:fs';
import vm from 'node:vm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { calendarDateOf } from '../../src/core/date';
import { buildReportDocument } from '../../src/core/report/document';
import { buildReport } from '../../src/core/report/model';
import { reportDocxBytes } from '../../src/core/report/ooxml';
import { evaluatePlan } from '../../src/core/evaluation';
import { buildSelfAssessment } from '../../src/core/report/selfAssessment';
import { buildSelfAssessmentDocuments } from '../../src/core/report/selfAssessmentDocument';
import { tasksByCriterion } from '../../src/sheet/selfAssessment';
import { samplePlan } from '../../src/sample/anLao2026';
import { accessRecorder, CallLog, FakeDrive, FakeHtmlService, FakeSpreadsheetApp, FakeUtilities, GAS_SERVICE_NAMES } from '../fakes';
import { EXPECTED_MENU_CAPTIONS } from '../support/menuCaptions';
import { fillSpreadsheet } from '../support/sheetPlans';

const CODE_JS = new URL('../../dist/Code.js', import.meta.url);
const MANIFEST_JS = new URL('../../dist/appsscript.json', import.meta.url);
const GAS_METAFILE = new URL('../../build/gas-metafile.json', import.meta.url);

const CUSTOM_FUNCTIONS = ['CDS_DANHGIA', 'CDS_TYLEDAT', 'CDS_HANCHOT', 'CDS_QUAHAN'];
const MENU_HANDLERS = [
  'menuSetUp',
  'menuImportPlan',
  'menuRecompute',
  'menuCheckData',
  'menuReport',
  'menuSelfAssessment',
  'menuSendReminders',
  'menuToggleReminders',
  'menuRollupPush',
  'menuRollupSetUp',
  'menuRollupSummary',
  'menuRollupReport',
  'menuHelp',
];
const ENTRY_POINTS = ['onOpen', 'onInstall', ...MENU_HANDLERS, ...CUSTOM_FUNCTIONS];
const MENU_CAPTIONS = EXPECTED_MENU_CAPTIONS;
/** Packages that must never reach Apps Script (GPL or Node-only). */
const FORBIDDEN_PACKAGES = ['hyperformula', 'exceljs', 'docx', 'nodemailer', 'smtp-server', 'mailparser', 'fast-check'];
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

function readBuilt(url: URL): string {
  if (!fs.existsSync(url)) {
    throw new Error(`${url.pathname} is missing: run \`npm run build\` first (\`npm test\` does it before vitest).`);
  }
  return fs.readFileSync(url, 'utf8');
}

type Node = acorn.Node & Record<string, unknown>;

/** Every node of the tree (tiny walker; acorn-walk is not a dependency). */
function* nodes(node: unknown): Generator<Node> {
  if (Array.isArray(node)) {
    for (const n of node) yield* nodes(n);
  } else if (node && typeof node === 'object' && typeof (node as Node).type === 'string') {
    yield node as Node;
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'type' && value && typeof value === 'object') yield* nodes(value);
    }
  }
}

interface TopLevelFunction {
  readonly name: string;
  readonly params: string[];
  /** The block comment right before the declaration (only whitespace between), or "". */
  readonly jsdoc: string;
}

let code: string;
let program: acorn.Program;
let comments: acorn.Comment[];
let functions: Map<string, TopLevelFunction>;
let missing: Error | undefined;

beforeAll(() => {
  try {
    code = readBuilt(CODE_JS);
  } catch (error) {
    missing = error as Error;
    return;
  }
  comments = [];
  program = acorn.parse(code, { ecmaVersion: 2020, sourceType: 'script', onComment: comments });
  functions = new Map();
  for (const node of program.body) {
    if (node.type !== 'FunctionDeclaration' || !node.id) continue;
    const before = comments.filter((c) => c.type === 'Block' && c.end <= node.start).at(-1);
    const jsdoc = before && code.slice(before.end, node.start).trim() === '' ? `/*${before.value}*/` : '';
    const params = node.params.map((p) => (p.type === 'Identifier' ? p.name : `<${p.type}>`));
    functions.set(node.id.name, { name: node.id.name, params, jsdoc });
  }
});

// Every test fails (none is skipped) when the bundle was not built.
beforeEach(() => {
  if (missing) throw missing;
});

/** A bare context like Apps Script's: only the services, each recording any use. */
function bareContext(log: CallLog): vm.Context {
  const context: Record<string, unknown> = {};
  for (const name of GAS_SERVICE_NAMES) context[name] = accessRecorder(name, log);
  return vm.createContext(context);
}

function loaded(): { context: vm.Context; log: CallLog } {
  const log = new CallLog();
  const context = bareContext(log);
  vm.runInContext(code, context, { filename: 'Code.js' });
  return { context, log };
}

describe('dist/Code.js as a script', () => {
  it('parses as an ES2020 classic script with no module syntax and no require', () => {
    expect(program.sourceType).toBe('script');
    const found = [...nodes(program)].filter(
      (n) =>
        n.type === 'ImportExpression' ||
        n.type === 'MetaProperty' ||
        (n.type === 'CallExpression' && (n.callee as Node).type === 'Identifier' && (n.callee as Node).name === 'require'),
    );
    expect(found.map((n) => code.slice(n.start, n.end))).toEqual([]);
    expect(code).not.toMatch(/\brequire\(/);
  });

  it('loads in a bare context without touching any Apps Script service', () => {
    const { context, log } = loaded();
    expect(log.calls).toEqual([]);
    for (const missing of ['require', 'process', 'Buffer', 'module', 'exports', 'global']) {
      expect(vm.runInContext(`typeof ${missing}`, context), missing).toBe('undefined');
    }
  });

  it('declares every entry point as a top-level function', () => {
    for (const name of ENTRY_POINTS) {
      expect(functions.has(name), `function ${name} at top level`).toBe(true);
    }
    const { context } = loaded();
    for (const name of ENTRY_POINTS) expect(typeof context[name], name).toBe('function');
  });

  it('has a stub for every export of the bundle, and nothing private or shadowing', () => {
    const { context } = loaded();
    const exported = Object.keys(context.__CDS__ as object).sort();
    expect([...functions.keys()].sort()).toEqual(exported);
    for (const name of functions.keys()) expect(name.endsWith('_'), name).toBe(false);
    for (const name of GAS_SERVICE_NAMES) expect(functions.has(name), name).toBe(false);
  });

  it('every stub delegates to __CDS__ with its own arguments and returns its result', () => {
    const { context } = loaded();
    const real = context.__CDS__;
    const received: { name: string; args: unknown[] }[] = [];
    context.__CDS__ = new Proxy(
      {},
      {
        get: (_t, name) => (...args: unknown[]) => {
          received.push({ name: String(name), args });
          return `result of ${String(name)}`;
        },
      },
    );
    try {
      for (const { name, params } of functions.values()) {
        received.length = 0;
        const args = params.map((p) => `arg ${p}`);
        context.__args = args;
        expect(vm.runInContext(`${name}.apply(null, __args)`, context)).toBe(`result of ${name}`);
        expect(received).toEqual([{ name, args }]);
      }
    } finally {
      context.__CDS__ = real;
    }
  });
});

describe('custom functions', () => {
  for (const name of CUSTOM_FUNCTIONS) {
    it(`${name} carries @customfunction and Vietnamese help for each parameter`, () => {
      const fn = functions.get(name);
      expect(fn, name).toBeDefined();
      const { jsdoc, params } = fn!;
      expect(jsdoc).toMatch(/^\/\*\*/);
      expect(jsdoc).toMatch(/@customfunction\b/);
      expect(jsdoc).toMatch(/@returns?\s+\S/);
      expect(params.length).toBeGreaterThan(0);
      const description = jsdoc.split('\n')[1] ?? '';
      expect(description, 'one-line description').toMatch(VIETNAMESE_LETTER);
      for (const param of params) {
        const line = jsdoc.split('\n').find((l) => new RegExp(String.raw`@param\s+(\{[^}]*\}\s*)?\[?${param}\b`).test(l));
        expect(line, `@param ${param}`).toBeDefined();
        const help = line!.replace(/^.*?@param\s+(\{[^}]*\}\s*)?\[?\w+\]?\s*/, '');
        expect(help, `help for ${param}`).toMatch(VIETNAMESE_LETTER);
      }
    });
  }

  it('the optional parameters say so', () => {
    expect(functions.get('CDS_HANCHOT')!.params).toEqual(['thoi_gian', 'nam', 'ngay_xet']);
    expect(functions.get('CDS_QUAHAN')!.params).toEqual(['han', 'trang_thai', 'ngay_xet']);
    for (const [name, param] of [
      ['CDS_HANCHOT', 'nam'],
      ['CDS_HANCHOT', 'ngay_xet'],
      ['CDS_QUAHAN', 'ngay_xet'],
      ['CDS_DANHGIA', 'ngay_xet'],
      ['CDS_TYLEDAT', 'ngay_xet'],
    ] as const) {
      const line = functions.get(name)!.jsdoc.split('\n').find((l) => l.includes(`@param`) && l.includes(` ${param} `));
      expect(line, `${name} ${param}`).toMatch(/không bắt buộc|\[\w+\]/);
    }
  });

  it('CDS_DANHGIA reaches __CDS__.CDS_DANHGIA, the bundled implementation', () => {
    const { context } = loaded();
    const impl = (context.__CDS__ as Record<string, unknown>).CDS_DANHGIA;
    expect(typeof impl).toBe('function');
    expect(vm.runInContext('CDS_DANHGIA.toString()', context)).toContain('return __CDS__.CDS_DANHGIA(ket_qua, chi_tieu, ngay_xet)');
  });
});

describe('the menu, through the bundle', () => {
  function withFakeUi() {
    const { context, log } = loaded();
    const app = new FakeSpreadsheetApp(log);
    context.SpreadsheetApp = app;
    return { context, log, ui: app.ui };
  }

  it('onOpen builds «Chuyển đổi số» with the Vietnamese captions, touching no other service', () => {
    const { context, log, ui } = withFakeUi();
    vm.runInContext('onOpen({ authMode: "NONE" })', context);

    const menu = ui.onlyMenu();
    expect(menu.captions()).toEqual(MENU_CAPTIONS);
    expect(log.services()).toEqual(['SpreadsheetApp', 'Ui', 'Menu']);
    for (const { functionName } of menu.items()) {
      expect(functions.has(functionName), `menu calls top-level ${functionName}`).toBe(true);
    }
    expect(menu.items().map((i) => i.functionName)).toEqual(MENU_HANDLERS);
  });

  it('onInstall builds the same menu', () => {
    const { context, ui } = withFakeUi();
    vm.runInContext('onInstall({ authMode: "FULL" })', context);
    expect(ui.onlyMenu().captions()).toEqual(MENU_CAPTIONS);
  });

  it('each handler ends with a Vietnamese message', () => {
    for (const name of MENU_HANDLERS) {
      const { context, log, ui } = withFakeUi();
      vm.runInContext(`${name}()`, context);
      // A handler may ask first (Khởi tạo asks before creating tabs); the last alert is its message.
      expect(ui.alerts.length, name).toBeGreaterThanOrEqual(1);
      expect(ui.alerts.at(-1)!.prompt, name).toMatch(VIETNAMESE_LETTER);
      expect(log.count('PropertiesService'), name).toBe(0);
    }
  });
});

describe('what went into the bundle', () => {
  it('esbuild metafile: no GPL or Node-only package, no Node builtin', () => {
    const meta = JSON.parse(readBuilt(GAS_METAFILE)) as {
      inputs: Record<string, { imports?: { path: string; external?: boolean }[] }>;
    };
    const inputs = Object.keys(meta.inputs);
    expect(inputs).toContain('src/main.ts');
    for (const input of inputs) {
      for (const pkg of FORBIDDEN_PACKAGES) expect(input, input).not.toContain(`node_modules/${pkg}/`);
      for (const imp of meta.inputs[input]!.imports ?? []) expect(imp.external, `${input} → ${imp.path}`).not.toBe(true);
    }
  });

  it('the bundle text has no module from a forbidden package', () => {
    // Non-minified esbuild output starts each module with a "// path" comment.
    const modules = comments.filter((c) => c.type === 'Line' && /^\s\S+\.[cm]?[jt]sx?$/.test(c.value)).map((c) => c.value.trim());
    expect(modules).toContain('src/main.ts');
    for (const pkg of FORBIDDEN_PACKAGES) {
      expect(modules.filter((m) => m.includes(`node_modules/${pkg}/`))).toEqual([]);
    }
    expect(code).not.toMatch(/node_modules\/hyperformula|['"]gpl-v3['"]/i);
  });

  it('dist/appsscript.json is the V8 manifest with explicit scopes', () => {
    const manifest = JSON.parse(readBuilt(MANIFEST_JS)) as Record<string, unknown>;
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/spreadsheets.currentonly');
  });

  it('the report\'s Google Doc needs only drive.file and the Drive advanced service v3 (issue 11): no documents, no Docs', () => {
    const manifest = JSON.parse(readBuilt(MANIFEST_JS)) as { oauthScopes: string[]; dependencies?: { enabledAdvancedServices?: unknown[] } };
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/drive.file');
    expect(manifest.oauthScopes.filter((s) => /\/auth\/(documents|drive)(\.readonly)?$/.test(s))).toEqual([]);
    expect(manifest.dependencies?.enabledAdvancedServices).toEqual([{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }]);
    expect(code).not.toMatch(/\bDocumentApp\.|\bDocs\.Documents\b|\bCharts\./);
  });
});

describe('the report, through the bundle (issue 11)', () => {
  it('reportCreate in the bare context zips the .docx with the bundled fflate and uploads exactly the bytes Node\'s core writes', () => {
    const { context, log } = loaded();
    const app = new FakeSpreadsheetApp(log);
    const drive = new FakeDrive(log);
    context.SpreadsheetApp = app;
    context.Drive = drive;
    context.Utilities = new FakeUtilities(log);
    const plan = samplePlan();
    fillSpreadsheet(app.spreadsheet, plan);
    const result = vm.runInContext('reportCreate("quy-3-2026")', context) as { name: string; url: string };
    const today = calendarDateOf(new Date(), app.spreadsheet.getSpreadsheetTimeZone());
    const expected = reportDocxBytes(buildReportDocument(buildReport(plan, { kind: 'quarter', year: 2026, quarter: 3 }, today), plan.settings.schoolName));
    expect(result.url).toBe(`https://docs.google.com/document/d/${drive.onlyFile().id}/edit`);
    expect(Buffer.from(drive.onlyFile().bytes!).equals(Buffer.from(expected))).toBe(true);
    expect(log.count('Utilities')).toBe(1);
    expect(log.count('Drive')).toBe(1);
  });
});

describe('the self-assessment documents, through the bundle (issue 13)', () => {
  it('menuSelfAssessment in the bare context uploads the phiếu and the báo cáo exactly as Node\'s core writes them, with one Nhật ký row', () => {
    const { context, log } = loaded();
    const app = new FakeSpreadsheetApp(log);
    const drive = new FakeDrive(log);
    context.SpreadsheetApp = app;
    context.Drive = drive;
    context.Utilities = new FakeUtilities(log);
    context.HtmlService = new FakeHtmlService(log);
    const plan = samplePlan();
    fillSpreadsheet(app.spreadsheet, plan);
    vm.runInContext('menuSelfAssessment()', context);
    const today = calendarDateOf(new Date(), app.spreadsheet.getSpreadsheetTimeZone());
    const evaluation = evaluatePlan(plan, today);
    const model = buildSelfAssessment(plan, evaluation, today, tasksByCriterion(plan.selfAssessment!.criteria, plan.tasks))!;
    const docs = buildSelfAssessmentDocuments(model);
    expect(drive.files.map((f) => f.resource)).toEqual([
      { name: docs.sheet.name, mimeType: 'application/vnd.google-apps.document' },
      { name: docs.report.name, mimeType: 'application/vnd.google-apps.document' },
    ]);
    expect(Buffer.from(drive.files[0]!.bytes!).equals(Buffer.from(reportDocxBytes(docs.sheet)))).toBe(true);
    expect(Buffer.from(drive.files[1]!.bytes!).equals(Buffer.from(reportDocxBytes(docs.report)))).toBe(true);
    expect(log.count('Utilities')).toBe(2);
    expect(log.count('Drive')).toBe(2);
    expect(app.ui.dialogs).toHaveLength(1);
    const journal = app.spreadsheet.getSheetByName('Nhật ký')!.getDataRange().getValues();
    expect(journal.filter((r) => r[1] === 'Tự đánh giá CĐS')).toHaveLength(1);
  });
});

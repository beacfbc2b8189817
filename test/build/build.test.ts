/**
 * The build's checks (scripts/build.mjs), run on small fixture projects in a temporary folder
 * under node_modules/.cache (so packages resolve from the project's node_modules).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, BuildError, isCopyleft, packageOf, ROOT, type BuildOptions } from '../../scripts/build.mjs';

fs.mkdirSync(path.join(ROOT, 'node_modules', '.cache'), { recursive: true });
const TMP = fs.mkdtempSync(path.join(ROOT, 'node_modules', '.cache', 'build-test-'));
/** For fixtures that need no package: esbuild hides some warnings for files inside node_modules. */
const OUTSIDE = fs.mkdtempSync(path.join(os.tmpdir(), 'cds-build-test-'));
afterAll(() => {
  fs.rmSync(TMP, { recursive: true, force: true });
  fs.rmSync(OUTSIDE, { recursive: true, force: true });
});

let counter = 0;

/** A fixture project: files by relative path; returns options building it into its own folder. */
function fixture(files: Record<string, string>, base = TMP): { dir: string; options: BuildOptions } {
  const dir = path.join(base, `case-${++counter}`);
  for (const [name, text] of Object.entries({ 'appsscript.json': MANIFEST, ...files })) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return {
    dir,
    options: {
      gasEntry: path.join(dir, 'main.ts'),
      outDir: path.join(dir, 'dist'),
      metaDir: path.join(dir, 'build'),
      manifest: path.join(dir, 'appsscript.json'),
      htmlDir: path.join(dir, 'html'),
      cliEntry: path.join(dir, 'cli.ts'),
      cliOutFile: path.join(dir, 'build', 'cli.cjs'),
      packageJson: path.join(dir, 'package.json'),
      quiet: true,
    },
  };
}

const MANIFEST = JSON.stringify({ timeZone: 'Asia/Ho_Chi_Minh', runtimeVersion: 'V8', oauthScopes: ['x'] });

async function problemsOf(options: BuildOptions): Promise<string> {
  try {
    await build(options);
  } catch (error) {
    if (error instanceof BuildError) return error.problems.join('\n');
    throw error;
  }
  throw new Error('expected the build to fail');
}

const gasOnly = (files: Record<string, string>) => ({ ...fixture(files).options, cli: false });

describe('Apps Script build: what it writes', () => {
  it('writes stubs with JSDoc and parameter names, the manifest and the HTML files', async () => {
    const { dir, options } = fixture({
      'lib.ts': 'export const double = (x: number[][]) => x.map((r) => r.map((v) => v * 2));\n',
      'main.ts': [
        "import { double } from './lib';",
        '',
        '/**',
        ' * Nhân đôi.',
        ' * @param {number[][]} o_so Các ô cần nhân đôi.',
        ' * @param {number} he_so (không bắt buộc) Hệ số.',
        ' * @customfunction',
        ' */',
        'export function NHAN_DOI(o_so: number[][], he_so: number = 2): number[][] {',
        '  return double(o_so).map((r) => r.map((v) => (v / 2) * he_so));',
        '}',
        '',
        '/** Ghi nhật ký. */',
        'export function logAll(...items: unknown[]): number {',
        '  return items.length;',
        '}',
        '',
      ].join('\n'),
      'html/Dialog.html': '<p>Báo cáo quý</p>\n',
    });
    const result = await build({ ...options, cli: false });

    expect(result.gas!.entryPoints).toEqual([
      { name: 'NHAN_DOI', params: ['o_so', 'he_so'] },
      { name: 'logAll', params: ['...items'] },
    ]);
    const code = fs.readFileSync(path.join(dir, 'dist', 'Code.js'), 'utf8');
    expect(code).toContain(
      [
        '/**',
        ' * Nhân đôi.',
        ' * @param {number[][]} o_so Các ô cần nhân đôi.',
        ' * @param {number} he_so (không bắt buộc) Hệ số.',
        ' * @customfunction',
        ' */',
        'function NHAN_DOI(o_so, he_so) {',
        '  return __CDS__.NHAN_DOI(o_so, he_so);',
        '}',
      ].join('\n'),
    );
    expect(code).toContain('/** Ghi nhật ký. */\nfunction logAll(...items) {\n  return __CDS__.logAll(...items);\n}');
    expect(code.indexOf('function NHAN_DOI')).toBeLessThan(code.indexOf('var __CDS__'));
    expect(fs.readFileSync(path.join(dir, 'dist', 'appsscript.json'), 'utf8')).toBe(MANIFEST);
    expect(fs.readFileSync(path.join(dir, 'dist', 'Dialog.html'), 'utf8')).toBe('<p>Báo cáo quý</p>\n');
    expect(fs.existsSync(path.join(dir, 'build', 'gas-metafile.json'))).toBe(true);
  });

  it('accepts an import TypeScript elides (its names used only as types), which esbuild lists as external', async () => {
    const { dir, options } = fixture({
      'columns.ts': "export const COLUMNS = ['STT', 'Tên'] as const;\n",
      'widths.ts': "import { COLUMNS } from './columns';\nexport const WIDTHS: readonly [number, (typeof COLUMNS)[number]][] = [[10, 'STT']];\n",
      'main.ts': "import { WIDTHS } from './widths';\n/** Độ rộng. */\nexport function widths(): unknown { return WIDTHS; }\n",
    });
    await build({ ...options, cli: false });
    expect(fs.readFileSync(path.join(dir, 'dist', 'Code.js'), 'utf8')).toContain('function widths()');
  });

  it('empties the output folder first, so no stale file is pushed', async () => {
    const { dir, options } = fixture({ 'main.ts': '/** a */\nexport function a(): number { return 1; }\n' });
    fs.mkdirSync(path.join(dir, 'dist'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'dist', 'Old.html'), 'old');
    await build({ ...options, cli: false });
    expect(fs.readdirSync(path.join(dir, 'dist')).sort()).toEqual(['Code.js', 'appsscript.json']);
  });
});

describe('Apps Script build: what it refuses', () => {
  const fn = (name: string, body = 'return 1;') => `/** Doc. */\nexport function ${name}(): unknown { ${body} }\n`;

  it('a GPL package (hyperformula)', async () => {
    const problems = await problemsOf(
      gasOnly({ 'main.ts': `import { HyperFormula } from 'hyperformula';\n${fn('f', 'return HyperFormula.version;')}` }),
    );
    expect(problems).toMatch(/hyperformula \(GPL-3\.0[^)]*\) is GPL/);
  });

  for (const pkg of ['exceljs', 'docx', 'nodemailer']) {
    it(`the Node-only package ${pkg}`, async () => {
      const problems = await problemsOf(gasOnly({ 'main.ts': `import * as lib from '${pkg}';\n${fn('f', 'return lib;')}` }));
      expect(problems).toContain(`${pkg} is Node-only and must not be in dist/Code.js`);
    });
  }

  for (const builtin of ['node:fs', 'fs', 'path', 'node:crypto']) {
    it(`the Node builtin "${builtin}", naming the importing file`, async () => {
      const { options } = fixture({
        'lib.ts': `import * as m from '${builtin}';\nexport const lib = () => m;\n`,
        'main.ts': `import { lib } from './lib';\n${fn('f', 'return lib();')}`,
      });
      const problems = await problemsOf({ ...options, cli: false });
      expect(problems).toMatch(new RegExp(`lib\\.ts imports the Node builtin "${builtin}"`));
    });
  }

  it('an export whose name ends with "_"', async () => {
    expect(await problemsOf(gasOnly({ 'main.ts': fn('helper_') }))).toMatch(/"helper_" ends with "_"/);
  });

  it('an export that clashes with an Apps Script or JavaScript global', async () => {
    const problems = await problemsOf(gasOnly({ 'main.ts': fn('Logger') + fn('SpreadsheetApp') + fn('Date') }));
    expect(problems).toMatch(/"Logger" clashes/);
    expect(problems).toMatch(/"SpreadsheetApp" clashes/);
    expect(problems).toMatch(/"Date" clashes/);
  });

  it('exports that cannot get a stub: const, re-export, export *, rename, default', async () => {
    const lib = { 'lib.ts': 'export function g(): number { return 2; }\nexport function h(): number { return 3; }\n' };
    expect(await problemsOf(gasOnly({ ...lib, 'main.ts': 'export const x = 1;\n' }))).toMatch(/"x" is not a function declared in the entry/);
    expect(await problemsOf(gasOnly({ ...lib, 'main.ts': "export { g } from './lib';\n" }))).toMatch(
      /"g" (is re-exported from '\.\/lib'|is not a function declared in the entry \(const, class or import\?\))/,
    );
    expect(await problemsOf(gasOnly({ ...lib, 'main.ts': "import { g } from './lib';\nexport { g };\n" }))).toMatch(
      /"g" is not a function declared in the entry/,
    );
    expect(await problemsOf(gasOnly({ ...lib, 'main.ts': "export * from './lib';\n" }))).toMatch(/export \* from '\.\/lib'/);
    expect(await problemsOf(gasOnly({ 'main.ts': `${fn('a')}export { a as b };\n` }))).toMatch(/"a" is exported as "b"/);
    expect(await problemsOf(gasOnly({ 'main.ts': 'export default function (): number { return 1; }\n' }))).toMatch(/export default/);
  });

  it('an entry point without JSDoc, and a custom function without @param help', async () => {
    expect(await problemsOf(gasOnly({ 'main.ts': 'export function bare(): number { return 1; }\n' }))).toMatch(/bare has no JSDoc/);
    const problems = await problemsOf(
      gasOnly({
        'main.ts': '/**\n * Tổng.\n * @param a Số a.\n * @customfunction\n */\nexport function TONG(a: number, b: number): number { return a + b; }\n',
      }),
    );
    expect(problems).toMatch(/custom function TONG has no @param for b/);
  });

  it('top-level code that uses a service', async () => {
    const problems = await problemsOf(
      gasOnly({
        'settings.ts': 'export const props = PropertiesService.getDocumentProperties();\n',
        'main.ts': `import { props } from './settings';\n${fn('f', 'return props;')}`,
      }),
    );
    expect(problems).toMatch(/touched PropertiesService: top-level code runs on every execution/);
  });

  it('top-level code that uses the Drive advanced service or Utilities (the report\'s import)', async () => {
    const drive = await problemsOf(gasOnly({ 'main.ts': `const files = Drive.Files;\n${fn('f', 'return files;')}` }));
    expect(drive).toMatch(/touched Drive: top-level code runs on every execution/);
    const blob = await problemsOf(gasOnly({ 'main.ts': `const blob = Utilities.newBlob('');\n${fn('f', 'return blob;')}` }));
    expect(blob).toMatch(/touched Utilities: top-level code runs on every execution/);
  });

  it('code that needs import.meta (empty in the IIFE)', async () => {
    const { options } = fixture({ 'main.ts': fn('f', 'return import.meta.url;') }, OUTSIDE);
    expect(await problemsOf({ ...options, cli: false })).toMatch(/"import\.meta" is not available with the "iife" output format/);
  });

  it('leaves no Code.js behind when it fails', async () => {
    const { dir, options } = fixture({ 'main.ts': fn('ok') });
    await build({ ...options, cli: false });
    fs.writeFileSync(path.join(dir, 'main.ts'), fn('bad_'));
    await problemsOf({ ...options, cli: false });
    expect(fs.existsSync(path.join(dir, 'dist', 'Code.js'))).toBe(false);
  });
});

describe('CLI build', () => {
  const pkg = JSON.stringify({ name: 'x', dependencies: { exceljs: '4.4.0' }, devDependencies: { 'fast-check': '4' } });

  it('writes an executable cjs file with a shebang; runtime dependencies stay external', async () => {
    const { dir, options } = fixture({
      'package.json': pkg,
      'cli.ts': "import ExcelJS from 'exceljs';\nconsole.log(['chạy', typeof ExcelJS.Workbook, ...process.argv.slice(2)].join(' '));\n",
    });
    await build({ ...options, gas: false });
    const out = path.join(dir, 'build', 'cli.cjs');
    const text = fs.readFileSync(out, 'utf8');
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(text).toContain('require("exceljs")');
    expect(fs.statSync(out).mode & 0o111).toBe(0o111);
    expect(execFileSync(out, ['--help'], { encoding: 'utf8' })).toBe('chạy function --help\n');
  });

  it('accepts an import TypeScript elides (its names used only as types)', async () => {
    const { dir, options } = fixture({
      'package.json': pkg,
      'columns.ts': "export const COLUMNS = ['STT', 'Tên'] as const;\n",
      'cli.ts': "import { COLUMNS } from './columns';\nconst first: (typeof COLUMNS)[number] = 'STT';\nconsole.log(first);\n",
    });
    await build({ ...options, gas: false });
    expect(execFileSync(path.join(dir, 'build', 'cli.cjs'), { encoding: 'utf8' })).toBe('STT\n');
  });

  it('refuses a devDependency (users of the bin do not have it) and a GPL package', async () => {
    const dev = fixture({ 'package.json': pkg, 'cli.ts': "import fc from 'fast-check';\nconsole.log(fc);\n" });
    expect(await problemsOf({ ...dev.options, gas: false })).toMatch(/imports fast-check, which is not in package.json "dependencies"/);
    const gpl = fixture({ 'package.json': pkg, 'cli.ts': "import { HyperFormula } from 'hyperformula';\nconsole.log(HyperFormula);\n" });
    expect(await problemsOf({ ...gpl.options, gas: false })).toMatch(/imports hyperformula, a GPL package/);
  });
});

describe('helpers', () => {
  it('isCopyleft reads SPDX expressions', () => {
    expect(isCopyleft('GPL-3.0-only')).toBe(true);
    expect(isCopyleft('AGPL-3.0-or-later')).toBe(true);
    expect(isCopyleft('LGPL-2.1')).toBe(true);
    expect(isCopyleft('(MIT OR GPL-3.0)')).toBe(false);
    expect(isCopyleft('MIT')).toBe(false);
    expect(isCopyleft(undefined)).toBe(false);
  });

  it('packageOf finds the innermost package, scoped or not', () => {
    expect(packageOf('node_modules/hyperformula/es/index.js')).toBe('hyperformula');
    expect(packageOf('node_modules/a/node_modules/@scope/pkg/x.js')).toBe('@scope/pkg');
    expect(packageOf('src/main.ts')).toBeUndefined();
  });
});

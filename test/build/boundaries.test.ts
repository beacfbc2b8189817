/**
 * The boundaries of DESIGN §8, proved on every import in src/ (issue 11 item 6): TypeScript's own
 * parser (the `typescript` devDependency, through its API) lists each module a file names —
 * `import`, `import type`, `export … from`, dynamic `import()`, `typeof import()`,
 * `import x = require()` — and each relative one is resolved to the file it names. (A bare
 * `require(…)` call is not an import to TypeScript; in core, sheet, sample and gas it does not
 * typecheck, as those configs declare no Node types.)
 *
 * - src/core runs in Apps Script and in Node: it imports only src/core.
 * - src/sheet maps cells to the core's types: src/core and src/sheet.
 * - src/sample (the embedded sample plan the CLI and the Apps Script shell both use) is data built
 *   on the core's types: src/core only. Core and sheet never import it: nothing in them may
 *   depend on one school's plan.
 * - src/gas and src/main.ts (the Apps Script shell) and src/cli (the Node shell) use the three
 *   above, never each other.
 * - Nothing in src imports tests, bench or scripts.
 * - Only src/cli imports packages or Node builtins: Apps Script has no Node, and whatever core,
 *   sheet and sample import reaches both runtimes. A package proved to run in both (pure
 *   JavaScript, no Node API) goes into PORTABLE_PACKAGES with a line saying so.
 *
 * tsconfig.core.json proves the other half: core, sheet and sample use no Node or Apps Script API.
 */
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { API } from 'typescript/unstable/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SRC = path.join(ROOT, 'src');

type Layer = 'core' | 'sheet' | 'sample' | 'gas' | 'cli';

/** Which layers each layer may import (its own included). */
const MAY_IMPORT: Readonly<Record<Layer, readonly Layer[]>> = {
  core: ['core'],
  sheet: ['core', 'sheet'],
  sample: ['core', 'sample'],
  gas: ['core', 'sheet', 'sample', 'gas'],
  cli: ['core', 'sheet', 'sample', 'cli'],
};

/** Layers whose code runs in Apps Script (no Node builtins, packages only if portable). */
const RUNS_IN_APPS_SCRIPT: readonly Layer[] = ['core', 'sheet', 'sample', 'gas'];

/**
 * npm packages proved to run in both runtimes (pure JavaScript, no Node API). fflate: the report's
 * .docx is zipped in core; under the Apps Script build it resolves to its browser build with no
 * imports (scripts/build.mjs refuses any Node builtin in dist/Code.js).
 */
const PORTABLE_PACKAGES: readonly string[] = ['fflate'];

/** The layer of a file under src/, or undefined for a file outside src (tests, bench, scripts). */
function layerOf(file: string): Layer | undefined {
  const rel = path.relative(SRC, file).split(path.sep);
  if (rel[0] === '..' || path.isAbsolute(rel.join('/'))) return undefined;
  if (rel.length === 1 && rel[0] === 'main.ts') return 'gas';
  return (['core', 'sheet', 'sample', 'gas', 'cli'] as const).find((l) => l === rel[0]);
}

/** The file a relative specifier names, as the bundler resolves it (.ts, /index.ts, .js written for .ts). */
function resolveRelative(importer: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(importer), specifier);
  const candidates = [base, `${base}.ts`, path.join(base, 'index.ts'), base.replace(/\.(m?js)$/, '.ts')];
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
}

function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!);
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** What one import breaks, in a sentence naming both files; undefined when it is allowed. */
function boundaryViolation(importer: string, specifier: string): string | undefined {
  const from = layerOf(importer);
  if (!from) return undefined;
  const where = `${path.relative(ROOT, importer)} imports '${specifier}'`;
  if (specifier.startsWith('.')) {
    const target = resolveRelative(importer, specifier);
    if (!target) return `${where}, which names no file`;
    const to = layerOf(target);
    if (!to) return `${where} (${path.relative(ROOT, target)}): src never imports tests, bench or scripts`;
    if (!MAY_IMPORT[from].includes(to)) return `${where} (${path.relative(ROOT, target)}): ${from} may import only ${MAY_IMPORT[from].join(', ')}`;
    return undefined;
  }
  if (!RUNS_IN_APPS_SCRIPT.includes(from)) return undefined;
  if (isNodeBuiltin(specifier)) return `${where}: a Node builtin, and ${from} runs in Apps Script`;
  if (!PORTABLE_PACKAGES.includes(packageName(specifier))) {
    return `${where}: a package not listed as running in both runtimes (PORTABLE_PACKAGES), and ${from} runs in Apps Script`;
  }
  return undefined;
}

let api: API;
beforeAll(() => {
  api = new API({ cwd: ROOT });
});
afterAll(() => api?.close());

/** Every module each file of `tsconfig` names, as TypeScript's parser finds them. */
function importsOf(tsconfig: string): Map<string, string[]> {
  const snapshot = api.updateSnapshot({ openProject: tsconfig });
  const project = snapshot.getProject(tsconfig) ?? snapshot.getProjects()[0]!;
  const found = new Map<string, string[]>();
  for (const file of project.program.getSourceFileNames()) {
    if (file.includes('/node_modules/')) continue;
    const source = project.program.getSourceFile(file);
    if (!source) continue;
    found.set(path.resolve(file), source.imports.map((n) => (n as unknown as { text: string }).text));
  }
  return found;
}

describe('the parser sees every way a file names a module, and nothing else', () => {
  it('import, import type, side effect, export from, export *, import(), typeof import(), import = require; not strings, comments or regexes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cds-boundaries-'));
    try {
      fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { noEmit: true, types: [], module: 'ESNext', moduleResolution: 'Bundler' }, include: ['*.ts'] }));
      fs.writeFileSync(
        path.join(dir, 'forms.ts'),
        [
          "import { a } from '../gas/a';",
          "import type { B } from '../cli/b';",
          "import '../gas/sideEffect';",
          "export { c } from '../cli/c';",
          "export * from 'node:fs';",
          "export const lazy = () => import('../gas/lazy');",
          "export type T = typeof import('exceljs');",
          "import mailer = require('nodemailer');",
          "export const old = mailer;",
          "export const text = \"import x from '../gas/inString'\";",
          "// import '../gas/inComment'",
          "export const re = /import\\('..\\/gas\\/inRegex'\\)/;",
          'export const tpl = `${a} import("../gas/inTemplate")`;',
          'export const b: B | undefined = undefined;',
        ].join('\n'),
      );
      const found = importsOf(path.join(dir, 'tsconfig.json'));
      expect([...found.values()].flat().sort()).toEqual(['../cli/b', '../cli/c', '../gas/a', '../gas/lazy', '../gas/sideEffect', 'exceljs', 'node:fs', 'nodemailer']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('each rule refuses what it should (files that exist in src)', () => {
    const at = (rel: string): string => path.join(ROOT, rel);
    expect(boundaryViolation(at('src/core/evaluation.ts'), '../gas/report')).toMatch(/core may import only core/);
    expect(boundaryViolation(at('src/core/report/model.ts'), '../../cli/report')).toMatch(/core may import only core/);
    expect(boundaryViolation(at('src/core/evaluation.ts'), '../main')).toMatch(/core may import only core/);
    expect(boundaryViolation(at('src/core/evaluation.ts'), '../sample/anLao2026')).toMatch(/core may import only core/);
    expect(boundaryViolation(at('src/core/evaluation.ts'), '../sheet/workbook')).toMatch(/core may import only core/);
    expect(boundaryViolation(at('src/sheet/workbook.ts'), '../gas/workbook')).toMatch(/sheet may import only core, sheet/);
    expect(boundaryViolation(at('src/sheet/workbook.ts'), '../sample/anLao2026')).toMatch(/sheet may import only/);
    expect(boundaryViolation(at('src/gas/report.ts'), '../cli/report')).toMatch(/gas may import only/);
    expect(boundaryViolation(at('src/main.ts'), './cli/main')).toMatch(/gas may import only/);
    expect(boundaryViolation(at('src/cli/report.ts'), '../gas/report')).toMatch(/cli may import only/);
    expect(boundaryViolation(at('src/cli/report.ts'), '../main')).toMatch(/cli may import only/);
    expect(boundaryViolation(at('src/core/evaluation.ts'), '../../test/fakes')).toMatch(/never imports tests/);
    expect(boundaryViolation(at('src/core/evaluation.ts'), './nowhere')).toMatch(/names no file/);
    for (const builtin of ['node:fs', 'fs', 'path', 'node:zlib', 'crypto']) {
      expect(boundaryViolation(at('src/core/text.ts'), builtin)).toMatch(/Node builtin/);
      expect(boundaryViolation(at('src/gas/report.ts'), builtin)).toMatch(/Node builtin/);
    }
    for (const pkg of ['exceljs', 'docx', 'nodemailer', '@types/node']) {
      expect(boundaryViolation(at('src/sheet/cells.ts'), pkg)).toMatch(/PORTABLE_PACKAGES/);
    }
    expect(boundaryViolation(at('src/core/report/ooxml/index.ts'), 'fflate')).toBeUndefined();
    // What is allowed.
    expect(boundaryViolation(at('src/sheet/workbook.ts'), '../core/evaluation')).toBeUndefined();
    expect(boundaryViolation(at('src/gas/report.ts'), '../sample/anLao2026')).toBeUndefined();
    expect(boundaryViolation(at('src/cli/report.ts'), 'node:fs')).toBeUndefined();
    expect(boundaryViolation(at('src/cli/report.ts'), 'exceljs')).toBeUndefined();
  });
});

describe('src keeps the boundaries of DESIGN §8', () => {
  it('no file in src imports across a boundary', () => {
    const found = importsOf(path.join(ROOT, 'tsconfig.json'));
    const inSrc = [...found].filter(([file]) => layerOf(file) !== undefined);
    // The whole of src was parsed: every layer, with its imports.
    const perLayer = new Map<Layer, number>();
    for (const [file, specifiers] of inSrc) perLayer.set(layerOf(file)!, (perLayer.get(layerOf(file)!) ?? 0) + specifiers.length);
    for (const layer of Object.keys(MAY_IMPORT) as Layer[]) expect(perLayer.get(layer), layer).toBeGreaterThan(0);
    const onDisk = fs.readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(inSrc.length).toBe(onDisk.length);
    const violations = inSrc.flatMap(([file, specifiers]) => specifiers.map((s) => boundaryViolation(file, s)).filter((v): v is string => v !== undefined));
    expect(violations).toEqual([]);
  });
});

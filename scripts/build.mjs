#!/usr/bin/env node
/**
 * Build for cds-tracker ("option C", reference/stack.md §5).
 *
 * 1. Apps Script: bundles src/main.ts with esbuild as an IIFE assigned to `var __CDS__`, then
 *    prepends one top-level stub per exported function of src/main.ts, carrying that function's
 *    JSDoc and parameter names:
 *
 *        /** …@customfunction *\/
 *        function CDS_DANHGIA(ket_qua, chi_tieu) {
 *          return __CDS__.CDS_DANHGIA(ket_qua, chi_tieu);
 *        }
 *
 *    Writes dist/Code.js, copies appsscript.json and src/gas/*.html into dist/, and the esbuild
 *    metafile to build/gas-metafile.json. Fails (exit 1) when the bundle would contain a GPL or
 *    Node-only package or a Node builtin, when an export of src/main.ts cannot get a stub (not a
 *    function declaration, a re-export, a name ending in "_", a name that clashes with an Apps
 *    Script or JavaScript global), when the output is not an ES2020 script, or when loading it
 *    touches an Apps Script service (top-level code runs on every execution, even in AuthMode.NONE).
 *
 * 2. Node CLI: bundles src/cli/main.ts to build/cli.cjs (cjs, node20, packages external, shebang,
 *    chmod +x). Fails when the CLI imports a package that is not a runtime dependency in
 *    package.json (devDependencies are not installed for users of the bin) or a GPL package.
 *
 * Usage: node scripts/build.mjs [--gas-only | --cli-only]
 * API:   import { build } from './build.mjs'; await build({ outDir, metaDir, cliOutFile, … })
 */
import { build as esbuild, transform } from 'esbuild';
import * as acorn from 'acorn';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { builtinModules } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Name of the global the IIFE is assigned to; every stub delegates to it. */
export const NAMESPACE = '__CDS__';

/** Packages that only work on Node (or only belong to tests/the CLI): never in dist/Code.js. */
export const NODE_ONLY_PACKAGES = Object.freeze([
  'exceljs', 'docx', 'nodemailer', 'smtp-server', 'mailparser', 'playwright-core', 'vitest', 'fast-check', 'mammoth',
]);

/** Known GPL packages, checked by name in case a package.json cannot be read. */
const KNOWN_GPL_PACKAGES = Object.freeze(['hyperformula']);

/** Apps Script services and globals (V8 runtime) that a top-level function must not shadow. */
export const APPS_SCRIPT_GLOBALS = Object.freeze([
  'AdminDirectory', 'Analytics', 'Browser', 'CacheService', 'CalendarApp', 'CardService', 'Charset', 'Charts',
  'ConferenceDataService', 'ContactsApp', 'ContentService', 'DataStudioApp', 'DigestAlgorithm', 'DocumentApp',
  'Docs', 'Drive', 'DriveApp', 'FormApp', 'Gmail', 'GmailApp', 'GroupsApp', 'HtmlService', 'Jdbc', 'LanguageApp',
  'LinearOptimizationService', 'LockService', 'Logger', 'MacAlgorithm', 'MailApp', 'Maps', 'MimeType',
  'PropertiesService', 'RsaAlgorithm', 'ScriptApp', 'ScriptProperties', 'Session', 'Sheets', 'SitesApp',
  'Slides', 'SlidesApp', 'SpreadsheetApp', 'UrlFetchApp', 'UserProperties', 'Utilities', 'XmlService',
  'console', 'global', 'globalThis', 'google',
]);

/** JavaScript globals a top-level function must not shadow either. */
const JS_GLOBALS = Object.freeze([
  'AggregateError', 'Array', 'ArrayBuffer', 'Atomics', 'BigInt', 'BigInt64Array', 'BigUint64Array', 'Boolean',
  'DataView', 'Date', 'Error', 'EvalError', 'FinalizationRegistry', 'Float32Array', 'Float64Array', 'Function',
  'Infinity', 'Int16Array', 'Int32Array', 'Int8Array', 'Intl', 'JSON', 'Map', 'Math', 'NaN', 'Number', 'Object',
  'Promise', 'Proxy', 'RangeError', 'ReferenceError', 'Reflect', 'RegExp', 'Set', 'SharedArrayBuffer', 'String',
  'Symbol', 'SyntaxError', 'TypeError', 'URIError', 'Uint16Array', 'Uint32Array', 'Uint8Array',
  'Uint8ClampedArray', 'WeakMap', 'WeakRef', 'WeakSet', 'decodeURI', 'decodeURIComponent', 'encodeURI',
  'encodeURIComponent', 'escape', 'eval', 'isFinite', 'isNaN', 'parseFloat', 'parseInt', 'undefined', 'unescape',
]);

/** Globals the bundle smoke check hands to the bundle as access-recording proxies. */
const RECORDED_GLOBALS = Object.freeze([
  'SpreadsheetApp', 'DocumentApp', 'MailApp', 'LockService', 'PropertiesService', 'ScriptApp', 'Utilities',
  'Session', 'CacheService', 'HtmlService', 'UrlFetchApp', 'DriveApp', 'GmailApp', 'Logger', 'console',
  'Charts', 'Docs', 'Drive',
]);

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const TEXT_LOADERS = { '.html': 'text', '.txt': 'text' };

export class BuildError extends Error {
  /** @param {string} stage @param {string[]} problems */
  constructor(stage, problems) {
    super(`${stage} build failed:\n${problems.map((p) => `  ✗ ${p}`).join('\n')}`);
    this.name = 'BuildError';
    this.stage = stage;
    this.problems = problems;
  }
}

/**
 * Runs the build. Paths are relative to `root` (or absolute).
 * @param {import('./build.d.mts').BuildOptions} [options]
 * @returns {Promise<import('./build.d.mts').BuildResult>}
 */
export async function build(options = {}) {
  const root = path.resolve(options.root ?? ROOT);
  const at = (p) => path.resolve(root, p);
  const log = options.quiet ? () => {} : (msg) => console.log(msg);
  const result = {};
  if (options.gas !== false) {
    result.gas = await buildAppsScript({
      root,
      entry: at(options.gasEntry ?? 'src/main.ts'),
      outDir: at(options.outDir ?? 'dist'),
      metaDir: at(options.metaDir ?? 'build'),
      manifest: at(options.manifest ?? 'appsscript.json'),
      htmlDir: at(options.htmlDir ?? 'src/gas'),
      log,
    });
  }
  if (options.cli !== false) {
    result.cli = await buildCli({
      root,
      entry: at(options.cliEntry ?? 'src/cli/main.ts'),
      outFile: at(options.cliOutFile ?? 'build/cli.cjs'),
      metaDir: at(options.metaDir ?? 'build'),
      packageJson: at(options.packageJson ?? 'package.json'),
      log,
    });
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Apps Script bundle

async function buildAppsScript({ root, entry, outDir, metaDir, manifest, htmlDir, log }) {
  guardOutDir(root, outDir);
  // Start from an empty dist/: a failed build must not leave a stale Code.js for `clasp push`.
  fs.rmSync(outDir, { recursive: true, force: true });

  const problems = [];
  if (!fs.existsSync(entry)) throw new BuildError('Apps Script', [`entry ${rel(root, entry)} does not exist`]);

  const entryPoints = await readEntryPoints(entry, root, problems);

  let res;
  try {
    res = await esbuild({
      absWorkingDir: root,
      entryPoints: [entry],
      outfile: path.join(outDir, 'Code.js'),
      bundle: true,
      write: false,
      format: 'iife',
      globalName: NAMESPACE,
      target: 'es2020',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      charset: 'utf8',
      minify: false,
      metafile: true,
      loader: TEXT_LOADERS,
      // Builtins are left external only so the check below can name the importing file.
      external: ['node:*', ...builtinModules],
      logLevel: 'silent',
    });
  } catch (err) {
    throw new BuildError('Apps Script', esbuildMessages(err));
  }
  reportWarnings(res.warnings, log, problems);

  problems.push(...checkGasInputs(res.metafile, root));
  problems.push(...checkExportNames(entryPoints.map((e) => e.name)));

  const bundle = res.outputFiles[0].text;
  const stubs = entryPoints.map(stubFor);
  const code = [
    `// cds-tracker: generated by scripts/build.mjs from ${rel(root, entry)}. Do not edit; edit the TypeScript.`,
    '// Top-level entry points (menu, triggers, custom functions); each delegates to the bundle below.',
    '',
    stubs.join('\n\n'),
    '',
    bundle,
  ].join('\n');

  problems.push(...checkScript(code));
  if (problems.length === 0) problems.push(...checkLoads(code, entryPoints.map((e) => e.name)));

  const htmlFiles = fs.existsSync(htmlDir) ? fs.readdirSync(htmlDir).filter((f) => f.endsWith('.html')).sort() : [];
  if (htmlFiles.some((f) => f === 'Code.html')) {
    problems.push(`${rel(root, htmlDir)}/Code.html would clash with Code.js (Apps Script file names must be unique)`);
  }
  const manifestText = readManifest(manifest, root, problems);

  if (problems.length) throw new BuildError('Apps Script', problems);

  fs.mkdirSync(outDir, { recursive: true });
  fs.mkdirSync(metaDir, { recursive: true });
  const codeFile = path.join(outDir, 'Code.js');
  fs.writeFileSync(codeFile, code);
  fs.writeFileSync(path.join(outDir, 'appsscript.json'), manifestText);
  for (const f of htmlFiles) fs.copyFileSync(path.join(htmlDir, f), path.join(outDir, f));
  const metafile = path.join(metaDir, 'gas-metafile.json');
  fs.writeFileSync(metafile, JSON.stringify(res.metafile, null, 2));

  log(
    `✓ ${rel(root, codeFile)} (${(Buffer.byteLength(code) / 1024).toFixed(1)} KB, ` +
      `${entryPoints.length} entry points: ${entryPoints.map((e) => e.name).join(', ')})` +
      (htmlFiles.length ? ` + ${htmlFiles.join(', ')}` : ''),
  );
  return { codeFile, metafile, entryPoints: entryPoints.map(({ name, params }) => ({ name, params })), htmlFiles };
}

/**
 * The exported functions of the entry file, with parameter names (from the type-stripped JS,
 * parsed by acorn) and JSDoc (the block comment right before `export function NAME` in the TS).
 */
async function readEntryPoints(entry, root, problems) {
  const ts = fs.readFileSync(entry, 'utf8');
  let js;
  try {
    js = (await transform(ts, { loader: 'ts', format: 'esm', target: 'es2020', sourcefile: entry })).code;
  } catch (err) {
    throw new BuildError('Apps Script', esbuildMessages(err));
  }
  const ast = acorn.parse(js, { ecmaVersion: 'latest', sourceType: 'module' });
  const where = rel(root, entry);

  const functions = new Map();
  for (const node of ast.body) {
    if (node.type === 'FunctionDeclaration') functions.set(node.id.name, node);
  }

  const entryPoints = [];
  for (const node of ast.body) {
    if (node.type === 'ExportDefaultDeclaration') {
      problems.push(`${where}: "export default" has no name for Apps Script; use "export function name(…)"`);
    } else if (node.type === 'ExportAllDeclaration') {
      problems.push(`${where}: "export * from '${node.source.value}'" gives no stubs; declare each entry point as "export function name(…) { return impl(…); }"`);
    } else if (node.type === 'ExportNamedDeclaration') {
      if (node.declaration) {
        // esbuild's transform moves exports to one trailing `export { … }`; handle the inline form anyway.
        const d = node.declaration;
        if (d.type === 'FunctionDeclaration') functions.set(d.id.name, d), addEntry(d.id.name, d.id.name);
        else problems.push(`${where}: only function declarations may be exported (found ${d.type}); the entry file exposes globals only`);
        continue;
      }
      for (const spec of node.specifiers) {
        const exported = spec.exported.type === 'Literal' ? String(spec.exported.value) : spec.exported.name;
        if (node.source) {
          problems.push(`${where}: "${exported}" is re-exported from '${node.source.value}', so it gets no stub; write "export function ${exported}(…) { return impl(…); }" in the entry`);
          continue;
        }
        addEntry(spec.local.name, exported);
      }
    }
  }
  // Source order (esbuild's transform lists exports alphabetically).
  return entryPoints.sort((a, b) => a.start - b.start).map(({ start: _start, ...e }) => e);

  function addEntry(local, exported) {
    if (exported === 'default') {
      problems.push(`${where}: "export default" has no name for Apps Script; use "export function name(…)"`);
      return;
    }
    const fn = functions.get(local);
    if (!fn) {
      problems.push(`${where}: export "${exported}" is not a function declared in the entry (const, class or import?), so it gets no stub; write "export function ${exported}(…) { return impl(…); }"`);
      return;
    }
    if (local !== exported) {
      problems.push(`${where}: "${local}" is exported as "${exported}"; declare "export function ${exported}(…)" instead of renaming`);
      return;
    }
    if (fn.generator) {
      problems.push(`${where}: ${exported} is a generator; Apps Script entry points must be plain functions`);
      return;
    }
    const params = [];
    for (const p of fn.params) {
      const id = p.type === 'AssignmentPattern' ? p.left : p.type === 'RestElement' ? p.argument : p;
      if (id.type !== 'Identifier') {
        problems.push(`${where}: ${exported} has a destructured parameter; name it, so Sheets can show it`);
        return;
      }
      params.push(p.type === 'RestElement' ? `...${id.name}` : id.name);
    }
    const jsdoc = jsdocBefore(ts, exported);
    if (!jsdoc) {
      problems.push(`${where}: ${exported} has no JSDoc right before "export function ${exported}"; every entry point needs one (it is copied onto the stub)`);
    } else if (/@customfunction\b/.test(jsdoc)) {
      const documented = new Set([...jsdoc.matchAll(/@param\s+(?:\{[^}]*\}\s*)?\[?([A-Za-z_$][\w$]*)/g)].map((m) => m[1]));
      const missing = params.map((p) => p.replace(/^\.\.\./, '')).filter((p) => !documented.has(p));
      if (missing.length) problems.push(`${where}: custom function ${exported} has no @param for ${missing.join(', ')}`);
    }
    entryPoints.push({ name: exported, params, jsdoc: jsdoc ?? '', start: fn.start });
  }
}

/** The JSDoc block immediately before `export [async] function NAME`, normalised to start at column 0. */
function jsdocBefore(ts, name) {
  const re = new RegExp(String.raw`(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)[ \t]*\r?\n?[ \t]*export\s+(?:async\s+)?function\s+${name.replace(/\$/g, '\\$')}\s*[(<]`);
  const m = ts.match(re);
  if (!m) return undefined;
  return m[1]
    .split(/\r?\n/)
    .map((line, i) => (i === 0 ? line : line.replace(/^\s*\*/, ' *')))
    .join('\n');
}

function stubFor({ name, params, jsdoc }) {
  const list = params.join(', ');
  return `${jsdoc ? `${jsdoc}\n` : ''}function ${name}(${list}) {\n  return ${NAMESPACE}.${name}(${list});\n}`;
}

/** Names Apps Script can call: not private (trailing "_"), not shadowing a service or builtin. */
export function checkExportNames(names) {
  const problems = [];
  const clash = new Set([...APPS_SCRIPT_GLOBALS, ...JS_GLOBALS, NAMESPACE]);
  const seen = new Set();
  for (const name of names) {
    if (seen.has(name)) problems.push(`export "${name}" is declared twice`);
    seen.add(name);
    if (name.endsWith('_')) {
      problems.push(`export "${name}" ends with "_": Apps Script treats it as private (not callable from menus, triggers or Sheets)`);
    }
    if (clash.has(name)) problems.push(`export "${name}" clashes with the Apps Script/JavaScript global "${name}"`);
  }
  return problems;
}

/** What esbuild pulled in: no Node builtins, no Node-only packages, no GPL packages. */
export function checkGasInputs(metafile, root = ROOT) {
  const problems = [];
  const reported = new Set();
  const once = (key, msg) => {
    if (!reported.has(key)) reported.add(key), problems.push(msg);
  };
  for (const [input, info] of Object.entries(metafile.inputs)) {
    const pkg = packageOf(input);
    if (pkg) {
      if (NODE_ONLY_PACKAGES.includes(pkg)) {
        once(`pkg:${pkg}`, `${pkg} is Node-only and must not be in dist/Code.js (bundled from ${input}); keep it in src/cli`);
      }
      const licence = licenceOf(input, pkg, root);
      if (KNOWN_GPL_PACKAGES.includes(pkg) || isCopyleft(licence)) {
        once(`gpl:${pkg}`, `${pkg} (${licence ?? 'GPL'}) is GPL: bundling it would make dist/Code.js a GPL derivative (bundled from ${input}); use it in tests only`);
      }
    }
    for (const imp of info.imports ?? []) {
      if (!imp.external || isElidedImport(imp)) continue;
      if (NODE_BUILTINS.has(imp.path) || imp.path.startsWith('node:')) {
        once(`builtin:${input}:${imp.path}`, `${input} imports the Node builtin "${imp.path}", which does not exist in Apps Script`);
      } else {
        once(`external:${input}:${imp.path}`, `${input} imports "${imp.path}", which was not bundled (Apps Script has no require)`);
      }
    }
  }
  return problems;
}

/**
 * An import of a project file that TypeScript elides because every name it brings is used only
 * as a type (e.g. `(typeof COLUMNS)[number]`). esbuild lists it in the metafile as external with
 * the path as written; nothing is required at run time. A relative import that is needed is
 * always bundled (or fails to resolve), so it never shows up as external.
 */
function isElidedImport(imp) {
  return imp.external === true && /^\.\.?(\/|$)/.test(imp.path);
}

/** The package a bundled input path belongs to (last node_modules segment), or undefined. */
export function packageOf(input) {
  const parts = input.split(/[\\/]/);
  const i = parts.lastIndexOf('node_modules');
  if (i < 0 || i + 1 >= parts.length) return undefined;
  return parts[i + 1].startsWith('@') ? `${parts[i + 1]}/${parts[i + 2]}` : parts[i + 1];
}

function licenceOf(input, pkg, root) {
  const parts = input.split(/[\\/]/);
  const i = parts.lastIndexOf('node_modules');
  const dir = path.resolve(root, ...parts.slice(0, i + 1), ...pkg.split('/'));
  try {
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const l = json.license ?? json.licenses;
    if (typeof l === 'string') return l;
    if (Array.isArray(l)) return l.map((x) => x.type ?? x).join(' OR ');
    if (l && typeof l === 'object') return l.type;
  } catch {
    // fall through: unknown licence
  }
  return undefined;
}

/** True when every alternative of an SPDX expression is a GPL-family licence (GPL, LGPL, AGPL). */
export function isCopyleft(licence) {
  if (!licence) return false;
  const alternatives = licence.replace(/[()]/g, ' ').split(/\s+OR\s+/i);
  return alternatives.every((alt) => /\b(?:A|L)?GPL\b|\bGPL-/i.test(alt));
}

/** The output must be a classic script Apps Script's V8 accepts: ES2020, no import/export. */
function checkScript(code) {
  try {
    acorn.parse(code, { ecmaVersion: 2020, sourceType: 'script' });
    return [];
  } catch (err) {
    return [`dist/Code.js is not a valid ES2020 script: ${err.message}`];
  }
}

/**
 * Loads the output in a bare vm context (no require/process/Buffer/module) whose Apps Script
 * services record any access: loading must touch none, and every export needs its stub.
 */
function checkLoads(code, stubNames) {
  const problems = [];
  const touched = new Set();
  const context = {};
  for (const name of RECORDED_GLOBALS) {
    const handler = {};
    for (const trap of ['get', 'set', 'has', 'apply', 'construct', 'ownKeys', 'getOwnPropertyDescriptor', 'defineProperty', 'deleteProperty']) {
      handler[trap] = () => {
        touched.add(name);
        throw new Error(`${name} used while loading`);
      };
    }
    context[name] = new Proxy(function service() {}, handler);
  }
  vm.createContext(context);
  try {
    vm.runInContext(code, context, { filename: 'Code.js', timeout: 5000 });
  } catch (err) {
    problems.push(`loading dist/Code.js in a bare context threw: ${err && err.message}`);
  }
  if (touched.size) {
    problems.push(`loading dist/Code.js touched ${[...touched].join(', ')}: top-level code runs on every execution (even in AuthMode.NONE) and must not call a service`);
  }
  const ns = context[NAMESPACE];
  if (problems.length === 0 && (!ns || typeof ns !== 'object')) problems.push(`${NAMESPACE} is not defined after loading`);
  if (problems.length) return problems;
  const exported = Object.keys(ns);
  for (const name of exported.filter((n) => !stubNames.includes(n))) {
    problems.push(`"${name}" is exported by the entry but has no stub (only "export function name(…)" gets one)`);
  }
  for (const name of stubNames) {
    if (typeof context[name] !== 'function') problems.push(`stub ${name} is not a top-level function after loading`);
    if (typeof ns[name] !== 'function') problems.push(`${NAMESPACE}.${name} is not a function`);
  }
  return problems;
}

function readManifest(manifest, root, problems) {
  if (!fs.existsSync(manifest)) {
    problems.push(`${rel(root, manifest)} does not exist`);
    return '';
  }
  const text = fs.readFileSync(manifest, 'utf8');
  try {
    const json = JSON.parse(text);
    if (json.runtimeVersion !== 'V8') problems.push(`${rel(root, manifest)}: runtimeVersion must be "V8"`);
    if (!Array.isArray(json.oauthScopes) || json.oauthScopes.length === 0) {
      problems.push(`${rel(root, manifest)}: list the OAuth scopes explicitly (oauthScopes)`);
    }
  } catch (err) {
    problems.push(`${rel(root, manifest)} is not valid JSON: ${err.message}`);
  }
  return text;
}

// ---------------------------------------------------------------------------------------------
// Node CLI

async function buildCli({ root, entry, outFile, metaDir, packageJson, log }) {
  if (!fs.existsSync(entry)) throw new BuildError('CLI', [`entry ${rel(root, entry)} does not exist`]);
  const problems = [];
  let res;
  try {
    res = await esbuild({
      absWorkingDir: root,
      entryPoints: [entry],
      outfile: outFile,
      bundle: true,
      write: false,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      packages: 'external',
      charset: 'utf8',
      metafile: true,
      loader: TEXT_LOADERS,
      banner: { js: '#!/usr/bin/env node' },
      logLevel: 'silent',
    });
  } catch (err) {
    throw new BuildError('CLI', esbuildMessages(err));
  }
  reportWarnings(res.warnings, log, problems);
  problems.push(...checkCliImports(res.metafile, packageJson, root));
  if (problems.length) throw new BuildError('CLI', problems);

  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.mkdirSync(metaDir, { recursive: true });
  fs.writeFileSync(outFile, res.outputFiles[0].text);
  fs.chmodSync(outFile, 0o755);
  const metafile = path.join(metaDir, 'cli-metafile.json');
  fs.writeFileSync(metafile, JSON.stringify(res.metafile, null, 2));
  log(`✓ ${rel(root, outFile)} (${(res.outputFiles[0].contents.byteLength / 1024).toFixed(1)} KB)`);
  return { outFile, metafile };
}

/** The CLI's external packages must be runtime dependencies (the bin runs without devDependencies), never GPL. */
export function checkCliImports(metafile, packageJson, root = ROOT) {
  const problems = [];
  const pkg = JSON.parse(fs.readFileSync(packageJson, 'utf8'));
  const runtime = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.optionalDependencies ?? {})]);
  const reported = new Set();
  for (const [input, info] of Object.entries(metafile.inputs)) {
    for (const imp of info.imports ?? []) {
      if (!imp.external || isElidedImport(imp) || NODE_BUILTINS.has(imp.path) || imp.path.startsWith('node:')) continue;
      const name = imp.path.startsWith('@') ? imp.path.split('/').slice(0, 2).join('/') : imp.path.split('/')[0];
      if (reported.has(name)) continue;
      if (KNOWN_GPL_PACKAGES.includes(name) || isCopyleft(licenceOf(`node_modules/${name}/x`, name, root))) {
        reported.add(name);
        problems.push(`${input} imports ${name}, a GPL package: the CLI is handed out, keep ${name} in tests only`);
      } else if (!runtime.has(name)) {
        reported.add(name);
        problems.push(`${input} imports ${name}, which is not in package.json "dependencies" (users of the bin do not get devDependencies)`);
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// helpers

function guardOutDir(root, outDir) {
  const r = path.relative(outDir, root);
  if (outDir === root || !r.startsWith('..')) {
    throw new BuildError('Apps Script', [`refusing to use ${outDir} as outDir: it contains the project`]);
  }
}

function reportWarnings(warnings, log, problems) {
  for (const w of warnings) {
    const where = w.location ? `${w.location.file}:${w.location.line}: ` : '';
    // import.meta is empty in iife/cjs output: code relying on it would silently break.
    if (w.id === 'empty-import-meta') problems.push(`${where}${w.text}`);
    else log(`⚠ ${where}${w.text}`);
  }
}

function esbuildMessages(err) {
  if (err && Array.isArray(err.errors) && err.errors.length) {
    return err.errors.map((e) => (e.location ? `${e.location.file}:${e.location.line}:${e.location.column}: ${e.text}` : e.text));
  }
  return [String(err && err.message ? err.message : err)];
}

function rel(root, p) {
  return path.relative(root, p) || '.';
}

// ---------------------------------------------------------------------------------------------
// command line

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => !['--gas-only', '--cli-only', '--quiet'].includes(a));
  if (unknown.length) {
    console.error(`Unknown option(s): ${unknown.join(' ')}\nUsage: node scripts/build.mjs [--gas-only | --cli-only] [--quiet]`);
    process.exit(2);
  }
  try {
    await build({ gas: !args.includes('--cli-only'), cli: !args.includes('--gas-only'), quiet: args.includes('--quiet') });
  } catch (err) {
    console.error(err instanceof BuildError ? err.message : err);
    process.exit(1);
  }
}

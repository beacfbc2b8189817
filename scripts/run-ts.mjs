#!/usr/bin/env node
/**
 * Runs a TypeScript entry without another dependency:
 *
 *     node scripts/run-ts.mjs <entry.ts> [args…]
 *
 * Bundles the entry with esbuild (platform node, packages external, esm) into a temporary file
 * under node_modules/.cache/run-ts/ (so external packages resolve from the project), then imports
 * it with process.argv = [node, <entry.ts>, args…]. No type checking: run `npm run typecheck`.
 * Each bundled file sees its own `import.meta.url` / `dirname` / `filename`, as if run unbundled.
 */
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [entryArg, ...args] = process.argv.slice(2);
if (!entryArg || entryArg === '--help' || entryArg === '-h') {
  console.error('Usage: node scripts/run-ts.mjs <entry.ts> [args…]');
  process.exit(entryArg ? 0 : 2);
}
const entry = path.resolve(entryArg);
if (!fs.existsSync(entry)) {
  console.error(`run-ts: ${entryArg} does not exist`);
  process.exit(2);
}

/** Replaces import.meta.url/dirname/filename in each project file with that file's own values. */
const ownImportMeta = {
  name: 'own-import-meta',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = await fs.promises.readFile(args.path, 'utf8');
      if (!source.includes('import.meta')) return undefined;
      const contents = source
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
        .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path));
      const ext = path.extname(args.path).slice(1).replace(/^[cm]/, '');
      return { contents, loader: ext, resolveDir: path.dirname(args.path) };
    });
  },
};

const cacheDir = path.join(ROOT, 'node_modules', '.cache', 'run-ts');
fs.mkdirSync(cacheDir, { recursive: true });
const outfile = path.join(
  cacheDir,
  `${path.basename(entry).replace(/\.[^.]+$/, '')}-${process.pid}-${Date.now().toString(36)}.mjs`,
);

try {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    charset: 'utf8',
    sourcemap: 'inline',
    loader: { '.html': 'text', '.txt': 'text' },
    plugins: [ownImportMeta],
    logLevel: 'warning',
  });
} catch {
  // esbuild has already printed the errors.
  process.exit(1);
}

process.on('exit', () => fs.rmSync(outfile, { force: true }));
process.setSourceMapsEnabled?.(true);
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(outfile).href);

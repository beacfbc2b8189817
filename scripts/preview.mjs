#!/usr/bin/env node
/**
 * `npm run preview [-- <file.docx> | --tong-hop]`: looks at a report as a person would. Converts the
 * .docx to PDF with headless LibreOffice and each page to PNG with poppler (reference/stack.md §3).
 * Without a file it first writes the sample report (Quý III/2026), the sample's self-assessment
 * documents (QĐ 4725: phiếu and báo cáo, scripts/previewSelfAssessment.ts) and the sample
 * consolidated report of a Sở (300 generated schools, scripts/previewRollup.ts) under
 * out/preview/, and converts each; with --tong-hop only the consolidated one.
 *
 * Needs (Debian): libreoffice-writer-nogui poppler-utils fonts-liberation2 (the last one for
 * Vietnamese letters in Liberation Serif, the Times New Roman metric twin). When they are not
 * installed it says so and exits 0: the .docx is still written.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'out', 'preview');

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function newestDocx(dir) {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.docx')).map((f) => path.join(dir, f));
  files.sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  return files[0];
}

const arg = process.argv[2];
const docxs = arg && arg !== '--tong-hop' ? [path.resolve(arg)] : [];

/** Runs a preview script that writes .docx files under OUT and prints their paths, one per line. */
function written(script) {
  const out = execFileSync(process.execPath, [path.join(ROOT, 'scripts/run-ts.mjs'), path.join(ROOT, script), OUT], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return out.split('\n').map((l) => l.trim()).filter(Boolean);
}

if (docxs.length === 0) {
  fs.mkdirSync(OUT, { recursive: true });
  for (const f of fs.readdirSync(OUT)) fs.rmSync(path.join(OUT, f), { force: true });
  if (arg !== '--tong-hop') {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/run-ts.mjs'), path.join(ROOT, 'src/cli/main.ts'), 'start', '--out', OUT], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    docxs.push(newestDocx(OUT));
    docxs.push(...written('scripts/previewSelfAssessment.ts'));
  }
  docxs.push(...written('scripts/previewRollup.ts'));
}
for (const docx of docxs) {
  if (!docx || !fs.existsSync(docx)) {
    console.error(`Không tìm thấy tệp .docx: ${arg ?? OUT}`);
    process.exit(1);
  }
}

const missing = ['soffice', 'pdftoppm'].filter((c) => !has(c));
if (missing.length > 0) {
  for (const docx of docxs) console.log(`Báo cáo: ${path.relative(process.cwd(), docx)}`);
  console.log(
    `Chưa cài ${missing.join(', ')}: không chuyển được sang PDF/PNG. Cài bằng:\n` +
      '  apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-liberation2',
  );
  process.exit(0);
}

function convert(docx) {
  console.log(`Báo cáo: ${path.relative(process.cwd(), docx)}`);
  const dir = path.dirname(docx);
  const stem = path.basename(docx, '.docx');
  // A throw-away profile: LibreOffice refuses to run twice on one profile, and leaves state behind.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-preview-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, docx], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, HOME: profile },
      timeout: 120_000,
    });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const pdf = path.join(dir, `${stem}.pdf`);
  for (const f of fs.readdirSync(dir)) if (f.startsWith(`${stem}-trang-`) && f.endsWith('.png')) fs.rmSync(path.join(dir, f));
  execFileSync('pdftoppm', ['-r', process.env.PREVIEW_DPI ?? '80', '-png', pdf, path.join(dir, `${stem}-trang`)]);
  const pages = fs.readdirSync(dir).filter((f) => f.startsWith(`${stem}-trang`) && f.endsWith('.png')).sort();
  console.log(`PDF: ${path.relative(process.cwd(), pdf)}`);
  if (has('pdfinfo')) {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    console.log(info.split('\n').filter((l) => /^(Pages|Page size):/.test(l)).join('\n'));
  }
  if (has('pdffonts')) {
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).map((l) => l.split(/\s+/)[0]).filter(Boolean);
    console.log(`Phông chữ: ${[...new Set(fonts)].join(', ')}`);
  }
  console.log(`Ảnh từng trang (${pages.length}):\n${pages.map((p) => `  ${path.relative(process.cwd(), path.join(dir, p))}`).join('\n')}`);
}

for (const docx of docxs) convert(docx);

/**
 * Writing a user's file without ever replacing one: the file is created with the `wx` flag, so
 * the check and the write are one step (no window in which another file could appear and be
 * overwritten). Every command that writes a file the user keeps (the template, the reports) goes
 * through here.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Creates `file` with `data` (and its folder); false, touching nothing, when the file is already there. */
export function createNewFile(file: string, data: Uint8Array): boolean {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  try {
    fs.writeFileSync(file, data, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Creates `<dir>/<stem><ext>`, or `<stem>-2<ext>`, `<stem>-3<ext>`, … when taken; returns the path written. */
export function createNumberedFile(dir: string, stem: string, ext: string, data: Uint8Array): string {
  for (let n = 1; ; n++) {
    const file = path.join(dir, `${stem}${n === 1 ? '' : `-${n}`}${ext}`);
    if (createNewFile(file, data)) return file;
  }
}

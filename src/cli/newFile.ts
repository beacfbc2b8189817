/**
 * Writing a user's file without ever replacing one: the file is created with the `wx` flag, so
 * the check and the write are one step (no window in which another file could appear and be
 * overwritten). Every command that writes a file the user keeps (the template, the reports) goes
 * through here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileErrorSentence, isFileSystemError } from './fileErrorText';

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

/**
 * A command's output file (update, import, snapshot, rollup): `out` when given and free, else
 * `<dir>/<stem><ext>` numbered when taken. Undefined, after telling the user through `error` (a
 * Vietnamese sentence), when `out` is taken or the disk refuses the write.
 */
export function writeNewOutput(
  data: Uint8Array,
  target: { readonly dir: string; readonly stem: string; readonly ext: string; readonly out: string | undefined },
  error: (message: string) => void,
): string | undefined {
  const { dir, stem, ext, out } = target;
  try {
    if (out === undefined) return createNumberedFile(dir, stem, ext, data);
    if (createNewFile(out, data)) return out;
    error(`Tệp «${out}» đã có. Không ghi đè: hãy chọn tên khác hoặc tự xoá tệp cũ.`);
    return undefined;
  } catch (e) {
    if (!isFileSystemError(e)) throw e;
    error(fileErrorSentence(e, out));
    return undefined;
  }
}

/** The folder a file derived from `source` goes to by default: `source`'s own. */
export function folderOf(source: string): string {
  return path.dirname(path.resolve(source));
}

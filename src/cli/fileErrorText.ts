/**
 * What went wrong with a file or folder, as a Vietnamese sentence naming it: the file-system
 * errors Node raises (EACCES, ENOENT, ENOSPC, …) are shown to school staff this way, never as
 * "Error: EACCES: permission denied" and a stack trace.
 */
import fs from 'node:fs';
import path from 'node:path';

export type FileAction = 'read' | 'write' | 'createFolder';

/** A Node file-system error: one with a string `code` such as 'EACCES'. */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && /^E[A-Z0-9]+$/.test((error as NodeJS.ErrnoException).code!);
}

/** The nearest part of `target`'s path that exists but is a file, where a folder was needed. */
function fileInTheWay(target: string): string | undefined {
  const parts = path.resolve(target).split(path.sep);
  for (let i = 2; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join(path.sep) || path.sep;
    try {
      if (!fs.statSync(prefix).isDirectory()) return prefix;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function actionOf(error: NodeJS.ErrnoException): FileAction {
  if (error.syscall === 'mkdir') return 'createFolder';
  if (error.syscall === 'read' || error.syscall === 'scandir' || error.syscall === 'stat') return 'read';
  return 'write';
}

const OPENINGS: Record<FileAction, string> = {
  read: 'Không đọc được',
  write: 'Không ghi được',
  createFolder: 'Không tạo được thư mục',
};

/**
 * Why the file-system call failed, as the end of a Vietnamese sentence: "không có quyền ghi vào
 * thư mục «/sys». Hãy chọn …". `target` names the file when the error does not (a read error has
 * no path); `action` defaults to what the failing system call did.
 */
export function fileErrorReason(error: NodeJS.ErrnoException, target?: string, action: FileAction = actionOf(error)): string {
  const file = target ?? error.path ?? '';
  const folder = path.dirname(path.resolve(file));
  switch (error.code) {
    case 'EACCES':
    case 'EPERM':
      return action === 'read'
        ? 'không có quyền đọc tệp này.'
        : `không có quyền ghi vào thư mục «${folder}». Hãy chọn thư mục khác hoặc xin quyền ghi.`;
    case 'ENOENT':
      return action === 'read' ? 'không có tệp này.' : `không có thư mục «${folder}».`;
    case 'ENOTDIR':
    case 'EEXIST': {
      const blocker = fileInTheWay(file);
      if (blocker) return `«${blocker}» là một tệp, không phải thư mục.`;
      return error.code === 'EEXIST' ? 'đã có tệp hoặc thư mục cùng tên.' : 'một phần của đường dẫn không phải thư mục.';
    }
    case 'EISDIR':
      return 'đây là một thư mục, không phải tệp.';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'ổ đĩa đã đầy. Hãy giải phóng chỗ trống rồi chạy lại.';
    case 'EROFS':
      return 'ổ đĩa này chỉ cho đọc, không cho ghi. Hãy chọn thư mục khác.';
    case 'ENAMETOOLONG':
      return 'tên tệp hoặc đường dẫn quá dài.';
    case 'EMFILE':
    case 'ENFILE':
      return 'máy đang mở quá nhiều tệp cùng lúc. Hãy thử lại sau.';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'tệp đang bị một chương trình khác giữ. Hãy đóng chương trình đó rồi thử lại.';
    case 'EIO':
      return 'lỗi đọc/ghi của ổ đĩa hoặc thiết bị.';
    default:
      return 'hệ điều hành báo lỗi khi truy cập tệp.';
  }
}

/** "Không ghi được «/sys/ke-hoach.xlsx»: không có quyền ghi vào thư mục «/sys». …" */
export function fileErrorSentence(error: NodeJS.ErrnoException, target?: string, action: FileAction = actionOf(error)): string {
  return `${OPENINGS[action]} «${target ?? error.path ?? ''}»: ${fileErrorReason(error, target, action)}`;
}

/**
 * Entry point of the `cds-tracker` command (bundled to build/cli.cjs). The last line of defence:
 * whatever a command did not handle is told to the user as a Vietnamese sentence, a file-system
 * error naming its path, anything else as a generic one; never a stack trace. CDS_DEBUG=1 prints
 * the details too, for a developer.
 */
import { runCommand } from './commands';
import { fileErrorSentence, isFileSystemError } from './fileErrorText';

runCommand(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(
      isFileSystemError(error)
        ? fileErrorSentence(error)
        : 'Đã xảy ra lỗi không mong đợi, lệnh dừng lại. Hãy chạy lại; nếu vẫn lỗi, xin báo cho người phát triển kèm lệnh đã chạy (đặt CDS_DEBUG=1 để xem chi tiết kỹ thuật).',
    );
    if (process.env.CDS_DEBUG === '1') console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  },
);

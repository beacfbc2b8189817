/** Entry point of the `cds-tracker` command (bundled to build/cli.cjs). */
import { runCommand } from './commands';

runCommand(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`Lỗi không mong đợi: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 2;
  },
);

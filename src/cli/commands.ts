/**
 * The commands of the offline command line `cds-tracker <lệnh>`. A thin shell: each command
 * reads its arguments, calls the core and prints Vietnamese text. One row per command in
 * COMMANDS; each command lives in its own module under src/cli/.
 */
import { reportCommand } from './report';
import { remindCommand } from './remind';
import { checkCommand } from './check';
import { startCommand } from './start';
import { templateCommand } from './template';

export interface Command {
  readonly name: string;
  /** One line for the usage text, e.g. "report <tệp.xlsx> [--ky quy-3-2026]   Tạo báo cáo …". */
  readonly usage: string;
  readonly run: (args: readonly string[]) => Promise<number> | number;
}

const COMMANDS: readonly Command[] = [
  startCommand,
  templateCommand,
  checkCommand,
  reportCommand,
  remindCommand,
];

export function usageText(): string {
  const entries = [...COMMANDS.map((c) => c.usage), 'help  In hướng dẫn này'];
  return [
    'Cách dùng: cds-tracker <lệnh> [tham số]',
    '',
    'Lệnh:',
    ...entries.flatMap((usage) => {
      const [synopsis = '', ...description] = usage.split('  ');
      return [`  ${synopsis}`, `      ${description.join('  ').trim()}`];
    }),
  ].join('\n');
}

export async function runCommand(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    console.log(usageText());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`Lệnh không hợp lệ: «${name}».\n\n${usageText()}`);
    return 1;
  }
  return command.run(args);
}

/**
 * The commands of the offline command line `cds-tracker <lệnh>`. A thin shell: each command
 * declares its file names and options (commandArgs.ts), reads them strictly, calls the core and
 * prints Vietnamese text. One row per command in COMMANDS; each command lives in its own module
 * under src/cli/.
 */
import { type CommandDeclaration, commandSynopsis, USAGE_EXIT } from './commandArgs';
import { checkCommand } from './check';
import { dtiCommand } from './dti';
import { importCommand } from './import';
import { remindCommand } from './remind';
import { reportCommand } from './report';
import { rollupCommand } from './rollup';
import { snapshotCommand } from './snapshot';
import { startCommand } from './start';
import { templateCommand } from './template';
import { updateCommand } from './update';

export interface Command {
  /** Its name, file names and options: the parser and the usage text both read this. */
  readonly declaration: CommandDeclaration;
  readonly run: (args: readonly string[]) => Promise<number> | number;
}

const COMMANDS: readonly Command[] = [startCommand, templateCommand, importCommand, updateCommand, checkCommand, reportCommand, dtiCommand, remindCommand, snapshotCommand, rollupCommand];

export function usageText(): string {
  return [
    'Cách dùng: cds-tracker <lệnh> [tham số]',
    '',
    'Lệnh:',
    ...COMMANDS.flatMap(({ declaration }) => [`  ${commandSynopsis(declaration)}`, `      ${declaration.summary}`]),
    '  help',
    '      In hướng dẫn này; «cds-tracker <lệnh> --help» in hướng dẫn của một lệnh',
  ].join('\n');
}

export async function runCommand(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    console.log(usageText());
    return 0;
  }
  const command = COMMANDS.find((c) => c.declaration.name === name);
  if (!command) {
    console.error(`Lệnh không hợp lệ: «${name}».\n\n${usageText()}`);
    return USAGE_EXIT;
  }
  return command.run(args);
}

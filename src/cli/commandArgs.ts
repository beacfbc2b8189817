/**
 * The command line of one command, read strictly (node:util parseArgs, strict mode): each command
 * declares its file names and options once, in a table that gives both the parser its options and
 * the usage text its lines. An option the command does not declare, a missing value, a value given
 * to a switch, or a missing or extra file name is refused with a Vietnamese sentence (exit code
 * USAGE_EXIT), never ignored: `remind … --dry-rn` must not send mail.
 */
import { parseArgs } from 'node:util';

/** Exit code of a command called the wrong way (also of an unknown command). */
export const USAGE_EXIT = 2;

export interface OptionDeclaration {
  /** Without the dashes: 'out' is --out. */
  readonly name: string;
  /** 'string' takes a value (--out thư-mục or --out=thư-mục); 'boolean' is a switch. */
  readonly type: 'string' | 'boolean';
  /** How the value is written in the usage, e.g. '<thư mục>', 'YYYY-MM-DD'. */
  readonly value?: string;
  /** One line in Vietnamese. */
  readonly help: string;
  /** Left out of the usage (an old spelling still accepted). */
  readonly hidden?: boolean;
}

export interface CommandDeclaration {
  readonly name: string;
  /** One line in Vietnamese: what the command does. */
  readonly summary: string;
  /** The file names it takes, in order, all required, as the usage writes them: ['<tệp.xlsx>']. */
  readonly positionals: readonly string[];
  readonly options: readonly OptionDeclaration[];
}

/** Every command also answers --help / -h with its usage. */
const HELP: OptionDeclaration = { name: 'help', type: 'boolean', help: 'In hướng dẫn của lệnh này' };

export interface CommandArgs {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
}

export type ArgsReading =
  | { readonly kind: 'args'; readonly args: CommandArgs }
  | { readonly kind: 'help' }
  | { readonly kind: 'wrong'; readonly problem: string };

/** The value of a string option, undefined when not given. */
export function optionText(args: CommandArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** Whether a switch was given. */
export function optionFlag(args: CommandArgs, name: string): boolean {
  return args.values[name] === true;
}

function optionUsage(o: OptionDeclaration): string {
  return o.type === 'string' ? `--${o.name} ${o.value ?? '<giá trị>'}` : `--${o.name}`;
}

/** "report <tệp.xlsx> [--ky quy-3-2026|6-thang-2026|nam-2026] [--out <thư mục>]" */
export function commandSynopsis(command: CommandDeclaration): string {
  const options = command.options.filter((o) => !o.hidden).map((o) => `[${optionUsage(o)}]`);
  return [command.name, ...command.positionals, ...options].join(' ');
}

/** The usage of one command: its synopsis, what it does, one line per option. */
export function commandHelp(command: CommandDeclaration): string {
  const options = [...command.options.filter((o) => !o.hidden), HELP];
  const width = Math.max(...options.map((o) => optionUsage(o).length));
  return [
    `Cách dùng: cds-tracker ${commandSynopsis(command)}`,
    '',
    command.summary,
    '',
    'Tùy chọn:',
    ...options.map((o) => `  ${optionUsage(o).padEnd(width)}  ${o.name === 'help' ? `${o.help} (hoặc -h)` : o.help}`),
  ].join('\n');
}

/** Levenshtein distance, for "did you mean" (option names are short). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

function unknownOption(command: CommandDeclaration, rawName: string): string {
  const name = rawName.replace(/^-+/, '');
  const near = command.options.filter((o) => !o.hidden && distance(o.name, name) <= 2).sort((a, b) => distance(a.name, name) - distance(b.name, name))[0];
  return `Lệnh ${command.name} không có tùy chọn «${rawName}».${near ? ` Có phải ý bạn là «--${near.name}»?` : ''}`;
}

/** The first thing wrong with `argv`, read leniently token by token, in Vietnamese. */
function problemOf(command: CommandDeclaration, argv: readonly string[]): string | undefined {
  const declared = new Map([...command.options, HELP].map((o) => [o.name, o]));
  const { tokens } = parseArgs({ args: [...argv], options: parserOptions(command), strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = declared.get(token.name);
    if (!option) return unknownOption(command, token.rawName);
    if (option.type === 'boolean' && token.value !== undefined) {
      return `Tùy chọn «${token.rawName}» không nhận giá trị (viết «${token.rawName}», không viết «${token.rawName}=${token.value}»).`;
    }
    if (option.type === 'string' && (token.value === undefined || token.value === '' || (!token.inlineValue && token.value.startsWith('-')))) {
      const after = token.value ? ` («${token.value}» không phải giá trị; nếu giá trị bắt đầu bằng dấu -, viết ${token.rawName}=${token.value})` : '';
      return `Tùy chọn «${token.rawName}» cần một giá trị: ${optionUsage(option)}${after}.`;
    }
  }
  return undefined;
}

function parserOptions(command: CommandDeclaration): Record<string, { type: 'string' | 'boolean'; short?: string }> {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const o of command.options) options[o.name] = { type: o.type };
  return options;
}

/** The command's file names and options, --help, or what is wrong with them. */
export function readCommandArgs(command: CommandDeclaration, argv: readonly string[]): ArgsReading {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options: parserOptions(command), strict: true, allowPositionals: true });
  } catch {
    // parseArgs explains in English; the same arguments read leniently say what was wrong.
    return { kind: 'wrong', problem: problemOf(command, argv) ?? `Tham số của lệnh ${command.name} không hợp lệ: ${argv.map((a) => `«${a}»`).join(' ')}.` };
  }
  const problem = problemOf(command, argv);
  if (problem) return { kind: 'wrong', problem };
  if (parsed.values.help === true) return { kind: 'help' };
  const { positionals } = parsed;
  const missing = command.positionals.slice(positionals.length);
  if (missing.length > 0) return { kind: 'wrong', problem: `Thiếu ${missing.join(', ')}.` };
  const extra = positionals.slice(command.positionals.length);
  if (extra.length > 0) {
    return {
      kind: 'wrong',
      problem: `Thừa tham số ${extra.map((a) => `«${a}»`).join(', ')}: lệnh ${command.name} nhận ${command.positionals.length === 0 ? 'không tên tệp nào' : command.positionals.join(', ')}.`,
    };
  }
  // No option is declared `multiple`, so no value is an array.
  return { kind: 'args', args: { positionals, values: parsed.values as CommandArgs['values'] } };
}

/**
 * The arguments, or the exit code once the command's usage (for --help, exit 0) or what is wrong
 * with them and the synopsis (exit USAGE_EXIT) is printed.
 */
export function commandArgsOrExit(
  command: CommandDeclaration,
  argv: readonly string[],
  out: (text: string) => void,
  err: (text: string) => void,
): CommandArgs | number {
  const reading = readCommandArgs(command, argv);
  if (reading.kind === 'args') return reading.args;
  if (reading.kind === 'help') {
    out(commandHelp(command));
    return 0;
  }
  err(`${reading.problem}\nCách dùng: cds-tracker ${commandSynopsis(command)}  (xem thêm: cds-tracker ${command.name} --help)`);
  return USAGE_EXIT;
}

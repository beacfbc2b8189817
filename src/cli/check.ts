/** `cds-tracker check <tệp.xlsx>`: the data check (Kiểm tra dữ liệu) of an .xlsx, one line per problem. */
import { checkData, checkText } from '../sheet/dataCheck';
import { readWorkbook } from '../sheet/workbook';
import { type CommandDeclaration, commandArgsOrExit } from './commandArgs';
import type { Command } from './commands';
import { DEFAULT_XLSX_COMMAND_DEPS, readTabsOrSay, type XlsxCommandDeps } from './xlsx';

export const CHECK_DECLARATION: CommandDeclaration = {
  name: 'check',
  summary: 'Kiểm tra dữ liệu của bảng theo dõi (.xlsx) và liệt kê từng ô cần sửa',
  positionals: ['<tệp.xlsx>'],
  options: [],
};

/** Exit code 0 when the data is clean, 3 when there are problems to fix, 1 when the file cannot be read, 2 for a wrong call. */
export async function runCheck(argv: readonly string[], deps: XlsxCommandDeps = DEFAULT_XLSX_COMMAND_DEPS): Promise<number> {
  const args = commandArgsOrExit(CHECK_DECLARATION, argv, deps.log, deps.error);
  if (typeof args === 'number') return args;
  const [file] = args.positionals as [string];
  const tabs = await readTabsOrSay(file, deps.readTabs, deps.error);
  if (!tabs) return 1;
  const today = deps.today();
  const problems = checkData(readWorkbook(tabs, { fallbackYear: today.year }), today);
  deps.log(`Kiểm tra dữ liệu: ${file}`);
  deps.log(checkText(problems));
  return problems.length ? 3 : 0;
}

export const checkCommand: Command = {
  declaration: CHECK_DECLARATION,
  run: (args) => runCheck(args),
};

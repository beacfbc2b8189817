/** `cds-tracker check <tệp.xlsx>`: the data check (Kiểm tra dữ liệu) of an .xlsx, one line per problem. */
import { checkData, checkText } from '../sheet/dataCheck';
import { readWorkbook } from '../sheet/workbook';
import type { Command } from './commands';
import { positionalArgs } from './optionArgs';
import { DEFAULT_XLSX_COMMAND_DEPS, readTabsOrSay, type XlsxCommandDeps } from './xlsx';

/** Exit code 0 when the data is clean, 3 when there are problems to fix, 1 for a bad call. */
export async function runCheck(args: readonly string[], deps: XlsxCommandDeps = DEFAULT_XLSX_COMMAND_DEPS): Promise<number> {
  const [file] = positionalArgs(args, []);
  if (!file) {
    deps.error('Thiếu tên tệp. Ví dụ: cds-tracker check ke-hoach.xlsx');
    return 1;
  }
  const tabs = await readTabsOrSay(file, deps.readTabs, deps.error);
  if (!tabs) return 1;
  const today = deps.today();
  const problems = checkData(readWorkbook(tabs, { fallbackYear: today.year }), today);
  deps.log(`Kiểm tra dữ liệu: ${file}`);
  deps.log(checkText(problems));
  return problems.length ? 3 : 0;
}

export const checkCommand: Command = {
  name: 'check',
  usage: 'check <tệp.xlsx>  Kiểm tra dữ liệu của bảng theo dõi (.xlsx) và liệt kê từng ô cần sửa',
  run: (args) => runCheck(args),
};

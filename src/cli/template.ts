/** `cds-tracker template <tệp.xlsx> [--trong]`: writes the workbook as an .xlsx, with the sample plan unless --trong. */
import { formatDdMmYyyy } from '../core/date';
import { SAMPLE_AS_OF, samplePlan } from '../sample/anLao2026';
import { type CommandDeclaration, commandArgsOrExit, optionFlag, USAGE_EXIT } from './commandArgs';
import type { Command } from './commands';
import { fileErrorSentence, isFileSystemError } from './fileErrorText';
import { createNewFile } from './newFile';
import { templateXlsx } from './xlsxTemplate';

export const TEMPLATE_DECLARATION: CommandDeclaration = {
  name: 'template',
  summary: 'Tạo bảng theo dõi dạng .xlsx (mặc định có kế hoạch mẫu An Lão 2026; --trong: bảng trống)',
  positionals: ['<tệp.xlsx>'],
  options: [
    { name: 'trong', type: 'boolean', help: 'Bảng trống, không có kế hoạch mẫu' },
    { name: 'blank', type: 'boolean', help: 'Như --trong', hidden: true },
  ],
};

async function runTemplate(argv: readonly string[]): Promise<number> {
  const args = commandArgsOrExit(TEMPLATE_DECLARATION, argv, console.log, console.error);
  if (typeof args === 'number') return args;
  const [file] = args.positionals as [string];
  const blank = optionFlag(args, 'trong') || optionFlag(args, 'blank');
  if (!file.toLowerCase().endsWith('.xlsx')) {
    console.error(`Tên tệp phải có đuôi .xlsx: «${file}».`);
    return USAGE_EXIT;
  }
  const data = await templateXlsx(blank ? undefined : samplePlan(), SAMPLE_AS_OF);
  let created: boolean;
  try {
    created = createNewFile(file, data);
  } catch (error) {
    if (!isFileSystemError(error)) throw error;
    console.error(fileErrorSentence(error, error.syscall === 'mkdir' ? undefined : file));
    return 1;
  }
  if (!created) {
    console.error(`Tệp «${file}» đã có. Không ghi đè: hãy chọn tên khác hoặc tự xoá tệp cũ.`);
    return 1;
  }
  console.log(
    blank
      ? `Đã tạo bảng theo dõi trống: ${file}`
      : `Đã tạo bảng theo dõi với kế hoạch mẫu Trường THPT An Lão 2026 (số liệu minh họa, tính đến ngày ${formatDdMmYyyy(SAMPLE_AS_OF)}): ${file}`,
  );
  return 0;
}

export const templateCommand: Command = {
  declaration: TEMPLATE_DECLARATION,
  run: runTemplate,
};

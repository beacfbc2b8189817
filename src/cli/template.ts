/** `cds-tracker template <tệp.xlsx> [--trong]`: writes the workbook as an .xlsx, with the sample plan unless --trong. */
import { formatDdMmYyyy } from '../core/date';
import { SAMPLE_AS_OF, samplePlan } from '../sample/anLao2026';
import type { Command } from './commands';
import { createNewFile } from './newFile';
import { positionalArgs } from './optionArgs';
import { templateXlsx } from './xlsxTemplate';

export const templateCommand: Command = {
  name: 'template',
  usage: 'template <tệp.xlsx> [--trong]  Tạo bảng theo dõi dạng .xlsx (mặc định có kế hoạch mẫu An Lão 2026; --trong: bảng trống)',
  run: async (args) => {
    const blank = args.includes('--trong') || args.includes('--blank');
    const [file] = positionalArgs(args, []);
    if (!file) {
      console.error('Thiếu tên tệp. Ví dụ: cds-tracker template ke-hoach.xlsx');
      return 1;
    }
    if (!file.toLowerCase().endsWith('.xlsx')) {
      console.error(`Tên tệp phải có đuôi .xlsx: «${file}».`);
      return 1;
    }
    const data = await templateXlsx(blank ? undefined : samplePlan(), SAMPLE_AS_OF);
    if (!createNewFile(file, data)) {
      console.error(`Tệp «${file}» đã có. Không ghi đè: hãy chọn tên khác hoặc tự xoá tệp cũ.`);
      return 1;
    }
    console.log(
      blank
        ? `Đã tạo bảng theo dõi trống: ${file}`
        : `Đã tạo bảng theo dõi với kế hoạch mẫu Trường THPT An Lão 2026 (số liệu minh họa, tính đến ngày ${formatDdMmYyyy(SAMPLE_AS_OF)}): ${file}`,
    );
    return 0;
  },
};

/**
 * `cds-tracker start` (what `npm start` runs): the embedded sample plan, evaluated and summarised,
 * and its report for Quý III/2026 written as .docx under out/ (or `--out <dir>`).
 */
import path from 'node:path';
import { evaluatePlan } from '../core/evaluation';
import { planSummaryText } from '../core/summaryText';
import { SAMPLE_AS_OF, samplePlan } from '../sample/anLao2026';
import type { Command } from './commands';
import { optionValue } from './optionArgs';
import { writeReport } from './reportFile';

const SAMPLE_PERIOD = { kind: 'quarter', year: 2026, quarter: 3 } as const;

export const startCommand: Command = {
  name: 'start',
  usage: 'start [--out <thư mục>]  Đánh giá kế hoạch mẫu (Trường THPT An Lão 2026, số liệu minh họa), in kết quả và tạo báo cáo quý III/2026 (.docx)',
  run: async (args) => {
    const plan = samplePlan();
    console.log(planSummaryText(plan.settings.schoolName, evaluatePlan(plan, SAMPLE_AS_OF)));
    console.log('\n(Số liệu kết quả và tiến độ trong kế hoạch mẫu là minh họa, không phải số liệu thật.)');
    const outDir = optionValue(args, '--out') ?? 'out';
    const written = await writeReport(plan, SAMPLE_PERIOD, SAMPLE_AS_OF, outDir);
    console.log(`\nĐã tạo báo cáo «${written.name}»: ${path.relative(process.cwd(), written.file) || written.file}`);
    return 0;
  },
};

/**
 * `cds-tracker start` (what `npm start` runs): the embedded sample plan, evaluated and summarised,
 * and its report for Quý III/2026 written as .docx under out/ (or `--out <dir>`).
 */
import path from 'node:path';
import { evaluatePlan } from '../core/evaluation';
import { planReading } from '../core/reading';
import { planSummaryText } from '../core/summaryText';
import { SAMPLE_AS_OF, samplePlan } from '../sample/anLao2026';
import { type CommandDeclaration, commandArgsOrExit, optionText } from './commandArgs';
import type { Command } from './commands';
import { writeReportOrSay } from './reportFile';

const SAMPLE_PERIOD = { kind: 'quarter', year: 2026, quarter: 3 } as const;

export const START_DECLARATION: CommandDeclaration = {
  name: 'start',
  summary: 'Đánh giá kế hoạch mẫu (Trường THPT An Lão 2026, số liệu minh họa), in kết quả và tạo báo cáo quý III/2026 (.docx)',
  positionals: [],
  options: [{ name: 'out', type: 'string', value: '<thư mục>', help: 'Thư mục ghi báo cáo (mặc định: out)' }],
};

async function runStart(argv: readonly string[]): Promise<number> {
  const args = commandArgsOrExit(START_DECLARATION, argv, console.log, console.error);
  if (typeof args === 'number') return args;
  const plan = samplePlan();
  const reading = planReading();
  console.log(planSummaryText(plan.settings.schoolName, evaluatePlan(plan, SAMPLE_AS_OF, reading)));
  console.log('\n(Số liệu kết quả, tiến độ và điểm tự đánh giá CĐS trong kế hoạch mẫu là minh họa, không phải số liệu thật.)');
  const outDir = optionText(args, 'out') ?? 'out';
  const written = await writeReportOrSay(plan, SAMPLE_PERIOD, SAMPLE_AS_OF, outDir, console.error, { reading });
  if (!written) return 1;
  console.log(`\nĐã tạo báo cáo «${written.name}»: ${path.relative(process.cwd(), written.file) || written.file}`);
  return 0;
}

export const startCommand: Command = {
  declaration: START_DECLARATION,
  run: runStart,
};

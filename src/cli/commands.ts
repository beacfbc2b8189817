/**
 * The commands of the offline command line `cds-tracker <lệnh>`. A thin shell: it reads
 * arguments, calls the core and prints Vietnamese text.
 */
import { evaluatePlan } from '../core/evaluation';
import { planSummaryText } from '../core/summaryText';
import { SAMPLE_AS_OF, samplePlan } from '../sample/anLao2026';

const USAGE = `Cách dùng: cds-tracker <lệnh>

Lệnh:
  start     Đánh giá kế hoạch mẫu (Trường THPT An Lão 2026, số liệu minh họa) và in kết quả
  help      In hướng dẫn này`;

function runSample(): void {
  const plan = samplePlan();
  const evaluation = evaluatePlan(plan, SAMPLE_AS_OF);
  console.log(planSummaryText(plan.settings.schoolName, evaluation));
  console.log('\n(Số liệu kết quả và tiến độ trong kế hoạch mẫu là minh họa, không phải số liệu thật.)');
}

export async function runCommand(argv: readonly string[]): Promise<number> {
  const [command] = argv;
  switch (command) {
    case 'start':
      runSample();
      return 0;
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return 0;
    default:
      console.error(`Lệnh không hợp lệ: «${command}».\n\n${USAGE}`);
      return 1;
  }
}

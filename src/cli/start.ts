/** `cds-tracker start` (what `npm start` runs): the embedded sample plan, evaluated and summarised. */
import { evaluatePlan } from '../core/evaluation';
import { planSummaryText } from '../core/summaryText';
import { SAMPLE_AS_OF, samplePlan } from '../sample/anLao2026';
import type { Command } from './commands';

export const startCommand: Command = {
  name: 'start',
  usage: 'start  Đánh giá kế hoạch mẫu (Trường THPT An Lão 2026, số liệu minh họa) và in kết quả',
  run: () => {
    const plan = samplePlan();
    console.log(planSummaryText(plan.settings.schoolName, evaluatePlan(plan, SAMPLE_AS_OF)));
    console.log('\n(Số liệu kết quả và tiến độ trong kế hoạch mẫu là minh họa, không phải số liệu thật.)');
    return 0;
  },
};

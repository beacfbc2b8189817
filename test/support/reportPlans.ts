/** Small plans for the report tests and the report benchmark. */
import type { Group, Indicator, Plan, ProgressEntry, Settings, Task } from '../../src/core/plan';
import { SAMPLE_SETTINGS } from '../../src/sample/anLao2026';

export const GROUP_A: Group = { numeral: 'I', name: 'Thể chế và quản trị số' };
export const GROUP_B: Group = { numeral: 'II', name: 'Hạ tầng và dữ liệu số' };

export function indicator(id: string, over: Partial<Indicator> = {}): Indicator {
  return {
    id,
    group: GROUP_A,
    name: `Chỉ tiêu thử ${id}`,
    unit: '%',
    targetText: '≥90%',
    quarterResults: ['', '', '', ''],
    owner: 'Ban chuyển đổi số',
    evidence: '',
    note: '',
    ...over,
  };
}

export function task(id: string, over: Partial<Task> = {}): Task {
  return {
    id,
    group: GROUP_A,
    name: `Nhiệm vụ thử ${id}`,
    product: 'Báo cáo',
    lead: 'Văn phòng nhà trường',
    partners: '',
    timing: 'Quý III',
    ...over,
  };
}

export function progress(taskId: string, label: string, status: string, over: Partial<ProgressEntry> = {}): ProgressEntry {
  return { taskId, label, status, completedOn: '', evidence: '', note: '', ...over };
}

export function plan(over: { settings?: Partial<Settings>; indicators?: Indicator[]; tasks?: Task[]; progress?: ProgressEntry[] } = {}): Plan {
  return {
    settings: { ...SAMPLE_SETTINGS, ...over.settings },
    indicators: over.indicators ?? [],
    tasks: over.tasks ?? [],
    progress: over.progress ?? [],
    assignments: [],
  };
}

/**
 * A plan whose report has about `rows` table rows: indicators all met (so Tồn tại stays short)
 * in groups of 10, and quarterly tasks done on time, half and half.
 */
export function planWithRows(rows: number, options: { links?: boolean } = {}): Plan {
  const groups = Math.max(1, Math.ceil(rows / 2 / 10));
  const indicatorCount = Math.max(1, Math.floor(rows / 2) - groups);
  const indicators = Array.from({ length: indicatorCount }, (_, i) =>
    indicator(String(i + 1), {
      group: { numeral: String(Math.floor(i / 10) + 1), name: `Nhóm ${Math.floor(i / 10) + 1}` },
      quarterResults: [0.9, 0.92, 0.95, ''],
      evidence: options.links ? `https://example.edu.vn/mc/${i + 1}` : '',
    }),
  );
  const taskCount = Math.max(1, rows - indicatorCount - groups);
  const tasks = Array.from({ length: taskCount }, (_, i) => task(String(i + 1), { timing: 'Quý III' }));
  const entries = tasks.map((t) => progress(t.id, 'Quý III', 'Hoàn thành', { completedOn: { year: 2026, month: 9, day: 20 } }));
  return plan({ indicators, tasks, progress: entries });
}

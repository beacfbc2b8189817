/**
 * Generated school snapshots for the roll-up's tests and bench: a seeded PRNG (mulberry32), so a
 * failing case replays; every indicator state, ratios above 100% (up to 500%), unmapped rows,
 * overdue occurrences, self-assessment levels.
 */
import { toRoman } from '../../src/core/period';
import type { Snapshot, SnapshotIndicator, SnapshotOverdue } from '../../src/core/rollup/snapshot';
import { vietnamTimestamp } from '../../src/core/rollup/snapshot';
import { seededRandom } from '../../src/sample/soRollup';

export type Random = () => number;

/** The sample Sở's seeded generator (mulberry32): one implementation for the sample, the tests and the bench. */
export { seededRandom };

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** «I.1» … «V.10»: ten codes per Roman group. */
export function generatedCode(n: number): string {
  return `${toRoman(Math.floor(n / 10) + 1)}.${(n % 10) + 1}`;
}

export interface GenerateOptions {
  readonly indicators?: number;
  readonly tasks?: number;
  /** Share of rows with no Sở code. */
  readonly unmapped?: number;
  readonly sentAt?: string;
  readonly asOf?: string;
}

export function generatedIndicator(random: Random, n: number, unmappedShare: number): SnapshotIndicator {
  const state = pick(random, ['met', 'met', 'unmet', 'unmet', 'pending', 'longTerm', 'invalid'] as const);
  const attainment =
    state === 'met' ? (random() < 0.3 ? 1 + random() * 4 : 1) : state === 'unmet' ? Math.round(random() * 99) / 100 : state === 'longTerm' ? Math.round(random() * 80) / 100 : null;
  const verdict = { met: 'Đạt', unmet: 'Chưa đạt', pending: 'Chưa có kết quả', longTerm: 'Dài hạn (đến 2030)', invalid: 'Chưa đánh giá được' }[state];
  return {
    code: random() < unmappedShare ? '' : generatedCode(n),
    stt: String(n + 1),
    name: `Chỉ tiêu số ${n + 1} về chuyển đổi số`,
    unit: '%',
    target: '≥90%',
    result: attainment === null ? '' : `${Math.round(attainment * 90)}%`,
    quarter: attainment === null ? null : 3,
    attainment,
    verdict,
    state,
  };
}

export function generatedSnapshot(random: Random, school: number, options: GenerateOptions = {}): Snapshot {
  const indicators = Array.from({ length: options.indicators ?? 25 }, (_, n) => generatedIndicator(random, n, options.unmapped ?? 0.05));
  const tasks = options.tasks ?? 30;
  const overdue: SnapshotOverdue[] = [];
  const overdueCount = random() < 0.4 ? Math.floor(random() * Math.min(tasks, 6)) : 0;
  for (let k = 0; k < overdueCount; k++) {
    overdue.push({ stt: String(k + 1), name: `Nhiệm vụ ${k + 1}`, label: pick(random, ['Quý I', 'Quý II', 'Quý III']), due: '2026-06-30', days: 1 + Math.floor(random() * 120), lead: 'Ban chuyển đổi số' });
  }
  overdue.sort((a, b) => b.days - a.days);
  // Done, in progress and overdue occurrences add up to `tasks` (none negative: a snapshot readSnapshot refuses would be skipped).
  const done = Math.floor(random() * (tasks - overdueCount + 1));
  const level = (): number | null => (random() < 0.1 ? null : 1 + Math.floor(random() * 3));
  const withLevels = random() < 0.7;
  return {
    version: 1,
    schoolId: `T${String(school).padStart(4, '0')}`,
    schoolName: `Trường số ${school}`,
    email: `truong${school}@example.edu.vn`,
    planYear: 2026,
    asOf: options.asOf ?? '2026-10-15',
    sentAt: options.sentAt ?? vietnamTimestamp(Date.UTC(2026, 9, 15) + school * 1000),
    indicators,
    tasks: { byState: { 'Hoàn thành': done, 'Đang thực hiện': tasks - done - overdueCount, 'Chưa thực hiện': overdueCount, 'Tạm dừng': 0 }, overdueCount, overdue },
    ...(withLevels
      ? {
          selfAssessment: {
            groups: [
              { name: 'Chuyển đổi số trong dạy, học', total: Math.round(random() * 100), maxTotal: 100, level: level() },
              { name: 'Chuyển đổi số trong quản trị cơ sở giáo dục', total: Math.round(random() * 90), maxTotal: 90, level: level() },
            ],
            schoolLevel: level(),
          },
        }
      : {}),
  };
}

export function generatedSnapshots(count: number, seed: number, options: GenerateOptions = {}): Snapshot[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => generatedSnapshot(random, i + 1, options));
}

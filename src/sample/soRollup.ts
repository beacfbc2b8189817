/**
 * ILLUSTRATIVE, NOT REAL: a Sở's Cấu hình and the snapshots of generated schools (deterministic
 * from a seed), for the consolidated report's preview (`npm run preview`) and its tests. The Sở
 * codes and indicator wordings follow the Phụ lục 1 of the real plans in shared/seeds; the schools,
 * results, statuses and levels are invented. Some schools report more than the target (a ratio of
 * 500% must still count 100%), some leave rows without a Sở code or give two rows one code, some
 * have no self-assessment, and a few have not reported lately.
 */
import { addDays, type CalendarDate, calendarDate, isoString } from '../core/date';
import type { Settings } from '../core/plan';
import type { Snapshot, SnapshotIndicator } from '../core/rollup/snapshot';
import { SAMPLE_SETTINGS } from './anLao2026';

/** The Sở's roll-up day of the sample: Quý III/2026 has just ended. */
export const SAMPLE_ROLLUP_AS_OF: CalendarDate = calendarDate(2026, 10, 15);

/** The Sở's Cấu hình: the same rows as a school's. */
export const SAMPLE_SO_SETTINGS: Settings = {
  ...SAMPLE_SETTINGS,
  parentAgency: 'UBND THÀNH PHỐ HẢI PHÒNG',
  schoolName: 'Sở Giáo dục và Đào tạo Hải Phòng',
  schoolCode: 'SGDĐT',
  place: 'Hải Phòng',
  planReference: 'Kế hoạch số …/KH-SGDĐT ngày … tháng 02 năm 2026 của Sở Giáo dục và Đào tạo Hải Phòng về chuyển đổi số năm 2026',
  signerTitle: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC',
  signerName: 'Nguyễn Văn A',
  recipients: ['Bộ GD&ĐT (để b/c)', 'UBND thành phố (để b/c)', 'Giám đốc, các Phó Giám đốc Sở', 'Các phòng chuyên môn thuộc Sở', 'Lưu: VT, VP'],
  boardHeadEmail: 'vanphong@example.edu.vn',
  proposals:
    'Đề nghị Bộ GD&ĐT sớm ban hành hướng dẫn liên thông dữ liệu học bạ số với CSDL ngành.\nĐề nghị UBND thành phố bố trí kinh phí nâng cấp hạ tầng mạng cho các trường chưa đạt chỉ tiêu.',
};

/** The Sở's indicators (Phụ lục 1 numbering), their unit and target. */
export const SAMPLE_SO_INDICATORS: readonly { readonly code: string; readonly name: string; readonly unit: string; readonly target: number }[] = [
  { code: 'I.1', name: 'Hồ sơ công việc xử lý trên môi trường điện tử (trừ hồ sơ mật)', unit: '%', target: 1 },
  { code: 'I.2', name: 'Cán bộ quản lý, giáo viên sử dụng chữ ký số', unit: '%', target: 1 },
  { code: 'I.3', name: 'Nhà trường thực hiện tự đánh giá mức độ chuyển đổi số', unit: '%', target: 1 },
  { code: 'II.1', name: 'Hồ sơ học sinh được chuẩn hóa, đồng bộ trên CSDL ngành', unit: '%', target: 1 },
  { code: 'II.2', name: 'Nhà trường triển khai học bạ số', unit: '%', target: 1 },
  { code: 'II.3', name: 'Hệ thống thông tin được phê duyệt cấp độ an toàn thông tin', unit: '%', target: 1 },
  { code: 'II.4', name: 'Dữ liệu giáo dục kết nối, chia sẻ với Kho dữ liệu dùng chung thành phố', unit: '%', target: 1 },
  { code: 'III.1', name: 'Cán bộ quản lý được bồi dưỡng nâng cao năng lực số', unit: '%', target: 1 },
  { code: 'III.2', name: 'Giáo viên được tập huấn khai thác học liệu số', unit: 'lượt', target: 40 },
  { code: 'IV.1', name: 'Lớp học triển khai hệ thống quản lý học tập (LMS)', unit: '%', target: 1 },
  { code: 'IV.2', name: 'Tỷ lệ thanh toán không dùng tiền mặt trong trường học', unit: '%', target: 1 },
  { code: 'IV.10', name: 'Tổ chức ít nhất 01 hoạt động tuyên truyền về chuyển đổi số', unit: 'hoạt động', target: 1 },
];

const KINDS = ['Trường THPT', 'Trường THCS', 'Trường Tiểu học', 'Trường Mầm non', 'Trường TH&THCS'] as const;
const NAMES = [
  'An Lão', 'Trần Dương', 'Lê Quý Đôn', 'Ngô Quyền', 'Thái Phiên', 'Hồng Bàng', 'Kiến An', 'Thủy Nguyên', 'Tiên Lãng', 'Vĩnh Bảo',
  'Cát Bà', 'Đồ Sơn', 'Lê Chân', 'Hải An', 'Dương Kinh', 'Nguyễn Trãi', 'Chu Văn An', 'Trần Phú', 'Bạch Đằng', 'Tô Hiệu',
  'Quang Trung', 'Lý Thường Kiệt', 'Hùng Vương', 'Nguyễn Bỉnh Khiêm', 'Phan Bội Châu', 'Lương Thế Vinh', 'Đằng Hải', 'Nam Sơn', 'Tân Tiến', 'Quốc Tuấn',
];
const TASKS = [
  ['Rà soát, làm sạch dữ liệu học sinh và đối soát mã định danh với CSDL quốc gia về dân cư', 'Văn phòng'],
  ['Triển khai ký số học bạ cho học sinh các khối lớp', 'Ban quản lý học bạ số'],
  ['Tập huấn kỹ năng khai thác CSDL ngành cho giáo viên', 'Bộ phận chuyên môn'],
  ['Tổ chức kiểm tra định kỳ trực tuyến trên hệ thống LMS', 'Tổ Tin học'],
  ['Đánh giá mức độ chuyển đổi số của nhà trường', 'Ban chuyển đổi số'],
] as const;
const DTI_GROUPS = ['Chuyển đổi số trong dạy, học', 'Chuyển đổi số trong quản trị cơ sở giáo dục'] as const;

/** mulberry32: a small seeded generator of numbers in [0, 1) (the sample must be the same every run; the tests' generated schools use it too). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function percentText(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`.replace('.', ',');
}

function levelOf(total: number): number {
  return total < 50 ? 1 : total <= 75 ? 2 : 3;
}

/** `count` schools' snapshots as of `asOf` (default SAMPLE_ROLLUP_AS_OF), the same for the same seed. */
export function sampleSnapshots(count = 300, seed = 2026, asOf: CalendarDate = SAMPLE_ROLLUP_AS_OF): Snapshot[] {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const out: Snapshot[] = [];
  for (let s = 0; s < count; s++) {
    const kind = KINDS[s % KINDS.length]!;
    const name = `${kind} ${NAMES[Math.floor(s / KINDS.length) % NAMES.length]}${s >= KINDS.length * NAMES.length ? ` số ${Math.floor(s / (KINDS.length * NAMES.length)) + 1}` : ''}`;
    // Most schools sent a few days ago; one in 25 last sent in the summer (not reported lately).
    const silent = s % 25 === 7;
    const sentDay = silent ? calendarDate(2026, 7, 10 + (s % 15)) : addDays(asOf, -Math.floor(rnd() * 14));
    const dataDay = silent ? calendarDate(2026, 6, 30) : calendarDate(2026, 9, 30);
    const indicators: SnapshotIndicator[] = [];
    let stt = 0;
    for (const ind of SAMPLE_SO_INDICATORS) {
      // A school does not report every Sở indicator (a Mầm non has no học bạ số).
      if (rnd() < 0.08) continue;
      stt++;
      const roll = rnd();
      const state: SnapshotIndicator['state'] = roll < 0.06 ? 'pending' : roll < 0.09 ? 'longTerm' : roll < 0.1 ? 'invalid' : 'met';
      let attainment: number | null = null;
      let result = '';
      let final: SnapshotIndicator['state'] = state;
      if (state === 'met') {
        // Some far above the target (a count of 200 lượt against 40): 500%.
        const r = rnd();
        attainment = r < 0.03 ? 5 : r < 0.6 ? 1 + Math.floor(rnd() * 3) / 20 : 0.4 + rnd() * 0.59;
        final = attainment >= 1 ? 'met' : 'unmet';
        result = ind.unit === '%' ? percentText(attainment * ind.target) : String(Math.round(attainment * ind.target));
      }
      const verdict = final === 'met' ? 'Đạt' : final === 'unmet' ? 'Chưa đạt' : final === 'pending' ? 'Chưa có kết quả' : final === 'longTerm' ? 'Dài hạn (đến 2030)' : 'Chưa đánh giá được';
      // One row in 60 without a Sở code; one school in 40 gives two rows the same code.
      const code = rnd() < 1 / 60 ? '' : s % 40 === 3 && ind.code === 'I.2' ? 'I.1' : ind.code;
      indicators.push({
        code,
        stt: String(stt),
        name: ind.name,
        unit: ind.unit,
        target: ind.unit === '%' ? '100%' : String(ind.target),
        result,
        quarter: result ? 3 : null,
        attainment,
        verdict,
        state: final,
      });
    }
    const occurrences = 40;
    const done = Math.floor(occurrences * (0.3 + rnd() * 0.4));
    const doing = Math.floor((occurrences - done) * rnd() * 0.5);
    const paused = rnd() < 0.2 ? 1 : 0;
    const overdueCount = rnd() < 0.35 ? 1 + Math.floor(rnd() * 6) : 0;
    const overdue = Array.from({ length: overdueCount }, (_, i) => {
      const [taskName, lead] = pick(TASKS);
      const days = 5 + Math.floor(rnd() * 120);
      return { stt: String(3 + i), name: taskName, label: pick(['Quý I', 'Quý II', 'Tháng 8', 'Học kỳ II']), due: isoString(addDays(dataDay, -days)), days, lead };
    }).sort((a, b) => b.days - a.days);
    const assessed = rnd() < 0.8;
    const groups = DTI_GROUPS.map((g) => {
      const total = Math.round(30 + rnd() * 65);
      return { name: g, total, maxTotal: 100, level: rnd() < 0.05 ? null : levelOf(total) };
    });
    const levels = groups.map((g) => g.level);
    out.push({
      version: 1,
      schoolId: `HP${String(s + 1).padStart(4, '0')}`,
      schoolName: name,
      email: '',
      planYear: 2026,
      asOf: isoString(dataDay),
      sentAt: `${isoString(sentDay)}T0${7 + (s % 3)}:15:00+07:00`,
      indicators,
      tasks: {
        byState: { 'Chưa thực hiện': occurrences - done - doing - paused, 'Đang thực hiện': doing, 'Hoàn thành': done, 'Tạm dừng': paused },
        overdueCount,
        overdue,
      },
      ...(assessed ? { selfAssessment: { groups, schoolLevel: levels.includes(null) ? null : Math.min(...(levels as number[])) } } : {}),
    });
  }
  return out;
}

/**
 * The embedded sample: Kế hoạch chuyển đổi số năm 2026 of Trường THPT An Lão (Hải Phòng),
 * Phụ lục 1 (22 indicators) and Phụ lục 2 (29 tasks) copied verbatim from the school's plan,
 * typos included ("Ban chuyên đổi số"), because real sheets look like that.
 *
 * ILLUSTRATIVE, NOT REAL: the quarterly results, the task statuses and dates up to Quý III/2026,
 * the evidence links and the people in Phân công are invented for demonstration. The plan's
 * target for indicator 21 is blank in the original; the sample uses "Có".
 *
 * ILLUSTRATIVE, NOT REAL: the self-assessment under QĐ 4725 (the scores, the evidence links and
 * who scored what) is invented too; each criterion's Ghi chú says so. It gives group 1 62/100
 * (Mức 2), group 2 68/90 (Mức 2), every mandatory condition met: the school is at Mức 2, which
 * Cấu hình «Chỉ tiêu nhận mức CĐS» feeds into indicator 5 («… đạt mức độ CDS mức 2 trở lên»),
 * whose quarter columns are therefore left blank here. The «Tiêu chí 4725» of a few tasks
 * (SAMPLE_TASK_CRITERIA) are invented as well: the plan has no such column.
 */
import { settingsCalendar } from '../core/calendar';
import { type CalendarDate, calendarDate } from '../core/date';
import { taskOccurrences } from '../core/occurrences';
import { QD4725_CRITERIA } from '../core/dti/qd4725';
import type { DtiCriterion, SelfAssessment } from '../core/dti/selfAssessment';
import type { Assignment, Group, Indicator, Plan, ProgressEntry, Settings, Task } from '../core/plan';

/** The fixed "as of" day of the sample: Quý III/2026 has just ended. */
export const SAMPLE_AS_OF: CalendarDate = calendarDate(2026, 10, 15);

export const SAMPLE_SETTINGS: Settings = {
  parentAgency: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG',
  schoolName: 'Trường THPT An Lão',
  schoolCode: 'THPTAL',
  place: 'An Lão',
  planYear: 2026,
  planReference: 'Kế hoạch số …/KH-THPTAL ngày … tháng 3 năm 2026 của Trường THPT An Lão về chuyển đổi số năm 2026',
  signerTitle: 'KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG',
  signerName: 'Vương Văn Huy',
  recipients: ['Sở GD&ĐT (để b/c)', 'Ban chuyển đổi số (để thực hiện)', 'HĐSP (để thực hiện)', 'Lưu: VT'],
  remindDaysBefore: 7,
  reminderHour: 7,
  boardHeadEmail: 'hieutruong@example.edu.vn',
  reportingRule: 'calendar',
  schoolYears: [],
  dtiLevelRule: 'lowerCapped',
  dtiDeadline: { day: 31, month: 5 },
  dtiIndicator: '5',
  proposals: 'Đề nghị Sở GD&ĐT tiếp tục tổ chức tập huấn về bảo đảm an toàn thông tin và hỗ trợ kinh phí nâng cấp hạ tầng mạng cho nhà trường.',
};

const G1: Group = { numeral: 'I', name: 'Thể chế và quản trị số' };
const G2: Group = { numeral: 'II', name: 'Hạ tầng và dữ liệu số' };
const G3: Group = { numeral: 'III', name: 'Phát triển nhân lực số' };
const G4: Group = { numeral: 'IV', name: 'Ứng dụng chuyển đổi số trong dạy học và quản trị cơ sở giáo dục' };

type Q = readonly [unknown, unknown, unknown, unknown];
function indicator(id: number, group: Group, name: string, targetText: string, q: Q, owner: string, evidence = '', note = ''): Indicator {
  return { id: String(id), group, name, unit: '%', targetText, quarterResults: q, owner, evidence, note };
}

const BCDS = 'Ban chuyển đổi số';
export const SAMPLE_INDICATORS: readonly Indicator[] = [
  indicator(1, G1, 'Hồ sơ công việc xử lý trên môi trường điện tử (trừ hồ sơ mật)', '100%', [0.92, 0.97, 1, ''], 'Văn phòng nhà trường', 'https://example.edu.vn/minh-chung/ct01'),
  indicator(2, G1, 'Văn bản trao đổi giữa nhà trường và cơ sở giáo dục dưới dạng điện tử', '≥95%', [0.88, 0.93, '96%', ''], 'Văn phòng nhà trường'),
  indicator(3, G1, 'Cán bộ quản lý, giáo viên sử dụng chữ ký số', '100%', [0.85, 0.95, 0.98, ''], BCDS, '', 'Còn 2 giáo viên chưa được cấp chứng thư số'),
  indicator(4, G1, 'Nhà trường thực hiện tự đánh giá mức độ CDS', '100%', ['', 1, 1, ''], BCDS, 'https://example.edu.vn/minh-chung/ct04'),
  // Its result is the school's CĐS level from the self-assessment (SAMPLE_SETTINGS.dtiIndicator).
  indicator(5, G1, 'Nhà trường đạt mức độ CDS mức 2 trở lên', '100%', ['', '', '', ''], BCDS),
  indicator(6, G1, 'Quy trình nội bộ được số hóa, tái cấu trúc', '≥90%', [0.6, 0.72, 0.85, ''], BCDS),
  indicator(7, G2, 'Hồ sơ học sinh được chuẩn hóa, đồng bộ trên CSDL ngành', '100%', [0.95, 1, 1, ''], BCDS),
  indicator(8, G2, 'Dữ liệu học sinh được xác thực với CSDL quốc gia về dân cư', '≥98%', [0.9, 0.96, '98,5%', ''], BCDS),
  indicator(9, G2, 'Nhà trường triển khai học bạ số', '100%', [0.5, 1, 1, ''], 'Ban quản lý học bạ số'),
  indicator(10, G2, 'Sổ gốc văn bằng được số hóa theo lộ trình', '≥90%', [0.3, 0.55, 70, ''], 'Văn phòng nhà trường'),
  indicator(11, G2, 'Hệ thống thông tin được phê duyệt cấp độ an toàn thông tin', '100%', [0, 0, '', ''], BCDS, '', 'Hồ sơ cấp độ đang chờ Sở thẩm định'),
  indicator(12, G2, 'Dữ liệu giáo dục kết nối, chia sẻ với Kho dữ liệu dùng chung thành phố', '100%', [0.8, 0.9, 1, ''], BCDS),
  indicator(13, G3, 'Cán bộ quản lý được bồi dưỡng nâng cao năng lực số', '100%', [0.5, 0.8, 1, ''], 'PHT phụ trách'),
  indicator(14, G3, 'Giáo viên được tập huấn kỹ năng số', '≥90%', [0.4, 0.75, 0.92, ''], 'Ban chuyên môn'),
  indicator(15, G3, 'Nhà trường có cán bộ phụ trách CNTT/CĐS', '100%', [1, 1, 1, ''], 'PHT phụ trách'),
  indicator(16, G3, 'Học sinh được trang bị kỹ năng số cơ bản', '≥90%', [0.3, 0.6, 0.82, ''], BCDS),
  indicator(17, G3, 'Đơn vị tổ chức ít nhất 01 hoạt động tuyên truyền về CĐS', '100%', ['', 1, 1, ''], BCDS),
  indicator(18, G4, 'Nhà trường triển khai hệ thống LMS', '100%', [1, 1, 1, ''], 'Ban chuyên môn'),
  indicator(19, G4, 'Giáo viên sử dụng học liệu số trong giảng dạy', '≥90%', [0.7, 0.82, 0.88, ''], 'Ban chuyên môn'),
  indicator(20, G4, 'Nhà trường tổ chức kiểm tra, đánh giá bằng hình thức trực tuyến (môn phù hợp)', '≥50%', [0.2, 0.35, 0.55, ''], 'Ban chuyên môn'),
  indicator(21, G4, 'Nhà trường thí điểm ứng dụng AI trong dạy học', 'Có', ['', 'Chưa', 'Có', ''], 'Ban chuyên môn'),
  indicator(22, G4, 'Tỷ lệ thanh toán không dùng tiền mặt trong trường học', '100%', [0.85, 0.9, 0.94, ''], 'Kế toán'),
];

const T1: Group = { numeral: 'I', name: 'Quản trị, điều hành và hoàn thiện thể chế chuyển đổi số trong toàn ngành' };
const T2: Group = { numeral: 'II', name: 'Phát triển dữ liệu số và cơ sở dữ liệu ngành; kết nối, chia sẻ dữ liệu phục vụ quản trị' };
const T3: Group = { numeral: 'III', name: 'Chuyển đổi số trong dạy học, kiểm tra đánh giá và quản trị cơ sở giáo dục' };
const T4: Group = { numeral: 'IV', name: 'Phát triển nhân lực số và nâng cao năng lực chuyển đổi số' };
const T5: Group = { numeral: 'V', name: 'Tài chính số và huy động nguồn lực cho chuyển đổi số' };
const T6: Group = { numeral: 'VI', name: 'Bảo đảm an toàn, an ninh thông tin và bảo vệ dữ liệu cá nhân' };
const T7: Group = { numeral: 'VII', name: 'Truyền thông và nhân rộng mô hình chuyển đổi số' };

const BCDS_TYPO = 'Ban chuyên đổi số';
const PARTNERS = 'Các tổ/nhóm và các bộ phận liên quan';
/**
 * ILLUSTRATIVE, NOT REAL: the plan has no «Tiêu chí 4725» column; these links of a few tasks to the
 * QĐ 4725 criteria they serve are invented, like the scores, so the self-assessment tab and the
 * báo cáo tự đánh giá show linked tasks and the evidence of those done.
 */
const SAMPLE_TASK_CRITERIA: Readonly<Record<number, string>> = {
  11: '2.3.3', 13: '1.3', 14: '1.5', 17: '1.4', 19: '1.6', 22: '2.4.3', 23: '2.4.3',
};

function task(id: number, group: Group, name: string, product: string, lead: string, timing: string, partners = PARTNERS): Task {
  const criteria = SAMPLE_TASK_CRITERIA[id];
  return { id: String(id), group, name, product, lead, partners, timing, ...(criteria ? { criteria } : {}) };
}

export const SAMPLE_TASKS: readonly Task[] = [
  task(1, T1, 'Tổ chức theo dõi, tổng hợp và đánh giá định kỳ việc thực hiện các chỉ tiêu chuyển đổi số toàn ngành theo Phụ lục 1', 'Báo cáo quý; báo cáo năm; bảng tổng hợp chỉ tiêu', BCDS_TYPO, 'Hàng quý'),
  task(2, T1, 'Tổ chức triển khai đánh giá mức độ chuyển đổi số đối với cơ sở giáo dục theo quy định; tổng hợp, công bố kết quả phục vụ chỉ đạo, điều hành', 'Báo cáo đánh giá; danh sách mức độ CDS', BCDS_TYPO, 'Quý I, II'),
  task(3, T1, 'Rà soát, chuẩn hóa và tái cấu trúc quy trình xử lý văn bản, hồ sơ công việc trên môi trường điện tử; đôn đốc sử dụng thống nhất trong toàn ngành', 'Quy trình chuẩn hóa; hướng dẫn thực hiện', BCDS_TYPO, 'Hàng quý'),
  task(4, T1, 'Ban hành hướng dẫn kỹ thuật, quy trình khai thác các nền tảng số dùng chung (eOffice, SSO, CSDL ngành, dashboard...) và chế độ báo cáo số liệu', 'Văn bản hướng dẫn; bộ biểu mẫu', BCDS_TYPO, 'Quý I'),
  task(5, T1, 'Tổ chức triển khai sử dụng chữ ký số trong xử lý công việc; kiểm tra, đánh giá tỷ lệ sử dụng và chấn chỉnh kịp thời', 'Báo cáo kết quả triển khai; tỷ lệ sử dụng', BCDS_TYPO, 'Hàng quý'),
  task(6, T1, 'Hoàn thiện, vận hành hệ thống đăng nhập một lần (SSO) và phân quyền sử dụng các hệ thống dùng chung toàn ngành', 'Hệ thống SSO vận hành ổn định; tài khoản phân quyền', BCDS_TYPO, 'Quý IV'),
  task(7, T2, 'Tổ chức rà soát, làm sạch, chuẩn hóa dữ liệu học sinh, đội ngũ, cơ sở vật chất trên CSDL ngành; thống nhất mã định danh và cấu trúc dữ liệu', 'Bộ dữ liệu chuẩn hóa; biên bản đối soát', BCDS_TYPO, 'Thường xuyên', 'Các tổ/nhóm; GVCN và các bộ phận liên quan'),
  task(8, T2, 'Đồng bộ và xác thực dữ liệu học sinh với CSDL quốc gia về dân cư theo Đề án 06; tổ chức triển khai các nhiệm vụ ứng dụng công nghệ thông tin, chuyển đổi số và thống kê giáo dục gắn với Đề án 06 theo kế hoạch năm học; bảo đảm đồng bộ, liên thông dữ liệu dân cư, định danh điện tử và các cơ sở dữ liệu quốc gia liên quan.', 'Báo cáo kết quả; tỷ lệ xác thực đạt yêu cầu', BCDS_TYPO, 'Thường xuyên'),
  task(9, T2, 'Kết nối, chia sẻ dữ liệu giáo dục với Kho dữ liệu dùng chung/IOC của thành phố theo quy định', 'Biên bản nghiệm thu kết nối', BCDS_TYPO, 'Thường xuyên'),
  task(10, T2, 'Xây dựng, hoàn thiện hệ thống dashboard phục vụ lãnh đạo Sở theo dõi, chỉ đạo điều hành', 'Dashboard vận hành; bộ chỉ số', BCDS_TYPO, 'Quý III'),
  task(11, T2, 'Tổ chức triển khai đồng bộ học bạ số đối với cơ sở giáo dục phổ thông và giáo dục thường xuyên; bảo đảm thống nhất hệ thống, chuẩn hóa dữ liệu và tích hợp CSDL ngành', '100% GDPT, GDTX triển khai; dữ liệu đồng bộ', 'Ban chuyển đổi số; ban quản lý học bạ số', 'Quý II'),
  task(12, T2, 'Tổ chức số hóa, cập nhật sổ gốc văn bằng, chứng chỉ theo lộ trình', 'CSDL văn bằng số; quy trình chuẩn', 'Văn phòng nhà trường', 'Thường xuyên', 'Văn thư; GVCN'),
  task(13, T3, 'Triển khai, nâng cao hiệu quả sử dụng hệ thống LMS đối với cấp THCS, THPT', '100% trường triển khai; báo cáo sử dụng', 'Ban chuyên môn', 'Thường xuyên'),
  task(14, T3, 'Tổ chức kiểm tra, đánh giá bằng hình thức trực tuyến đối với các môn học phù hợp điều kiện thực tế', 'Báo cáo kết quả; tỷ lệ trường thực hiện', 'Ban chuyên môn', 'Thường xuyên'),
  task(15, T3, 'Thí điểm ứng dụng trí tuệ nhân tạo trong hỗ trợ dạy học và quản lý lớp học; đánh giá, rút kinh nghiệm', 'Báo cáo thí điểm; đề xuất nhân rộng', 'Ban chuyên môn', 'Thường xuyên'),
  task(16, T3, 'Chuẩn hóa, khai thác dữ liệu thi, dữ liệu học sinh và dữ liệu quản trị nhà trường (lớp học, điểm, thời khóa biểu...) phục vụ phân tích chất lượng giáo dục và điều hành.', 'Báo cáo phân tích; bộ dữ liệu chuẩn', 'Ban chuyển đổi số; ban quản lý học bạ số', 'Quý II-III'),
  task(17, T3, 'Xây dựng, bổ sung kho học liệu số dùng chung toàn ngành; khuyến khích chia sẻ tài nguyên số', 'Kho học liệu cập nhật; báo cáo thống kê', 'Ban chuyên môn', 'Thường xuyên'),
  task(18, T4, 'Tổ chức bồi dưỡng nâng cao năng lực số cho cán bộ quản lý các cấp', 'Báo cáo tập huấn; danh sách hoàn thành', 'Phòng GDTX, GDNN&ĐH', 'Thường xuyên', 'Văn phòng Sở; các cơ sở giáo dục'),
  task(19, T4, 'Tổ chức tập huấn kỹ năng số và sử dụng nền tảng số cho giáo viên theo từng cấp học', 'Báo cáo kết quả; tỷ lệ tham gia', 'Phòng GDTX, GDNN&ĐH', 'Thường xuyên', 'Phòng GDMN-GDTH; Phòng GDTrH; các cơ sở giáo dục'),
  task(20, T4, 'Bồi dưỡng kỹ năng số, kỹ năng an toàn số cho học sinh', 'Báo cáo kết quả', 'Ban chuyển đổi số', 'Thường xuyên'),
  task(21, T4, 'Rà soát, tham mưu bố trí vị trí việc làm liên quan CNTT, chuyển đổi số tại đơn vị', 'Báo cáo rà soát; đề xuất phương án', 'PHT phụ trách', 'Thường xuyên'),
  task(22, T5, 'Hướng dẫn triển khai thanh toán không dùng tiền mặt trong cơ sở giáo dục', 'Văn bản hướng dẫn', 'Kế toán', 'Quý I'),
  task(23, T5, 'Theo dõi, đánh giá tỷ lệ thanh toán không dùng tiền mặt toàn ngành; tham mưu giải pháp nâng cao', 'Báo cáo quý', 'Kế toán', 'Hàng quý'),
  task(24, T5, 'Hướng dẫn, thẩm định việc thuê dịch vụ CNTT phục vụ chuyển đổi số theo quy định', 'Văn bản hướng dẫn; kết quả thẩm định', 'Kế toán', 'Quý II'),
  task(25, T6, 'Hoàn thiện hồ sơ xác định cấp độ an toàn hệ thống thông tin ngành', 'Hồ sơ cấp độ được phê duyệt', 'Ban chuyển đổi số', 'Quý III'),
  task(26, T6, 'Tổ chức tập huấn về bảo vệ dữ liệu cá nhân và an toàn thông tin trong trường học', 'Báo cáo tập huấn; tài liệu hướng dẫn', 'Ban chuyển đổi số', 'Quý II'),
  task(27, T6, 'Kiểm tra, giám sát công tác bảo đảm an toàn thông tin tại cơ sở giáo dục', 'Biên bản kiểm tra; báo cáo tổng hợp', 'Ban chuyển đổi số', 'Quý III'),
  task(28, T6, 'Tổ chức diễn tập xử lý sự cố an ninh mạng trong ngành giáo dục', 'Kịch bản; báo cáo diễn tập', 'Ban chuyển đổi số', 'Quý IV'),
  task(29, T7, 'Tổ chức các hoạt động truyền thông, hưởng ứng Ngày Chuyển đổi số quốc gia; tuyên truyền, nhân rộng mô hình, sáng kiến CDS trong ngành', 'Kế hoạch/hoạt động truyền thông; tin, bài', 'Ban chuyển đổi số', 'Thường xuyên'),
];

/** Illustrative progress, by task and the index of its occurrence (labels come from the timing). */
type Done = readonly [taskId: number, occurrence: number, status: string, completedOn?: CalendarDate, note?: string];
const d = calendarDate;
const SAMPLE_STATUSES: readonly Done[] = [
  [1, 0, 'Hoàn thành', d(2026, 4, 5)], [1, 1, 'Hoàn thành', d(2026, 7, 6)], [1, 2, 'Hoàn thành', d(2026, 10, 8), 'Nộp muộn do chờ số liệu của các tổ'],
  [2, 0, 'Hoàn thành', d(2026, 6, 25)],
  [3, 0, 'Hoàn thành', d(2026, 3, 28)], [3, 1, 'Hoàn thành', d(2026, 6, 30)], [3, 2, 'Đang thực hiện', undefined, 'Đang rà soát quy trình của tổ Văn phòng'],
  [4, 0, 'Hoàn thành', d(2026, 3, 20)],
  [5, 0, 'Hoàn thành', d(2026, 3, 30)], [5, 1, 'Hoàn thành', d(2026, 7, 2)], [5, 2, 'Hoàn thành', d(2026, 9, 29)],
  [6, 0, 'Đang thực hiện'],
  [7, 0, 'Đang thực hiện'], [7, 1, 'Đang thực hiện'], [7, 2, 'Đang thực hiện'],
  [8, 0, 'Đang thực hiện'], [8, 1, 'Đang thực hiện'], [8, 2, 'Đang thực hiện'],
  [9, 2, 'Đang thực hiện'],
  [10, 0, 'Đang thực hiện', undefined, 'Chờ đơn vị cung cấp bàn giao giao diện dashboard'],
  [11, 0, 'Hoàn thành', d(2026, 6, 15)],
  [12, 0, 'Đang thực hiện'], [12, 1, 'Đang thực hiện'], [12, 2, 'Đang thực hiện'],
  [13, 0, 'Đang thực hiện'], [13, 1, 'Đang thực hiện'], [13, 2, 'Đang thực hiện'],
  [14, 1, 'Đang thực hiện'], [14, 2, 'Đang thực hiện'],
  [15, 2, 'Tạm dừng', undefined, 'Tạm dừng chờ hướng dẫn sử dụng AI của Sở'],
  [16, 0, 'Hoàn thành', d(2026, 10, 10)],
  [17, 1, 'Đang thực hiện'], [17, 2, 'Đang thực hiện'],
  [18, 1, 'Đang thực hiện'], [19, 2, 'Đang thực hiện'], [20, 2, 'Đang thực hiện'], [21, 1, 'Đang thực hiện'],
  [22, 0, 'Hoàn thành', d(2026, 3, 15)],
  [23, 0, 'Hoàn thành', d(2026, 4, 10)], [23, 1, 'Hoàn thành', d(2026, 6, 30)],
  [24, 0, 'Hoàn thành', d(2026, 6, 20)],
  [25, 0, 'Chưa thực hiện', undefined, 'Chưa có hướng dẫn mẫu hồ sơ của Sở'],
  [26, 0, 'Hoàn thành', d(2026, 5, 28)],
  [27, 0, 'Hoàn thành', d(2026, 9, 25)],
  [29, 0, 'Đang thực hiện'], [29, 1, 'Đang thực hiện'], [29, 2, 'Đang thực hiện'],
];

function sampleProgress(): ProgressEntry[] {
  const tasks = new Map(SAMPLE_TASKS.map((t) => [Number(t.id), t]));
  return SAMPLE_STATUSES.map(([taskId, index, status, completedOn, note]) => {
    const slots = taskOccurrences(tasks.get(taskId)!, settingsCalendar(SAMPLE_SETTINGS));
    if (!slots.ok || !slots.value[index]) throw new Error(`sample: task ${taskId} has no occurrence ${index}`);
    const done = status === 'Hoàn thành';
    return {
      taskId: String(taskId),
      label: slots.value[index]!.label,
      status,
      completedOn: completedOn ?? '',
      evidence: done ? `https://example.edu.vn/minh-chung/nv${String(taskId).padStart(2, '0')}-${index + 1}` : '',
      note: note ?? '',
    };
  });
}

export const SAMPLE_ASSIGNMENTS: readonly Assignment[] = [
  { unit: 'Ban chuyển đổi số', name: 'Nguyễn Văn Hùng', email: 'hung.nv@example.edu.vn', role: 'Trưởng ban' },
  { unit: 'Ban chuyển đổi số', name: 'Phạm Thị Lan', email: 'lan.pt@example.edu.vn', role: 'Thư ký' },
  { unit: 'Ban quản lý học bạ số', name: 'Trần Minh Đức', email: 'duc.tm@example.edu.vn', role: 'Trưởng ban' },
  { unit: 'Văn phòng nhà trường', name: 'Lê Thị Hoa', email: 'hoa.lt@example.edu.vn', role: 'Văn thư' },
  { unit: 'Ban chuyên môn', name: 'Đỗ Quang Vinh', email: 'vinh.dq@example.edu.vn', role: 'Trưởng ban' },
  { unit: 'Phòng GDTX, GDNN&ĐH', name: 'Vũ Thị Ngọc', email: 'ngoc.vt@example.edu.vn', role: 'Đầu mối' },
  { unit: 'PHT phụ trách', name: 'Vương Văn Huy', email: 'huy.vv@example.edu.vn', role: 'Phó Hiệu trưởng' },
  { unit: 'Kế toán', name: 'Hoàng Thị Mai', email: 'mai.ht@example.edu.vn', role: 'Kế toán' },
  { unit: 'Ban giám hiệu', name: 'Bùi Đức Thắng', email: 'hieutruong@example.edu.vn', role: 'Hiệu trưởng, Trưởng ban chỉ đạo' },
];

/**
 * Illustrative self-assessment scores by criterion code: «Đạt» for the mandatory conditions, points
 * for the others (group 1: 62 of 100, group 2: 68 of 90).
 */
const SAMPLE_SCORES: Readonly<Record<string, string | number>> = {
  '1.1': 'Đạt', '1.2': 'Đạt',
  '1.3.1': 6, '1.3.2': 6, '1.3.3': 4, '1.3.4': 4, '1.3.5': 2, '1.4': 6, '1.5.1': 8, '1.5.2': 0,
  '1.6.1': 7, '1.6.2': 5, '1.6.3': 3, '1.7.1': 6, '1.7.2': 5, '1.7.3': 0,
  '2.1': 'Đạt', '2.2': 'Đạt',
  '2.3.1': 6, '2.3.2': 6, '2.3.3': 10, '2.3.4': 6, '2.3.5': 4, '2.3.6': 4, '2.3.7': 6, '2.3.8': 6,
  '2.4.1': 8, '2.4.2': 6, '2.4.3': 6,
};

const ILLUSTRATIVE = 'Điểm và minh chứng minh họa, không phải số liệu thật của trường.';

/** Who scores a criterion in the sample: teaching criteria the Ban chuyên môn, the rest the Ban chuyển đổi số, fees Kế toán. */
function sampleOwner(code: string): string {
  if (code === '2.4.3') return 'Kế toán';
  return code.startsWith('1.') && code !== '1.1' && code !== '1.2' ? 'Ban chuyên môn' : BCDS;
}

export const SAMPLE_SELF_ASSESSMENT: SelfAssessment = {
  criteria: QD4725_CRITERIA.map((c): DtiCriterion => {
    const score = SAMPLE_SCORES[c.code] ?? '';
    return {
      code: c.code,
      name: c.name,
      group: c.group,
      maxPoints: c.maxPoints ?? '',
      mandatory: c.mandatory ? 'x' : '',
      score,
      evidence: score === 0 ? '' : `https://example.edu.vn/minh-chung/cds-${c.code.replace(/\./g, '-')}`,
      note: c.note === '' ? ILLUSTRATIVE : `${c.note} ${ILLUSTRATIVE}`,
      owner: sampleOwner(c.code),
    };
  }),
};

export function samplePlan(): Plan {
  return {
    settings: SAMPLE_SETTINGS,
    indicators: SAMPLE_INDICATORS,
    tasks: SAMPLE_TASKS,
    progress: sampleProgress(),
    assignments: SAMPLE_ASSIGNMENTS,
    selfAssessment: SAMPLE_SELF_ASSESSMENT,
  };
}

/**
 * A THCS plan written in school-year terms (issue 9, style 1): targets in prose with their figure
 * in the target column («95%» with Đơn vị tính «%», a bare «90» in a «%» row), outcome targets
 * («Ban hành quy chế», «Hoàn thành», «Triển khai đồng bộ», «Được duy trì định kỳ», «Kết nối thời
 * gian thực»), and timings by học kỳ and năm học, «Thời gian: tháng 9/2026», «khi có yêu cầu»,
 * «đột xuất». Plan year 2026, the Bộ's default school-year dates (no school-year rows in Cấu hình).
 */
import { settingsRows, type Row, type Tabs, withStaffUpdates } from './pipeline';

export const THCS_SETTINGS = {
  parentAgency: 'UBND XÃ TÂN HƯNG',
  schoolName: 'Trường THCS Tân Hưng',
  schoolCode: 'THCSTH',
  place: 'Tân Hưng',
  planReference: 'Kế hoạch số 45/KH-THCSTH ngày 20/02/2026 của Trường THCS Tân Hưng',
  signerTitle: 'HIỆU TRƯỞNG',
  signerName: 'Phạm Văn Long',
  boardHeadEmail: 'long.pv@thcstanhung.edu.vn',
};

const INDICATOR_HEADER: Row = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm học', 'Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Phụ trách', 'Minh chứng', 'Ghi chú', 'Kết quả mới nhất', 'Tỷ lệ đạt', 'Đánh giá'];

/** Chỉ tiêu (row 1 is the header). */
export const THCS_INDICATORS: Row[] = [
  INDICATOR_HEADER,
  ['I', 'Quản trị số'],
  [1, 'Tỷ lệ hồ sơ công việc của nhà trường được xử lý trên môi trường mạng (trừ hồ sơ mật)', '%', '100%', 0.9, 0.95, 1, 1, 'Văn phòng', '', ''],
  [2, 'Nhà trường ban hành quy chế quản lý, khai thác và bảo mật dữ liệu số', '', 'Ban hành quy chế', 'Chưa', 'Đã ban hành', '', '', 'Ban Giám hiệu', '', ''],
  [3, 'Hoàn thiện hồ sơ đề nghị phê duyệt cấp độ an toàn hệ thống thông tin', '', 'Hoàn thành', '', '', 'Chưa', '', 'Văn phòng', '', 'Đang chờ Phòng thẩm định'],
  [4, 'Dữ liệu học sinh kết nối với CSDL ngành', '', 'Kết nối thời gian thực', 'Có', 'Có', 'Có', 'Có', 'Văn phòng', '', ''],
  ['II', 'Dạy học số'],
  [5, 'Tối thiểu 95% giáo viên sử dụng thành thạo hệ thống quản lý học tập (LMS) trong giao bài, chấm bài', '%', '95%', 0.8, 0.9, 0.93, 0.97, 'Tổ Toán - Tin', '', ''],
  [6, 'Giáo viên sử dụng học liệu số, bài giảng điện tử trong giảng dạy', '%', '90', '', '85%', '92%', '', 'Tổ Ngữ văn', '', ''],
  [7, 'Học bạ số của học sinh được ký số', '%', 'hoàn thành 100%', 0.5, 0.8, 1, 1, 'Ban Giám hiệu', '', ''],
  [8, 'Triển khai hệ thống LMS cho các khối lớp 6, 7, 8, 9', '', 'Triển khai đồng bộ', '', 'x', 'x', 'x', 'Tổ Toán - Tin', '', ''],
  [9, 'Tổ chức kiểm tra định kỳ môn Tin học trên máy tính', '', 'Đạt', '', '', 'Đạt', '', 'Tổ Toán - Tin', '', ''],
  ['III', 'Nhân lực số và truyền thông'],
  [10, 'Giáo viên được tập huấn kỹ năng số, khai thác nền tảng dạy học trực tuyến', '%', '≥ 90%', 0.6, 0.75, 0.88, 0.95, 'Tổ Ngữ văn', '', ''],
  [11, 'Tổ chức ít nhất 01 hoạt động tuyên truyền về chuyển đổi số cho cha mẹ học sinh', 'hoạt động', 'ít nhất 01 hoạt động', '', '', 1, '', 'Đoàn Đội', '', ''],
  [12, 'Trang thông tin điện tử của nhà trường được cập nhật', '', 'Được duy trì định kỳ', 'Có', 'Có', 'Không', '', 'Văn phòng', '', 'Quý III chưa cập nhật'],
  [13, 'Học sinh được trang bị kỹ năng an toàn trên môi trường mạng', '%', 'Tối thiểu 85%', '', '', '', '', 'Đoàn Đội', '', ''],
];

const TASK_HEADER: Row = ['STT', 'Nội dung nhiệm vụ', 'Sản phẩm', 'Bộ phận chủ trì', 'Phối hợp', 'Thời gian thực hiện', 'Hạn gần nhất', 'Tình trạng'];

/** Nhiệm vụ (row 1 is the header). */
export const THCS_TASKS: Row[] = [
  TASK_HEADER,
  ['I', 'Công tác chỉ đạo, điều hành'],
  [1, 'Kiện toàn Ban chỉ đạo chuyển đổi số của nhà trường', 'Quyết định kiện toàn', 'Ban Giám hiệu', 'Công đoàn', 'Đầu năm học 2026-2027'],
  [2, 'Xây dựng kế hoạch chuyển đổi số năm học 2026-2027', 'Kế hoạch', 'Ban Giám hiệu', 'Các tổ chuyên môn', 'Thời gian: tháng 9/2026'],
  [3, 'Sơ kết học kỳ I, đánh giá việc thực hiện chỉ tiêu chuyển đổi số', 'Báo cáo sơ kết', 'Ban Giám hiệu', 'Các tổ chuyên môn', 'Học kỳ I năm học 2025-2026'],
  [4, 'Tổng kết năm học, đánh giá mức độ chuyển đổi số của nhà trường', 'Báo cáo tổng kết', 'Ban Giám hiệu', 'Các tổ chuyên môn', 'Cuối năm học 2025-2026'],
  [5, 'Cung cấp số liệu thống kê về chuyển đổi số cho Phòng Văn hóa - Xã hội', 'Biểu thống kê', 'Văn phòng', '', 'khi có yêu cầu'],
  [6, 'Báo cáo kết quả thực hiện theo đề nghị của cấp trên', 'Báo cáo', 'Văn phòng', '', 'Theo yêu cầu'],
  ['II', 'Dạy học, kiểm tra đánh giá'],
  [7, 'Ký số học bạ, sổ điểm điện tử cho học sinh các khối lớp', 'Học bạ số', 'Ban Giám hiệu', 'Giáo viên chủ nhiệm', 'Học kỳ II năm học 2025-2026'],
  [8, 'Cập nhật, bổ sung kho học liệu số của các tổ chuyên môn', 'Kho học liệu', 'Tổ Ngữ văn', 'Tổ Toán - Tin', 'Mỗi học kỳ'],
  [9, 'Xét duyệt sáng kiến ứng dụng công nghệ thông tin trong dạy học', 'Quyết định công nhận', 'Ban Giám hiệu', 'Hội đồng khoa học', 'Năm học 2025-2026'],
  [10, 'Hoàn thành nhập điểm, khóa sổ điểm điện tử', 'Sổ điểm điện tử', 'Tổ Toán - Tin', 'Giáo viên bộ môn', 'Trước khi khóa năm học 2025-2026'],
  [11, 'Kiểm tra, khóa sổ điểm học kỳ I năm học mới', 'Sổ điểm học kỳ I', 'Tổ Toán - Tin', 'Giáo viên bộ môn', 'Trước khi khóa học kỳ I năm học 2026-2027'],
  [12, 'Tổ chức kiểm tra trực tuyến môn Tin học', 'Kết quả kiểm tra', 'Tổ Toán - Tin', '', 'Cuối học kỳ I năm học 2026-2027'],
  ['III', 'Hạ tầng, an toàn thông tin'],
  [13, 'Kiểm tra an toàn thông tin các máy tính phòng học', 'Biên bản kiểm tra', 'Văn phòng', 'Tổ Toán - Tin', 'đột xuất'],
  [14, 'Rà soát, làm sạch dữ liệu học sinh trên CSDL ngành', 'Dữ liệu chuẩn hóa', 'Văn phòng', 'Giáo viên chủ nhiệm', 'Thường xuyên'],
  [15, 'Bảo trì hệ thống máy tính, mạng nội bộ', 'Biên bản bảo trì', 'Văn phòng', '', 'Quý IV'],
  [16, 'Tập huấn giáo viên sử dụng nền tảng dạy học trực tuyến', 'Danh sách giáo viên tham gia', 'Tổ Ngữ văn', 'Tổ Toán - Tin', 'Tháng 8/2026'],
];

export const THCS_ASSIGNMENTS: Row[] = [
  ['Đơn vị / bộ phận', 'Họ tên', 'E-mail', 'Vai trò'],
  ['Ban Giám hiệu', 'Phạm Văn Long', 'long.pv@thcstanhung.edu.vn', 'Trưởng ban'],
  ['Văn phòng', 'Trần Thị Mai', 'mai.tt@thcstanhung.edu.vn', 'Văn thư'],
  ['Tổ Toán - Tin', 'Nguyễn Đức Thắng', 'thang.nd@thcstanhung.edu.vn', 'Tổ trưởng'],
  ['Tổ Ngữ văn', 'Lê Thu Hà', 'ha.lt@thcstanhung.edu.vn', 'Tổ trưởng'],
  ['Đoàn Đội', 'Vũ Minh Anh', 'anh.vm@thcstanhung.edu.vn', 'Tổng phụ trách'],
];

/** The plan as the school keeps it by 30/09/2026: the work done so far is marked in Tiến độ. */
export function thcsTabs(): Tabs {
  const tabs: Tabs = new Map([
    ['Cấu hình', settingsRows(THCS_SETTINGS)],
    ['Chỉ tiêu', THCS_INDICATORS],
    ['Nhiệm vụ', THCS_TASKS],
    ['Phân công', THCS_ASSIGNMENTS],
  ]);
  return withStaffUpdates(tabs, [
    { taskId: '3', due: '18/01/2026', status: 'Hoàn thành', completedOn: '16/01/2026', evidence: 'https://thcstanhung.edu.vn/so-ket-hk1' },
    { taskId: '4', due: '31/05/2026', status: 'Hoàn thành', completedOn: '28/5/26', evidence: 'https://thcstanhung.edu.vn/tong-ket' },
    { taskId: '7', due: '31/05/2026', status: 'Hoàn thành', completedOn: '02/6/2026', evidence: 'https://thcstanhung.edu.vn/hoc-ba-so' },
    { taskId: '9', due: '31/05/2026', status: 'Hoàn thành', completedOn: '20/05/2026', evidence: 'https://thcstanhung.edu.vn/sang-kien' },
    { taskId: '10', due: '31/05/2026', status: 'Hoàn thành', completedOn: '25/05/2026', evidence: 'https://thcstanhung.edu.vn/so-diem' },
    { taskId: '1', due: '30/09/2026', status: 'Hoàn thành', completedOn: '03/09/2026', evidence: 'https://thcstanhung.edu.vn/qd-ban-chi-dao' },
    { taskId: '16', due: '31/08/2026', status: 'Hoàn thành', completedOn: '20/08/2026', evidence: 'https://thcstanhung.edu.vn/tap-huan' },
  ]);
}

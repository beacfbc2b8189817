/**
 * A tiểu học plan with per-unit targets and a letter/decimal structure (issue 9, style 3): group
 * rows «A | Mục tiêu chung», «B | Mục tiêu cụ thể», «1. …», «1.1 …» (only a name filled);
 * «Mỗi tổ chuyên môn có tối thiểu 01 …» with results «6/8», «6/8 tổ» and one bare «8» (a
 * deliberate problem); «02 đợt/năm (đầu năm và giữa năm)»; relative targets («giảm 5% so với năm
 * học trước», «tăng 10% so với năm 2025») with a baseline and one without (a deliberate problem);
 * long-term targets and timings («đến năm 2030», «giai đoạn 2026-2030»); completion dates typed
 * with a two-digit year («15/4/26»).
 */
import { BASELINE_HEADER, settingsRows, type Row, type StaffUpdate, type Tabs, withStaffUpdates } from './pipeline';

export const TIEU_HOC_SETTINGS = {
  parentAgency: 'UBND XÃ NGUYỄN BỈNH KHIÊM',
  schoolName: 'Trường Tiểu học Đông Phương',
  schoolCode: 'THĐP',
  place: 'Nguyễn Bỉnh Khiêm',
  planReference: 'Kế hoạch số 09/KH-THĐP ngày 02/3/2026 của Trường Tiểu học Đông Phương',
  signerTitle: 'HIỆU TRƯỞNG',
  signerName: 'Nguyễn Thị Thanh',
  boardHeadEmail: 'thanh.nt@thdongphuong.edu.vn',
};

const INDICATOR_HEADER: Row = ['STT', 'Nội dung chỉ tiêu', 'ĐVT', 'Chỉ tiêu cần đạt', BASELINE_HEADER, 'Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Người phụ trách', 'Minh chứng', 'Ghi chú', 'Kết quả mới nhất', 'Tỷ lệ đạt', 'Đánh giá'];

/** The sheet rows of the deliberate problems in Chỉ tiêu (row 1 is the header). */
export const NO_BASELINE_ROW = 13;
export const BARE_EIGHT_ROW = 18;

export const TIEU_HOC_INDICATORS: Row[] = [
  /* 1 */ INDICATOR_HEADER,
  /* 2 */ ['A', 'Mục tiêu chung'],
  /* 3 */ [1, 'Nhà trường đạt mức độ chuyển đổi số', 'mức', 'Mức 2 trở lên', '', '', '', 'Mức 2', '', 'Ban Giám hiệu'],
  /* 4 */ [2, 'Hồ sơ, tài liệu lưu trữ của nhà trường được số hóa', '%', '100% đến năm 2030', '', '', 0.2, 0.4, '', 'Văn phòng'],
  /* 5 */ ['B', 'Mục tiêu cụ thể'],
  /* 6 */ ['1.', 'Chuyển đổi số trong quản trị nhà trường'],
  /* 7 */ ['1.1', 'Thể chế số'],
  /* 8 */ [3, 'Hồ sơ công việc được xử lý trên môi trường điện tử', '%', '100%', '', '', 0.95, 1, '', 'Văn phòng'],
  /* 9 */ [4, 'Số hồ sơ giấy phải in, lưu trữ trong năm học', 'hồ sơ', 'giảm 5% so với năm học trước', 200, 60, 120, 180, '', 'Văn phòng'],
  /* 10 */ ['1.2', 'Dữ liệu số'],
  /* 11 */ [5, 'Dữ liệu học sinh được xác thực với CSDL quốc gia về dân cư', '%', '≥98%', '', '', 0.97, 0.99, '', 'Văn phòng'],
  /* 12 */ [6, 'Bài giảng điện tử được đưa lên kho học liệu của trường', 'bài giảng', 'tăng 10% so với năm 2025', 50, 10, 30, 44, '', 'Tổ chuyên môn'],
  /* 13 */ [7, 'Thời gian trung bình giải quyết hồ sơ chuyển trường', 'ngày', 'giảm 5% so với năm học trước', '', '', '', 4, '', 'Văn phòng'],
  /* 14 */ ['2.', 'Chuyển đổi số trong dạy học'],
  /* 15 */ ['2.1', 'Nhân lực số'],
  /* 16 */ [8, 'Mỗi tổ chuyên môn có tối thiểu 01 chuyên đề dạy học ứng dụng công nghệ số', 'tổ', 'Mỗi tổ chuyên môn có tối thiểu 01 chuyên đề', '', '', '3/8', '6/8', '', 'Tổ chuyên môn'],
  /* 17 */ [9, 'Mỗi tổ có tối thiểu 01 giáo viên làm đầu mối kỹ thuật về CNTT/CĐS', 'tổ', 'Mỗi tổ có tối thiểu 01 giáo viên đầu mối', '', '', '4/8 tổ', '6/8 tổ', '8/8 tổ', 'Ban Giám hiệu'],
  /* 18 */ [10, 'Mỗi tổ chuyên môn có tối thiểu 01 tiết dạy minh họa có ứng dụng AI', 'tổ', 'Mỗi tổ chuyên môn có tối thiểu 01 tiết dạy minh họa', '', '', '', 8, '', 'Tổ chuyên môn'],
  /* 19 */ [11, 'Tổ chức bồi dưỡng kỹ năng số cho giáo viên', 'đợt', '02 đợt/năm (đầu năm và giữa năm)', '', '', 1, 1, '', 'Ban Giám hiệu'],
  /* 20 */ ['2.2', 'Học liệu số và kiểm tra, đánh giá'],
  /* 21 */ [12, 'Giáo viên sử dụng hệ thống quản lý học tập (LMS)', '%', '≥ 90% (giai đoạn 2026-2030)', '', '', 0.5, 0.7, '', 'Tổ chuyên môn'],
  /* 22 */ [13, 'Các khoản thu được thực hiện không dùng tiền mặt', '%', '100%', '', 1, 1, 1, '', 'Kế toán'],
  /* 23 */ [14, 'Học sinh lớp 3, 4, 5 được học kỹ năng an toàn trên môi trường mạng', '%', 'Tối thiểu 85%', '', '', '', 0.9, '', 'Tổ chuyên môn'],
];

const TASK_HEADER: Row = ['TT', 'Nhiệm vụ', 'Kết quả đầu ra', 'Bộ phận chủ trì', 'Bộ phận phối hợp', 'Thời gian', 'Hạn gần nhất', 'Tình trạng'];

export const TIEU_HOC_TASKS: Row[] = [
  TASK_HEADER,
  ['A', 'Công tác chỉ đạo, điều hành'],
  [1, 'Kiện toàn Ban chỉ đạo chuyển đổi số cấp trường', 'Quyết định', 'Ban Giám hiệu', '', 'Tháng 1'],
  [2, 'Xây dựng kế hoạch chuyển đổi số giai đoạn 2026-2030', 'Kế hoạch', 'Ban Giám hiệu', 'Các tổ chuyên môn', 'Quý I'],
  ['B', 'Nhiệm vụ cụ thể'],
  ['1.', 'Hạ tầng và dữ liệu số'],
  [3, 'Ký số học bạ cho học sinh các khối lớp', 'Học bạ số', 'Ban Giám hiệu', 'Giáo viên chủ nhiệm', 'Tháng 4, 5'],
  [4, 'Số hóa sổ gốc, cập nhật kho dữ liệu dùng chung của thành phố', 'CSDL văn bằng', 'Văn phòng', '', 'Tháng 6'],
  [5, 'Hoàn thiện hồ sơ xác định cấp độ an toàn hệ thống thông tin', 'Hồ sơ cấp độ', 'Văn phòng', 'Phụ trách CNTT', 'Quý II-III'],
  [6, 'Xây dựng kho dữ liệu số dùng chung của nhà trường', 'Kho dữ liệu', 'Phụ trách CNTT', 'Văn phòng', 'giai đoạn 2026-2030'],
  [7, 'Trang bị màn hình tương tác cho các phòng học', 'Phòng học thông minh', 'Kế toán', 'Ban Giám hiệu', 'đến năm 2030'],
  ['2.', 'Dạy học số'],
  ['2.1', 'Bồi dưỡng giáo viên'],
  [8, 'Tập huấn ứng dụng AI trong soạn bài giảng cho giáo viên', 'Danh sách hoàn thành', 'Tổ chuyên môn', 'Phụ trách CNTT', 'Tháng 8'],
  [9, 'Tổ chức «Workshop số»: giáo viên giỏi CNTT hướng dẫn đồng nghiệp', 'Biên bản sinh hoạt', 'Tổ chuyên môn', '', 'Hàng tháng'],
  ['2.2', 'Kiểm tra, đánh giá'],
  [10, 'Kiểm tra định kỳ trực tuyến môn Tin học, Tiếng Anh', 'Kết quả kiểm tra', 'Tổ chuyên môn', 'Phụ trách CNTT', 'Tháng 4'],
  [11, 'Tự đánh giá mức độ chuyển đổi số của nhà trường', 'Báo cáo tự đánh giá', 'Ban Giám hiệu', '', 'Tháng 11'],
  [12, 'Tổng kết năm thực hiện kế hoạch chuyển đổi số', 'Báo cáo tổng kết', 'Ban Giám hiệu', '', 'Tháng 12'],
];

export const TIEU_HOC_ASSIGNMENTS: Row[] = [
  ['Đơn vị / bộ phận', 'Họ tên', 'E-mail', 'Vai trò'],
  ['Ban Giám hiệu', 'Nguyễn Thị Thanh', 'thanh.nt@thdongphuong.edu.vn', 'Trưởng ban'],
  ['Văn phòng', 'Đào Thị Hương', 'huong.dt@thdongphuong.edu.vn', 'Văn thư'],
  ['Phụ trách CNTT', 'Phạm Quốc Việt', 'viet.pq@thdongphuong.edu.vn', 'Đầu mối kỹ thuật'],
  ['Kế toán', 'Lưu Thị Nga', 'nga.lt@thdongphuong.edu.vn', 'Kế toán'],
  ['Tổ chuyên môn', 'Trịnh Văn Bình', 'binh.tv@thdongphuong.edu.vn', 'Tổ trưởng'],
];

/** The plan by 30/09/2026. Completion dates are typed as the staff type them, year in two digits. */
export function tieuHocTabs(): Tabs {
  const tabs: Tabs = new Map([
    ['Cấu hình', settingsRows(TIEU_HOC_SETTINGS)],
    ['Chỉ tiêu', TIEU_HOC_INDICATORS],
    ['Nhiệm vụ', TIEU_HOC_TASKS],
    ['Phân công', TIEU_HOC_ASSIGNMENTS],
  ]);
  const done = (taskId: string, due: string, completedOn: string): StaffUpdate => ({
    taskId,
    due,
    status: 'Hoàn thành',
    completedOn,
    evidence: `https://thdongphuong.edu.vn/minh-chung/${taskId}`,
  });
  const workshops = [1, 2, 3, 4, 5, 6, 7, 8].map((m) => {
    const end = new Date(Date.UTC(2026, m, 0)).getUTCDate();
    return done('9', `${end}/${String(m).padStart(2, '0')}/2026`, `25/${m}/26`);
  });
  return withStaffUpdates(tabs, [
    done('1', '31/01/2026', '20/1/26'),
    done('2', '31/03/2026', '30/3/26'),
    done('3', '31/05/2026', '28/5/26'),
    done('4', '30/06/2026', '15/7/26'),
    { taskId: '5', due: '30/09/2026', status: 'Đang thực hiện' },
    done('8', '31/08/2026', '15/8/26'),
    ...workshops,
    done('10', '30/04/2026', '15/4/26'),
  ]);
}

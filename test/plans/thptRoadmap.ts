/**
 * A THPT plan laid out as a roadmap by quarter and month (issue 9, style 2): timings such as
 * «Quý I/2026 (tháng 1-3)», «Quý II và Quý IV», «Tháng 1, 5», «Từ tháng 3 đến tháng 5»,
 * «Tháng 9/2026 - 12/2026», «hằng tuần», «02 lần/quý», «quý/lần», «định kỳ hằng quý»,
 * «thường niên», «Báo cáo tháng gửi trước ngày 12 hàng tháng», «Từ 01/3 đến 31/3/2026»; rate
 * targets («tối thiểu 01 lần/quý», «02 lần/tháng», «tối thiểu theo tháng») with cumulative
 * results at each quarter's end. Column headers are the plan's own («Mức đạt 2026», «Kết quả
 * quý 1»…, «Thời gian hoàn thành»).
 */
import { settingsRows, type Row, type Tabs, withStaffUpdates } from './pipeline';

export const THPT_SETTINGS = {
  parentAgency: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG',
  schoolName: 'Trường THPT Vĩnh Bảo',
  schoolCode: 'THPTVB',
  place: 'Vĩnh Bảo',
  planReference: 'Kế hoạch số 21/KH-THPTVB ngày 12/02/2026 của Trường THPT Vĩnh Bảo',
  signerTitle: 'KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG',
  signerName: 'Đỗ Thị Hạnh',
  boardHeadEmail: 'hanh.dt@thptvinhbao.edu.vn',
};

const INDICATOR_HEADER: Row = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Mức đạt 2026', 'Kết quả quý 1', 'Kết quả quý 2', 'Kết quả quý 3', 'Kết quả quý 4', 'Đơn vị phụ trách', 'Minh chứng', 'Ghi chú', 'Kết quả mới nhất', 'Tỷ lệ đạt', 'Đánh giá'];

/** Chỉ tiêu. Results are cumulative counts at the end of each quarter. */
export const THPT_INDICATORS: Row[] = [
  INDICATOR_HEADER,
  ['I', 'Quản trị, điều hành số'],
  [1, 'Kiểm tra nội bộ việc sử dụng chữ ký số trong xử lý văn bản', 'lần', 'tối thiểu 01 lần/quý', 1, 2, '3 lần', '4 lần', 'Ban chuyển đổi số', '', ''],
  [2, 'Họp giao ban Ban chuyển đổi số', 'cuộc', '02 lần/tháng', 6, 12, 18, 24, 'Ban chuyển đổi số', '', ''],
  [3, 'Cập nhật số liệu lên hệ thống dashboard của Sở', 'lần', 'tối thiểu theo tháng', 3, 6, 8, 11, 'Văn phòng', '', 'Tháng 8 không cập nhật'],
  [4, 'Báo cáo tiến độ chuyển đổi số với Sở GD&ĐT', 'báo cáo', '01 lần/tháng', 3, 6, 9, 12, 'Văn phòng', '', ''],
  [5, 'Sao lưu dữ liệu quản lý nhà trường', 'lần', 'tối thiểu 01 lần/quý', 1, 2, 4, '', 'Văn phòng', '', ''],
  ['II', 'Dữ liệu số và an toàn thông tin'],
  [6, 'Tập huấn bảo vệ dữ liệu cá nhân', 'đợt', '02 đợt/năm', '', 1, 1, 2, 'Ban chuyển đổi số', '', ''],
  [7, 'Hồ sơ học sinh được chuẩn hóa, đồng bộ trên CSDL ngành', '%', '≥98%', 0.9, 0.95, 0.985, 0.99, 'Văn phòng', '', ''],
  [8, 'Văn bản đi, đến được xử lý dưới dạng điện tử', '%', '≥ 95 %', 0.96, 0.97, 0.97, 0.98, 'Văn phòng', '', ''],
  [9, 'Sự cố mất an toàn thông tin phải xử lý', 'sự cố', 'không quá 2 sự cố', 0, 1, 1, 3, 'Ban chuyển đổi số', '', ''],
  ['III', 'Nhân lực số'],
  [10, 'Sinh hoạt chuyên đề chuyển đổi số tại các tổ chuyên môn', 'lần', 'tối thiểu 01 lần/quý', 1, 1, 2, 3, 'Tổ chuyên môn', '', ''],
  [11, 'Giáo viên được bồi dưỡng kỹ năng số', '%', '≥90%', 0.3, 0.5, 0.92, '', 'Tổ chuyên môn', '', ''],
  [12, 'Tổ chức kiểm tra, đánh giá bằng hình thức trực tuyến (môn phù hợp)', '%', '≥50%', '', '', '', '', 'Tổ chuyên môn', '', ''],
];

const TASK_HEADER: Row = ['STT', 'Nội dung nhiệm vụ', 'Sản phẩm/Kết quả', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành', 'Hạn gần nhất', 'Tình trạng'];

export const THPT_TASKS: Row[] = [
  TASK_HEADER,
  ['I', 'Quản trị, điều hành'],
  [1, 'Ban hành kế hoạch, phân công nhiệm vụ chuyển đổi số năm 2026', 'Kế hoạch; quyết định phân công', 'Ban chuyển đổi số', 'Các tổ chuyên môn', 'Quý I/2026 (tháng 1-3)'],
  [2, 'Sơ kết 6 tháng và tổng kết năm việc thực hiện kế hoạch', 'Báo cáo sơ kết; báo cáo tổng kết', 'Ban chuyển đổi số', 'Các tổ chuyên môn', 'Quý II và Quý IV'],
  [3, 'Rà soát quy chế sử dụng chữ ký số, hộp thư điện tử công vụ', 'Quy chế sửa đổi', 'Văn phòng', '', 'Tháng 1, 5'],
  [4, 'Tổ chức đánh giá mức độ chuyển đổi số của nhà trường theo Bộ tiêu chí', 'Báo cáo tự đánh giá', 'Ban chuyển đổi số', 'Văn phòng', 'Từ tháng 3 đến tháng 5'],
  [5, 'Triển khai hệ thống đăng nhập một lần (SSO) cho giáo viên', 'Tài khoản SSO', 'Văn phòng', 'Tổ Tin học', 'Tháng 9/2026 - 12/2026'],
  [6, 'Giao ban Ban chuyển đổi số', 'Biên bản giao ban', 'Ban chuyển đổi số', '', 'hằng tuần'],
  [7, 'Kiểm tra việc sử dụng sổ điểm điện tử', 'Biên bản kiểm tra', 'Ban chuyển đổi số', 'Các tổ chuyên môn', '02 lần/quý'],
  [8, 'Báo cáo quý về chuyển đổi số gửi Sở GD&ĐT', 'Báo cáo quý', 'Văn phòng', '', 'quý/lần'],
  ['II', 'Dữ liệu số'],
  [9, 'Đối soát dữ liệu học sinh với CSDL quốc gia về dân cư', 'Biên bản đối soát', 'Văn phòng', 'Giáo viên chủ nhiệm', 'định kỳ hằng quý'],
  [10, 'Đánh giá, xếp loại mức độ an toàn thông tin', 'Báo cáo đánh giá', 'Tổ Tin học', '', 'thường niên'],
  [11, 'Cập nhật số liệu thống kê giáo dục', 'Báo cáo tháng', 'Văn phòng', '', 'Báo cáo tháng gửi trước ngày 12 hàng tháng'],
  [12, 'Số hóa sổ gốc văn bằng tốt nghiệp các năm', 'CSDL văn bằng', 'Văn phòng', '', 'Từ 01/3 đến 31/3/2026'],
  [13, 'Chuẩn hóa dữ liệu thi, điểm, thời khóa biểu phục vụ phân tích chất lượng', 'Bộ dữ liệu chuẩn', 'Tổ Tin học', 'Văn phòng', 'Quý II-III'],
  [14, 'Kiểm tra trực tuyến các môn Tin học, Tiếng Anh', 'Kết quả kiểm tra', 'Tổ chuyên môn', 'Tổ Tin học', 'Tháng 4, 5'],
  [15, 'Diễn tập ứng cứu sự cố mất dữ liệu', 'Kịch bản; báo cáo diễn tập', 'Tổ Tin học', 'Văn phòng', 'Quý I và Quý III'],
  ['III', 'Dạy học số, nhân lực số'],
  [16, 'Sao lưu dữ liệu phần mềm quản lý nhà trường', 'Bản sao lưu', 'Văn phòng', '', 'Hàng tháng'],
  [17, 'Hỗ trợ kỹ thuật cho giáo viên sử dụng LMS', 'Nhật ký hỗ trợ', 'Tổ Tin học', '', 'Hàng tuần'],
  [18, 'Bồi dưỡng kỹ năng số cho giáo viên mới', 'Danh sách hoàn thành', 'Tổ chuyên môn', 'Tổ Tin học', 'Quý III/2026 (tháng 7-9)'],
  [19, 'Cập nhật kho học liệu số dùng chung', 'Kho học liệu', 'Tổ chuyên môn', '', 'Thường xuyên'],
  [20, 'Chuẩn bị hạ tầng cho năm học mới', 'Phòng máy sẵn sàng', 'Tổ Tin học', 'Văn phòng', 'Từ tháng 7 đến tháng 8/2026'],
  [21, 'Tuyên truyền Ngày Chuyển đổi số quốc gia', 'Tin bài', 'Ban chuyển đổi số', '', 'Tháng 10, 11'],
  [22, 'Thống kê lượt truy cập LMS của học sinh', 'Bảng thống kê', 'Tổ Tin học', '', 'theo tháng'],
];

export const THPT_ASSIGNMENTS: Row[] = [
  ['Đơn vị / bộ phận', 'Họ tên', 'E-mail', 'Vai trò'],
  ['Ban chuyển đổi số', 'Đỗ Thị Hạnh', 'hanh.dt@thptvinhbao.edu.vn', 'Trưởng ban'],
  ['Văn phòng', 'Ngô Văn Tài', 'tai.nv@thptvinhbao.edu.vn', 'Văn thư'],
  ['Tổ Tin học', 'Bùi Quang Huy', 'huy.bq@thptvinhbao.edu.vn', 'Tổ trưởng'],
  ['Tổ chuyên môn', 'Hoàng Thị Lan', 'lan.ht@thptvinhbao.edu.vn', 'Đại diện tổ trưởng'],
];

/** The plan by 30/09/2026, with the work done so far marked in Tiến độ. */
export function thptTabs(): Tabs {
  const tabs: Tabs = new Map([
    ['Cấu hình', settingsRows(THPT_SETTINGS)],
    ['Chỉ tiêu', THPT_INDICATORS],
    ['Nhiệm vụ', THPT_TASKS],
    ['Phân công', THPT_ASSIGNMENTS],
  ]);
  const done = (taskId: string, due: string, completedOn: string): Parameters<typeof withStaffUpdates>[1][number] => ({
    taskId,
    due,
    status: 'Hoàn thành',
    completedOn,
    evidence: `https://thptvinhbao.edu.vn/cds/nv${taskId}`,
  });
  return withStaffUpdates(tabs, [
    done('1', '31/03/2026', '15/03/2026'),
    done('2', '30/06/2026', '30/06/2026'),
    done('3', '31/01/2026', '20/01/2026'),
    done('3', '31/05/2026', '29/05/2026'),
    done('4', '31/05/2026', '15/05/2026'),
    done('8', '31/03/2026', '31/03/2026'),
    done('8', '30/06/2026', '30/06/2026'),
    done('8', '30/09/2026', '29/09/2026'),
    done('9', '31/03/2026', '25/03/2026'),
    done('9', '30/06/2026', '26/06/2026'),
    done('12', '31/03/2026', '31/3/26'),
    done('13', '30/09/2026', '28/09/2026'),
    done('14', '31/05/2026', '20/05/2026'),
    done('15', '31/03/2026', '27/03/2026'),
    { taskId: '15', due: '30/09/2026', status: 'Đang thực hiện' },
    done('18', '30/09/2026', '25/09/2026'),
    done('20', '31/08/2026', '28/08/2026'),
  ]);
}

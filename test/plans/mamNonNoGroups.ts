/**
 * A mầm non plan with no groups at all, typos and decoration (issue 9, style 4): a title above each
 * table, a column-number row, no group rows; the task column headed «Nhiệm vụ trọng tâm»; timings
 * typed with typos, capitals and trailing dots («quí 2», «THÁNG 7», «Qúy III», «Quý IV.»,
 * «Thực hiện: Quý II», «Thời gian: tháng 8/2026.»); one result above its target (110%).
 */
import { settingsRows, type Row, type StaffUpdate, type Tabs, withStaffUpdates } from './pipeline';

export const MAM_NON_SETTINGS = {
  parentAgency: 'UBND PHƯỜNG HỒNG BÀNG',
  schoolName: 'Trường Mầm non Hoa Sen',
  schoolCode: 'MNHS',
  place: 'Hồng Bàng',
  planReference: 'Kế hoạch số 07/KH-MNHS ngày 25/02/2026 của Trường Mầm non Hoa Sen',
  signerTitle: 'HIỆU TRƯỞNG',
  signerName: 'Đặng Thị Thu',
  boardHeadEmail: 'thu.dt@mnhoasen.edu.vn',
};

export const MAM_NON_INDICATORS: Row[] = [
  ['PHỤ LỤC 1'],
  ['CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2026 CỦA TRƯỜNG MẦM NON HOA SEN'],
  ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm', 'Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Phụ trách', 'Minh chứng', 'Ghi chú'],
  ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)'],
  [1, 'Trẻ 5 tuổi được làm quen với học liệu số, trò chơi giáo dục trên thiết bị', '%', '≥ 90%', '', 0.7, 0.99, '', 'Tổ chuyên môn', '', ''],
  [2, 'Hồ sơ trẻ được cập nhật đầy đủ trên CSDL ngành', '%', '100%', 0.8, 1, 1, '', 'Văn phòng', '', ''],
  [3, 'Giáo viên sử dụng phần mềm quản lý trẻ mầm non', '%', 'Tối thiểu 80%', 0.4, 0.5, 0.6, '', 'Tổ chuyên môn', '', ''],
  [4, 'Các khoản thu được thực hiện không dùng tiền mặt', '%', '100%', 0.7, 0.85, 0.9, '', 'Kế toán', '', ''],
  [5, 'Ban hành quy chế quản lý, sử dụng hệ thống camera giám sát', '', 'Ban hành quy chế', '', '', 'Có', '', 'Ban Giám hiệu', '', ''],
  [6, 'Sự cố mất an toàn thông tin', 'sự cố', 'không quá 1 sự cố', 0, 0, 0, '', 'Kế toán', '', ''],
  [7, 'Tuyên truyền cho cha mẹ trẻ qua nhóm Zalo của lớp', 'lần', 'tối thiểu 01 lần/quý', 1, 2, 3, '', 'Tổ chuyên môn', '', ''],
  [8, 'Giáo viên được bồi dưỡng kỹ năng số', '%', '≥ 95%', 0.2, 0.5, '', '', 'Ban Giám hiệu', '', 'Đợt 2 chưa tổ chức'],
  [9, 'Nhà trường đạt mức độ chuyển đổi số', '', 'Mức 2 trở lên', '', '', 'Mức 1', '', 'Ban Giám hiệu', '', ''],
];

export const MAM_NON_TASKS: Row[] = [
  ['PHỤ LỤC 2'],
  ['NHIỆM VỤ TRỌNG TÂM VỀ CHUYỂN ĐỔI SỐ NĂM 2026'],
  ['STT', 'Nhiệm vụ trọng tâm', 'Sản phẩm', 'Bộ phận chủ trì', 'Phối hợp', 'Thời gian'],
  ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
  [1, 'Rà soát, cập nhật thông tin trẻ trên CSDL ngành', 'Dữ liệu cập nhật', 'Văn phòng', 'Giáo viên các lớp', 'quí 2'],
  [2, 'Tập huấn giáo viên sử dụng phần mềm quản lý trẻ mầm non', 'Danh sách tham gia', 'Tổ chuyên môn', '', 'THÁNG 7'],
  [3, 'Kiểm tra hệ thống camera, mạng wifi các lớp', 'Biên bản kiểm tra', 'Kế toán', 'Văn phòng', 'Qúy III'],
  [4, 'Tổng kết ứng dụng CNTT năm 2026', 'Báo cáo tổng kết', 'Ban Giám hiệu', '', 'Quý IV.'],
  [5, 'Triển khai thu phí không dùng tiền mặt', 'Hướng dẫn thu phí', 'Kế toán', '', 'Thực hiện: Quý II'],
  [6, 'Cập nhật thông tin trên trang web nhà trường', 'Tin bài', 'Văn phòng', '', 'Thường xuyên.'],
  [7, 'Báo cáo số liệu chuyển đổi số về Phòng Văn hóa - Xã hội', 'Báo cáo', 'Văn phòng', '', 'Hàng quý.'],
  [8, 'Xây dựng kho học liệu số cho trẻ', 'Kho học liệu', 'Tổ chuyên môn', '', 'tháng 9.'],
  [9, 'Ban hành quy chế sử dụng camera giám sát', 'Quy chế', 'Ban Giám hiệu', '', 'Quí I'],
  [10, 'Tổ chức ngày hội «Bé làm quen với công nghệ»', 'Kế hoạch, hình ảnh', 'Tổ chuyên môn', '', 'Tháng 10, 11.'],
  [11, 'Duy trì phần mềm kế toán, quản lý tài sản', 'Phần mềm vận hành', 'Kế toán', '', 'Cả năm.'],
  [12, 'Kiểm tra nội bộ việc lưu trữ hồ sơ điện tử', 'Biên bản', 'Ban Giám hiệu', '', 'Qúy I và Qúy III.'],
  [13, 'Tuyên truyền cho cha mẹ trẻ về an toàn trên mạng', 'Bài tuyên truyền', 'Tổ chuyên môn', '', 'QUÝ II - QUÝ III'],
  [14, 'Rà soát thiết bị, đề xuất mua sắm cho năm học mới', 'Tờ trình', 'Kế toán', '', 'Thời gian: tháng 8/2026.'],
];

export const MAM_NON_ASSIGNMENTS: Row[] = [
  ['Đơn vị / bộ phận', 'Họ tên', 'E-mail', 'Vai trò'],
  ['Ban Giám hiệu', 'Đặng Thị Thu', 'thu.dt@mnhoasen.edu.vn', 'Hiệu trưởng'],
  ['Văn phòng', 'Mai Thị Hồng', 'hong.mt@mnhoasen.edu.vn', 'Văn thư'],
  ['Tổ chuyên môn', 'Cao Thị Yến', 'yen.ct@mnhoasen.edu.vn', 'Tổ trưởng'],
  ['Kế toán', 'Phan Văn Đức', 'duc.pv@mnhoasen.edu.vn', 'Kế toán'],
];

export function mamNonTabs(): Tabs {
  const tabs: Tabs = new Map([
    ['Cấu hình', settingsRows(MAM_NON_SETTINGS)],
    ['Chỉ tiêu', MAM_NON_INDICATORS],
    ['Nhiệm vụ', MAM_NON_TASKS],
    ['Phân công', MAM_NON_ASSIGNMENTS],
  ]);
  const done = (taskId: string, due: string, completedOn: string): StaffUpdate => ({
    taskId,
    due,
    status: 'Hoàn thành',
    completedOn,
    evidence: `https://mnhoasen.edu.vn/cds/${taskId}`,
  });
  return withStaffUpdates(tabs, [
    done('1', '30/06/2026', '25/6/2026'),
    done('2', '31/07/2026', '31/07/2026'),
    { taskId: '3', due: '30/09/2026', status: 'Đang thực hiện' },
    done('5', '30/06/2026', '05/07/2026'),
    done('7', '31/03/2026', '31/03/2026'),
    done('7', '30/06/2026', '29/06/2026'),
    done('9', '31/03/2026', '15/3/26'),
    done('12', '31/03/2026', '30/03/2026'),
  ]);
}

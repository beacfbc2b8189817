/**
 * The menu «Chuyển đổi số» as DESIGN §5 lists it, in order; "---" is a separator. Written out here
 * (not read from src/gas/menu.ts) so the tests check the code against the design.
 */
export const EXPECTED_MENU_CAPTIONS: readonly string[] = [
  'Khởi tạo bảng theo dõi',
  'Nhập kế hoạch từ tệp Word…',
  'Cập nhật đánh giá & tiến độ',
  'Kiểm tra dữ liệu',
  '---',
  'Tạo báo cáo quý',
  'Tự đánh giá CĐS (QĐ 4725)…',
  '---',
  'Gửi nhắc việc ngay',
  'Bật/Tắt nhắc việc tự động',
  '---',
  'Gửi số liệu lên Phòng/Sở',
  'Thiết lập nhận số liệu (Phòng/Sở)',
  'Cập nhật bảng tổng hợp (Phòng/Sở)',
  'Tạo báo cáo tổng hợp (Phòng/Sở)',
  '---',
  'Hướng dẫn',
];

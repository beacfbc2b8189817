/**
 * The default criteria of the yearly self-assessment under QĐ 4725/QĐ-BGDĐT (30/12/2022), as
 * Khởi tạo and the .xlsx template write them into «Tự đánh giá CĐS». Data, not rules: a school
 * or a Sở replaces the rows on the tab and nothing here is consulted again.
 *
 * Source: only the two groups, the level thresholds and the mandatory conditions 1.1, 1.2 are
 * confirmed in official excerpts; the per-item points come from one unofficial secondary source
 * (see /shared/reference/plans-dti-rollup.md §1.2). Group 2 adds to 90, not 100: a criterion or
 * some points are missing from that source, and they are NOT invented here. The tab and the data
 * check show such a group as «chưa đối chiếu đủ với QĐ 4725».
 */

/** Group 1 of QĐ 4725. */
export const DTI_GROUP_TEACHING = 'Chuyển đổi số trong dạy, học';
/** Group 2 of QĐ 4725. */
export const DTI_GROUP_MANAGEMENT = 'Chuyển đổi số trong quản trị cơ sở giáo dục';

export interface DefaultCriterion {
  readonly code: string;
  readonly name: string;
  readonly group: string;
  /** Điểm tối đa; undefined for a mandatory condition (no points). */
  readonly maxPoints: number | undefined;
  /** «Điều kiện bắt buộc»: met or not met, no points. */
  readonly mandatory: boolean;
  /** Ghi chú the template writes (e.g. the bands of criterion 1.3); '' when none. */
  readonly note: string;
}

const BANDS_1_3 = 'Tiêu chí 1.3 (1.3.1–1.3.5, tối đa 30 điểm): Mức 1 dưới 10 điểm, Mức 2 từ 10 đến 20 điểm, Mức 3 trên 20 điểm.';
const LMS = 'Hệ thống quản lý học tập trực tuyến (LMS/LCMS)';

function scored(code: string, group: string, name: string, maxPoints: number, note = ''): DefaultCriterion {
  return { code, name, group, maxPoints, mandatory: false, note };
}

function mandatory(code: string, group: string, name: string): DefaultCriterion {
  return { code, name, group, maxPoints: undefined, mandatory: true, note: 'Điều kiện bắt buộc (không tính điểm): ghi «Đạt» hoặc «Chưa đạt».' };
}

const G1 = DTI_GROUP_TEACHING;
const G2 = DTI_GROUP_MANAGEMENT;

export const QD4725_CRITERIA: readonly DefaultCriterion[] = [
  mandatory('1.1', G1, 'Có ban hành kế hoạch tổ chức dạy học trực tuyến (kết hợp với dạy học trực tiếp; ban hành riêng hoặc lồng ghép trong kế hoạch tổ chức dạy học hằng năm)'),
  mandatory('1.2', G1, 'Có ban hành quy chế tổ chức dạy học trực tuyến'),
  scored('1.3.1', G1, 'Triển khai phần mềm dạy học trực tuyến trực tiếp', 6, BANDS_1_3),
  scored('1.3.2', G1, `${LMS}: giáo viên giao bài cho học sinh tự học`, 6, BANDS_1_3),
  scored('1.3.3', G1, `${LMS}: giáo viên giải đáp câu hỏi của học sinh`, 6, BANDS_1_3),
  scored('1.3.4', G1, `${LMS}: tổ chức kiểm tra, đánh giá thường xuyên`, 6, BANDS_1_3),
  scored('1.3.5', G1, `${LMS}: cha mẹ học sinh theo dõi quá trình học tập của con`, 6, BANDS_1_3),
  scored('1.4', G1, 'Học liệu được số hóa phục vụ dạy học', 10),
  scored('1.5.1', G1, 'Tổ chức kiểm tra, đánh giá trên máy tính (phòng máy, phần mềm kiểm tra)', 15),
  scored('1.5.2', G1, 'Phần mềm kiểm tra, đánh giá trao đổi kết quả với hệ thống quản trị nhà trường', 5),
  scored('1.6.1', G1, 'Tỷ lệ giáo viên có tài khoản bồi dưỡng trực tuyến', 7),
  scored('1.6.2', G1, 'Tỷ lệ giáo viên khai thác phần mềm, công cụ số để đổi mới phương pháp dạy học', 7),
  scored('1.6.3', G1, 'Tỷ lệ giáo viên xây dựng được học liệu số', 6),
  scored('1.7.1', G1, 'Tỷ lệ phòng học có thiết bị trình chiếu và kết nối Internet', 8),
  scored('1.7.2', G1, 'Tỷ lệ phòng học đáp ứng yêu cầu dạy học môn Tin học', 7),
  scored('1.7.3', G1, 'Có phòng studio xây dựng học liệu số', 5),
  mandatory('2.1', G2, 'Có bộ phận chỉ đạo ứng dụng công nghệ thông tin, chuyển đổi số'),
  mandatory('2.2', G2, 'Có kế hoạch ứng dụng công nghệ thông tin, chuyển đổi số'),
  scored('2.3.1', G2, 'Có quy chế sử dụng hệ thống quản trị nhà trường', 6),
  scored('2.3.2', G2, 'Hệ thống quản trị nhà trường có phân hệ quản lý học sinh', 6),
  scored('2.3.3', G2, 'Có sổ điểm điện tử, học bạ điện tử', 10),
  scored('2.3.4', G2, 'Hệ thống quản trị nhà trường có phân hệ quản lý đội ngũ', 6),
  scored('2.3.5', G2, 'Hệ thống quản trị nhà trường có phân hệ quản lý cơ sở vật chất', 10),
  scored('2.3.6', G2, 'Hệ thống quản trị nhà trường có phân hệ quản lý y tế trường học', 10),
  scored('2.3.7', G2, 'Hệ thống quản trị nhà trường có phân hệ quản lý kế toán', 6),
  scored('2.3.8', G2, 'Trao đổi dữ liệu định kỳ với cơ sở dữ liệu ngành', 6),
  scored('2.4.1', G2, 'Ứng dụng kết nối gia đình và nhà trường', 8),
  scored('2.4.2', G2, 'Tuyển sinh đầu cấp trực tuyến', 12),
  scored('2.4.3', G2, 'Thu phí dịch vụ giáo dục không dùng tiền mặt', 10),
];

/** Where the default criteria come from, for the tab, the README and the documents. */
export const QD4725_SOURCE =
  'Hai nhóm tiêu chí, ngưỡng xếp mức và các điều kiện bắt buộc theo Quyết định số 4725/QĐ-BGDĐT ngày 30/12/2022 của Bộ GDĐT; điểm tối đa của từng tiêu chí lấy từ một nguồn thứ cấp không chính thức (nhóm 2 mới cộng được 90/100 điểm), nhà trường cần đối chiếu với văn bản Sở GDĐT gửi và sửa trực tiếp trên tab.';

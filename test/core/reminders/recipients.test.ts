import { describe, expect, it } from 'vitest';
import { isValidEmail } from '../../../src/core/email';
import { assignmentProblems, editDistance, leadUnits, recipientDirectory } from '../../../src/core/reminders/recipients';
import { SAMPLE_ASSIGNMENTS, SAMPLE_TASKS } from '../../../src/sample/anLao2026';
import { person } from '../../support/reminderPlans';

describe('recipients of a lead unit', () => {
  const directory = recipientDirectory(SAMPLE_ASSIGNMENTS);

  it('matches the sample typo «Ban chuyên đổi số» to Ban chuyển đổi số (two people)', () => {
    expect(directory.recipientsOf('Ban chuyên đổi số').people.map((p) => p.email)).toEqual(['hung.nv@example.edu.vn', 'lan.pt@example.edu.vn']);
  });

  it('splits on ";" only: a comma stays inside «Phòng GDTX, GDNN&ĐH»', () => {
    expect(leadUnits('Ban chuyển đổi số; ban quản lý học bạ số')).toEqual(['Ban chuyển đổi số', 'ban quản lý học bạ số']);
    expect(directory.recipientsOf('Phòng GDTX, GDNN&ĐH').people.map((p) => p.email)).toEqual(['ngoc.vt@example.edu.vn']);
    expect(directory.recipientsOf('Ban chuyển đổi số; ban quản lý học bạ số').people).toHaveLength(3);
  });

  it('tolerates case, missing diacritics, spacing and a one-letter slip', () => {
    expect(directory.recipientsOf('KE TOAN').people.map((p) => p.name)).toEqual(['Hoàng Thị Mai']);
    expect(directory.recipientsOf('  van phong   nha truong ').people).toHaveLength(1);
    expect(directory.recipientsOf('Ban chuyen mon.').people.map((p) => p.name)).toEqual(['Đỗ Quang Vinh']);
    expect(directory.recipientsOf('Ban chuyên mônn').people.map((p) => p.name)).toEqual(['Đỗ Quang Vinh']);
  });

  it('every lead of the sample plan reaches someone', () => {
    for (const t of SAMPLE_TASKS) expect(directory.recipientsOf(t.lead).people.length, t.lead).toBeGreaterThan(0);
  });

  it('reports units nobody answers for, and does not guess between two close names', () => {
    const dir = recipientDirectory([person('Tổ Toán', 'A', 'a@x.vn'), person('Tổ Tin', 'B', 'b@x.vn')]);
    expect(dir.recipientsOf('Tổ Hóa')).toEqual({ people: [], unmatched: ['Tổ Hóa'] });
    expect(dir.recipientsOf('Tổ Toán; Tổ Sử')).toEqual({ people: [{ email: 'a@x.vn', name: 'A' }], unmatched: ['Tổ Sử'] });
  });

  it('skips people whose e-mail is invalid, and lists them as problems', () => {
    const rows = [person('Tổ Văn', 'Chị C', 'c@@x'), person('Tổ Văn', 'Anh D', ''), person('', 'E', 'e@x.vn')];
    expect(recipientDirectory(rows).recipientsOf('Tổ Văn')).toEqual({ people: [], unmatched: ['Tổ Văn'] });
    expect(assignmentProblems(rows)).toEqual([
      'Phân công: e-mail «c@@x» của «Chị C» không hợp lệ.',
      'Phân công: «Anh D» (Tổ Văn) chưa có e-mail.',
      'Phân công: «E» chưa ghi đơn vị / bộ phận.',
    ]);
  });

  it('one person in a unit twice is one recipient, matched case-insensitively', () => {
    const dir = recipientDirectory([person('Tổ Toán', 'A', 'A@X.vn'), person('to toan', 'A', 'a@x.vn ')]);
    expect(dir.recipientsOf('Tổ Toán').people).toEqual([{ email: 'a@x.vn', name: 'A' }]);
  });

  it('e-mail validation', () => {
    for (const ok of ['a@b.vn', 'hung.nv@example.edu.vn', 'x+y@truong.edu.vn']) expect(isValidEmail(ok), ok).toBe(true);
    for (const bad of ['', 'a', 'a@b', 'a@@b.vn', 'a b@c.vn', '<a@b.vn>', 'a@b..vn', 'a@b.v']) expect(isValidEmail(bad), bad).toBe(false);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

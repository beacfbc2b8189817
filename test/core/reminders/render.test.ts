import { describe, expect, it } from 'vitest';
import { planReminders } from '../../../src/core/reminders/digest';
import { digestSubject, escapeHtml, parseRef, renderDigest, sheetLinkResolver } from '../../../src/core/reminders/render';
import { d, HEAD, person, plan, progress, task } from '../../support/reminderPlans';

const INJECTION = '<img src=x onerror=alert(1)>';
const PEOPLE = [person('Tổ Toán', 'Nguyễn "Ánh" <An>', 'an@truong.edu.vn')];
const URL = 'https://docs.google.com/spreadsheets/d/abc123/edit';
const link = sheetLinkResolver(URL, new Map([['Tiến độ', 777], ['Nhiệm vụ', 555]]));

function render(tasks = [task('1', INJECTION, 'Tổ Toán', '15/06/2026', { product: 'a & b' })], extra = {}, links = link) {
  const p = plan(tasks, PEOPLE, extra);
  const r = planReminders({ plan: p, asOf: d(2026, 6, 11), handled: new Set() });
  const digest = r.digests.find((x) => x.to === 'an@truong.edu.vn')!;
  return renderDigest(digest, { schoolName: p.settings.schoolName, asOf: d(2026, 6, 11), link: links });
}

describe('rendering a digest', () => {
  it('escapes a task named like an HTML injection; the text part keeps it verbatim', () => {
    const mail = render();
    expect(mail.htmlBody).not.toContain('<img');
    expect(mail.htmlBody).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.htmlBody).toContain('a &amp; b');
    expect(mail.htmlBody).toContain('Nguyễn &quot;Ánh&quot; &lt;An&gt;');
    expect(mail.textBody).toContain(INJECTION);
  });

  it('the subject counts overdue and upcoming work and names the school', () => {
    const mail = render([
      task('1', 'A', 'Tổ Toán', '15/06/2026'),
      task('2', 'B', 'Tổ Toán', '13/06/2026'),
      task('3', 'C', 'Tổ Toán', '01/06/2026'),
      task('4', 'D', 'Tổ Toán', '05/06/2026'),
      task('5', 'E', 'Tổ Toán', '12/06/2026'),
      task('6', 'F', 'Tổ Toán', '11/06/2026'),
    ]);
    expect(mail.subject).toBe('[CĐS] 2 việc quá hạn, 1 việc đến hạn hôm nay, 3 việc sắp đến hạn — Trường THPT An Lão');
    // overdue first, most overdue first
    expect(mail.textBody.indexOf('NV 3')).toBeLessThan(mail.textBody.indexOf('NV 4'));
    expect(mail.textBody.indexOf('NV 4')).toBeLessThan(mail.textBody.indexOf('NV 6'));
    expect(mail.textBody.indexOf('NV 6')).toBeLessThan(mail.textBody.indexOf('NV 5'));
    expect(mail.textBody).toContain('hạn 01/06/2026, quá hạn 10 ngày');
  });

  it('each item links to its row: the Tiến độ row when there is one, else the task row', () => {
    const mail = render([task('1', 'A', 'Tổ Toán', '15/06/2026'), task('2', 'B', 'Tổ Toán', '16/06/2026')], {
      progress: [progress('2', 'Hạn 16/06/2026', 'Đang thực hiện', '', 'Tiến độ!A9')],
    });
    expect(mail.htmlBody).toContain(`href="${URL}#gid=555&amp;range=A3"`);
    expect(mail.htmlBody).toContain(`href="${URL}#gid=777&amp;range=A9"`);
    expect(mail.textBody).toContain(`${URL}#gid=777&range=A9`);
  });

  it('a ref to an unknown tab, or no ref, gives no link rather than a wrong one', () => {
    expect(link('Không có!A3')).toBeUndefined();
    expect(link(undefined)).toBeUndefined();
    expect(parseRef("'Tiến độ'!A12")).toEqual({ tab: 'Tiến độ', row: 12 });
    expect(parseRef('Tiến độ!B12')).toBeUndefined();
    const evil = sheetLinkResolver('javascript:alert(1)//', new Map([['Nhiệm vụ', 1]]));
    expect(evil('Nhiệm vụ!A3')).toContain('javascript:'); // the resolver builds it …
    const mail = render([task('1', 'A', 'Tổ Toán', '15/06/2026')], {}, evil);
    expect(mail.htmlBody).not.toContain('javascript:'); // … but only http(s) becomes a link
    expect(mail.textBody).not.toContain('javascript:');
  });

  it('Vietnamese throughout, with a plain-text part', () => {
    const mail = render([task('1', 'Tập huấn', 'Tổ Toán', '15/06/2026')]);
    expect(mail.textBody).toMatch(/^Kính gửi Nguyễn "Ánh" <An>,/);
    expect(mail.textBody).toContain('SẮP ĐẾN HẠN (1)');
    expect(mail.htmlBody).toContain('Mở dòng trong bảng theo dõi');
    expect(escapeHtml(`'"&<>`)).toBe('&#39;&quot;&amp;&lt;&gt;');
  });

  it('a summary-only digest says so in the subject', () => {
    const p = plan([task('1', 'A', 'Tổ Toán', '15/12/2026')], PEOPLE);
    const r = planReminders({ plan: p, asOf: d(2026, 6, 8), handled: new Set() });
    expect(digestSubject(r.digests[0]!, 'Trường THPT An Lão')).toBe('[CĐS] Tổng hợp tuần từ 08/06/2026 — Trường THPT An Lão');
  });
});

describe('mail size', () => {
  it('a digest too large for MailApp keeps its most urgent items; the rest wait for the next run', async () => {
    const { renderWithin, utf8Length, MAX_MAIL_BYTES } = await import('../../../src/core/reminders/render');
    const long = 'Tổ chức triển khai nhiệm vụ chuyển đổi số '.repeat(120); // ~5 KB of Vietnamese per name
    const tasks = Array.from({ length: 30 }, (_, i) => task(String(i + 1), `${long}${i + 1}`, 'Tổ Toán', `${String(i + 1).padStart(2, '0')}/06/2026`));
    const p = plan(tasks, PEOPLE);
    const r = planReminders({ plan: p, asOf: d(2026, 6, 20), handled: new Set() });
    const digest = r.digests.find((x) => x.to === 'an@truong.edu.vn')!;
    const { digest: fitted, mail } = renderWithin(digest, { schoolName: 'Trường THPT An Lão', asOf: d(2026, 6, 20), link });
    expect(utf8Length(mail.htmlBody) + utf8Length(mail.textBody)).toBeLessThanOrEqual(MAX_MAIL_BYTES);
    expect(fitted.entries.length).toBeLessThan(digest.entries.length);
    expect(fitted.entries[0]!.key).toBe(digest.entries[0]!.key); // the most overdue stays
    expect(utf8Length('aĐ€😀')).toBe(1 + 2 + 3 + 4);
  });

  it('the weekly summary lists at most 25 per section and counts the rest', () => {
    // Tổ Toán's own work: the head sees it only in the summary (not also as items of the same mail).
    const tasks = Array.from({ length: 40 }, (_, i) => task(String(i + 1), `Việc ${i + 1}`, 'Tổ Toán', '01/06/2026'));
    const p = plan(tasks, PEOPLE);
    const r = planReminders({ plan: p, asOf: d(2026, 6, 8), handled: new Set() });
    const head = r.digests.find((x) => x.to === HEAD)!;
    const mail = renderDigest(head, { schoolName: 'X', asOf: d(2026, 6, 8), link });
    expect(mail.textBody).toContain('… và 15 mục khác (xem trong bảng theo dõi).');
  });

  it('the head standing in for a unit gets each overdue occurrence once: as an item, escalated, not again in the summary', () => {
    const tasks = [task('1', 'Việc của Tổ Hóa', 'Tổ Hóa', '01/06/2026'), task('2', 'Việc của Tổ Toán', 'Tổ Toán', '01/06/2026')];
    const p = plan(tasks, PEOPLE);
    const asOf = d(2026, 6, 22); // a Monday, 21 days overdue: fallback item, escalation and summary all owed
    const r = planReminders({ plan: p, asOf, handled: new Set() });
    const head = r.digests.find((x) => x.to === HEAD)!;
    const mail = renderDigest(head, { schoolName: 'X', asOf, link });
    for (const body of [mail.textBody, mail.htmlBody]) {
      expect(body.split('Việc của Tổ Hóa')).toHaveLength(2); // named once
      expect(body.split('Việc của Tổ Toán')).toHaveLength(2); // escalated item; not again in the summary
    }
    expect(mail.textBody).toContain('Gửi trưởng ban vì: Đơn vị chủ trì «Tổ Hóa» chưa có người nhận trong Phân công.');
    expect(mail.textBody).toContain('Quá hạn trên 14 ngày. Người phụ trách: Tổ Hóa');
    expect(mail.textBody).toContain('Quá hạn:\n- 2 việc đã nêu ở phần trên của thư.');
    expect(mail.htmlBody).toContain('<li><i>2 việc đã nêu ở phần trên của thư.</i></li>');
    expect(mail.subject).toBe('[CĐS] 2 việc quá hạn — X');
  });
});

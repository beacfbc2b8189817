/**
 * The «Gửi nhắc việc ngay» dialog (pure: a string of HTML): who gets what today, what waits for
 * the quota, what has nobody to go to; a «Gửi ngay» button that runs the same code path as the daily
 * trigger (google.script.run.remindersSendFromDialog) and shows its Vietnamese result.
 */
import { formatDdMmYyyy } from '../../core/date';
import { digestUrgency } from '../../core/reminders/digest';
import { escapeHtml } from '../../core/reminders/render';
import type { Preview } from '../../core/reminders/run';

/** Global function (src/main.ts) the button calls. */
export const SEND_FUNCTION = 'remindersSendFromDialog';

const URGENCY_TEXT = ['Có việc quá hạn', 'Đến hạn hôm nay / ngày mai', 'Sắp đến hạn / tổng hợp'];

export function previewDialogHtml(preview: Preview, quota: number): string {
  const { plan, mails } = preview;
  const fits = Math.min(mails.length, Math.max(0, quota));
  const rows = mails
    .map((mail, i) => {
      const digest = plan.digests[i]!;
      const waits = i >= fits ? ' <i>(chờ lần chạy sau: hết hạn mức)</i>' : '';
      return (
        `<tr><td>${i + 1}</td><td>${escapeHtml(digest.name)}<br><small>${escapeHtml(mail.to)}</small></td>` +
        `<td>${escapeHtml(mail.subject)}${waits}<details><summary>Xem nội dung</summary><pre>${escapeHtml(mail.textBody)}</pre></details></td>` +
        `<td>${digest.entries.length}</td><td>${escapeHtml(URGENCY_TEXT[digestUrgency(digest)])}</td></tr>`
      );
    })
    .join('');
  const undeliverable = plan.undeliverable.length
    ? `<p class="warn">${plan.undeliverable.length} mục không có người nhận (${escapeHtml(plan.undeliverable[0]!.reason)}); sẽ ghi vào «Nhật ký nhắc việc».</p>`
    : '';
  const problems = plan.problems.length
    ? `<details><summary>${plan.problems.length} vấn đề dữ liệu (báo trưởng ban một lần)</summary><ul>${plan.problems
        .map((p) => `<li>${escapeHtml(p)}</li>`)
        .join('')}</ul></details>`
    : '';
  const quotaLine =
    `<p>Ngày ${escapeHtml(formatDdMmYyyy(plan.asOf))}: ${mails.length} thư (mỗi người nhận một thư). ` +
    `Hạn mức gửi thư còn lại hôm nay: ${Math.max(0, quota)} người nhận` +
    (fits < mails.length ? `; ${mails.length - fits} thư sẽ chờ lần chạy sau, việc quá hạn gửi trước.` : '.') +
    '</p>';
  const table = mails.length
    ? `<table><thead><tr><th>#</th><th>Người nhận</th><th>Tiêu đề</th><th>Số mục</th><th>Mức</th></tr></thead><tbody>${rows}</tbody></table>`
    : '<p>Không có thư nào cần gửi hôm nay.</p>';
  return `<!DOCTYPE html>
<html><head><base target="_top"><meta charset="utf-8">
<style>
body{font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222;margin:0 4px}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ddd;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#f1f3f4}pre{white-space:pre-wrap;font-size:12px;background:#fafafa;padding:6px}
.warn{color:#b00020}.actions{margin:12px 0;display:flex;gap:8px}#result{white-space:pre-wrap;margin-top:8px}
button{padding:6px 14px}
</style></head><body>
${quotaLine}${undeliverable}${table}${problems}
<div class="actions"><button id="send" onclick="send()"${mails.length || plan.undeliverable.length ? '' : ' disabled'}>Gửi ngay</button>
<button onclick="google.script.host.close()">Đóng</button></div>
<div id="result"></div>
<script>
function send() {
  var button = document.getElementById('send');
  var result = document.getElementById('result');
  button.disabled = true;
  result.textContent = 'Đang gửi…';
  google.script.run
    .withSuccessHandler(function (message) { result.textContent = message; })
    .withFailureHandler(function (error) { var m = error && error.message ? String(error.message) : ''; result.textContent = m.indexOf('Không thực hiện được') === 0 ? m : 'Không gửi được: mất kết nối với Google Trang tính hoặc phiên làm việc đã hết hạn. Hãy tải lại trang rồi thử lại.'; button.disabled = false; })
    .${SEND_FUNCTION}();
}
</script>
</body></html>`;
}

/**
 * Why a mail could not be sent, as one Vietnamese sentence for school staff: nodemailer's errors
 * are English («connect ECONNREFUSED 127.0.0.1:1», «getaddrinfo ENOTFOUND …», «Invalid login: 535
 * …», OpenSSL's «wrong version number»). The sentence is built from the error's codes and numbers
 * only (code, originalCode, responseCode, command, the host and port), never from its text or the
 * server's reply, so it cannot repeat a password; it names the server and says what to check.
 *
 * nodemailer's codes: ESOCKET (with originalCode: ECONNREFUSED, a TLS or certificate error…),
 * EDNS (originalCode ENOTFOUND, EAI_AGAIN), ETIMEDOUT, ECONNECTION (closed), EAUTH, EENVELOPE
 * (MAIL FROM / RCPT TO refused), EMESSAGE (DATA refused), EPROTOCOL (a bad greeting).
 */
import { SMTP_PASSWORD_VARIABLE } from './smtpUrl';

/** The server as the --smtp address names it. */
export interface SmtpServerName {
  readonly host: string;
  readonly port?: number;
}

interface NodemailerError {
  readonly code?: string;
  readonly originalCode?: string;
  readonly responseCode?: number;
  readonly command?: string;
  readonly hostname?: string;
  readonly address?: string;
  readonly port?: number;
}

function fieldsOf(error: unknown): NodemailerError {
  if (typeof error !== 'object' || error === null) return {};
  const e = error as Record<string, unknown>;
  const text = (key: string) => (typeof e[key] === 'string' ? (e[key] as string) : undefined);
  const number = (key: string) => (typeof e[key] === 'number' ? (e[key] as number) : undefined);
  return {
    code: text('code'),
    originalCode: text('originalCode'),
    responseCode: number('responseCode'),
    command: text('command'),
    hostname: text('hostname'),
    address: text('address'),
    port: number('port'),
  };
}

/** «mail.truong.edu.vn:465» (or without the port): the server as known from the caller, else from the error. */
function serverText(e: NodemailerError, server: SmtpServerName | undefined, withPort = true): string {
  const host = server?.host ?? e.hostname ?? e.address;
  const port = withPort ? (server?.port ?? e.port) : undefined;
  if (host === undefined) return 'máy chủ thư';
  return `máy chủ thư «${host}${port === undefined ? '' : `:${port}`}»`;
}

/** Certificate problems, as Node's TLS names them. */
function isCertificateCode(code: string): boolean {
  return /CERT|SELF_SIGNED|UNABLE_TO_(?:GET|VERIFY)|ERR_TLS_CERT_ALTNAME_INVALID/.test(code);
}

const PORTS = 'Dùng smtps:// với cổng 465, smtp:// với cổng 587 hoặc 25.';

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One Vietnamese sentence saying why the mail was not sent through `server`. */
export function smtpErrorText(error: unknown, server?: SmtpServerName): string {
  const e = fieldsOf(error);
  const at = serverText(e, server);
  const code = e.code ?? '';
  const cause = e.originalCode ?? code;
  const reply = e.responseCode;

  const host = serverText(e, server, false);
  if (cause === 'ENOTFOUND' || (code === 'EDNS' && cause !== 'EAI_AGAIN')) {
    return `Không tìm thấy ${host}: tên máy chủ không tồn tại hoặc viết sai. Hãy kiểm tra tên máy chủ trong --smtp.`;
  }
  if (cause === 'EAI_AGAIN') return `Không tra được địa chỉ của ${host}: mạng hoặc dịch vụ DNS đang trục trặc. Hãy kiểm tra kết nối mạng rồi chạy lại.`;
  if (cause === 'ECONNREFUSED') {
    return `${capitalized(at)} từ chối kết nối: không có dịch vụ gửi thư nào ở cổng này. Hãy kiểm tra cổng trong --smtp (thường là 587, 465 hoặc 25).`;
  }
  if (cause === 'EHOSTUNREACH' || cause === 'ENETUNREACH' || cause === 'EADDRNOTAVAIL') {
    return `Không kết nối được tới ${at}: mạng không tới được máy chủ. Hãy kiểm tra kết nối mạng rồi chạy lại.`;
  }
  if (code === 'ETIMEDOUT' || cause === 'ETIMEDOUT') {
    return `${capitalized(at)} không trả lời trong thời gian chờ. Hãy kiểm tra tên máy chủ và cổng trong --smtp, tường lửa của mạng trường, hoặc thử lại sau.`;
  }
  if (isCertificateCode(cause)) {
    return (
      `Chứng chỉ bảo mật của ${at} không dùng được (hết hạn, tự ký hoặc không đúng tên máy chủ), ` +
      'nên thư không được gửi, để mật khẩu và nội dung thư không bị lộ. Hãy báo người quản trị máy chủ thư.'
    );
  }
  if (cause.startsWith('ERR_SSL_') || code === 'ETLS') {
    return `Không thiết lập được kết nối mã hoá (TLS) với ${at}: cổng này có lẽ không dùng kiểu kết nối đã chọn. ${PORTS}`;
  }
  if (code === 'ECONNECTION' || cause === 'ECONNRESET' || cause === 'EPIPE') {
    return `${capitalized(at)} đóng kết nối giữa chừng: có thể sai cổng hoặc sai kiểu kết nối, nếu không thì hãy thử lại sau. ${PORTS}`;
  }
  if (reply === 530) {
    return (
      `${capitalized(at)} yêu cầu đăng nhập trước khi gửi (mã ${reply}). Hãy thêm tên đăng nhập vào --smtp ` +
      `(smtps://tên@máy-chủ:465) và đặt mật khẩu vào biến môi trường ${SMTP_PASSWORD_VARIABLE}.`
    );
  }
  if (code === 'EAUTH') {
    if (reply === undefined) return `Chưa đăng nhập được vào ${at}: thiếu tên đăng nhập hoặc mật khẩu. Hãy đặt mật khẩu vào biến môi trường ${SMTP_PASSWORD_VARIABLE}.`;
    return (
      `${capitalized(at)} từ chối đăng nhập (mã ${reply}): tên đăng nhập hoặc mật khẩu không đúng. Hãy kiểm tra tên đăng nhập trong --smtp ` +
      `và mật khẩu trong biến môi trường ${SMTP_PASSWORD_VARIABLE} (với Gmail, cần mật khẩu ứng dụng).`
    );
  }
  if (reply !== undefined && reply >= 400 && reply < 500) {
    return `${capitalized(at)} tạm thời chưa nhận thư (mã ${reply}): máy chủ đang bận hoặc đã chạm giới hạn số thư. Hãy thử lại sau.`;
  }
  if (reply !== undefined && reply >= 500) {
    if (e.command === 'RCPT TO') {
      return `${capitalized(at)} không nhận gửi tới người nhận này (mã ${reply}): địa chỉ e-mail có thể sai hoặc hộp thư không còn. Hãy kiểm tra địa chỉ e-mail trong bảng theo dõi.`;
    }
    if (e.command === 'MAIL FROM') {
      return `${capitalized(at)} không nhận địa chỉ người gửi (mã ${reply}). Hãy kiểm tra --from: máy chủ thường chỉ cho gửi từ địa chỉ của tài khoản đăng nhập.`;
    }
    if (code === 'EMESSAGE') return `${capitalized(at)} từ chối nội dung thư (mã ${reply}), có thể do bộ lọc thư rác hoặc giới hạn gửi.`;
    return `${capitalized(at)} từ chối gửi thư (mã ${reply}).`;
  }
  if (code === 'EPROTOCOL') return `${capitalized(at)} trả lời không theo giao thức gửi thư (SMTP): có thể sai cổng. ${PORTS}`;
  return `Không gửi được thư qua ${at}. Hãy kiểm tra địa chỉ --smtp và kết nối mạng rồi chạy lại.`;
}

/**
 * The --smtp address of `remind`: smtp://host:port (no TLS, a school relay or a local sink) or
 * smtps://user:password@host:465, read into nodemailer's transport options. A wrong address is
 * explained in Vietnamese without ever repeating it: it may hold a password, and the message may
 * end up in a cron log. Only the host, once read, is named.
 */

export interface SmtpOptions {
  readonly host: string;
  readonly port: number;
  readonly secure: boolean;
  readonly ignoreTLS: boolean;
  readonly auth?: { readonly user: string; readonly pass: string };
}

const FORM =
  'Viết theo dạng smtp://máy-chủ:cổng (ví dụ smtp://127.0.0.1:2525) hoặc smtps://tên:mật-khẩu@máy-chủ:465; ' +
  'trong tên và mật khẩu, viết @ thành %40, : thành %3A, / thành %2F, % thành %25, dấu cách thành %20.';

/** Why the --smtp address was refused; its message never contains the address. */
export class SmtpUrlProblem extends Error {
  override readonly name = 'SmtpUrlProblem';
  constructor(reason: string) {
    super(`Địa chỉ máy chủ thư (--smtp) không hợp lệ: ${reason}. ${FORM}`);
  }
}

function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new SmtpUrlProblem('tên hoặc mật khẩu có ký tự % không theo sau bởi một mã hợp lệ như %40');
  }
}

/** nodemailer's options for `url`; throws SmtpUrlProblem saying what is wrong, never echoing `url`. */
export function smtpOptions(url: string): SmtpOptions {
  const text = url.trim();
  const scheme = /^(smtps?):\/\//i.exec(text);
  if (!scheme) throw new SmtpUrlProblem('địa chỉ phải bắt đầu bằng smtp:// hoặc smtps://');
  const secure = scheme[1]!.toLowerCase() === 'smtps';
  const rest = text.slice(scheme[0].length).replace(/\/$/, '');
  if (/\s/.test(rest)) throw new SmtpUrlProblem('địa chỉ có dấu cách');
  const at = rest.split('@');
  if (at.length > 2) throw new SmtpUrlProblem('có hơn một ký tự @ (ký tự @ trong tên hoặc mật khẩu phải viết thành %40)');
  const [userInfo, hostPort] = at.length === 2 ? [at[0]!, at[1]!] : [undefined, at[0]!];
  if (hostPort.includes('/')) throw new SmtpUrlProblem('sau tên máy chủ và cổng không được có thêm đường dẫn (ký tự / trong mật khẩu phải viết thành %2F)');
  const m = /^([^:]*)(?::(.*))?$/.exec(hostPort)!;
  const host = m[1]!;
  if (!/^[A-Za-z0-9.-]+$|^\[[0-9A-Fa-f:.]+\]$/.test(host)) throw new SmtpUrlProblem(host === '' ? 'thiếu tên máy chủ' : 'tên máy chủ có ký tự không hợp lệ');
  let port = secure ? 465 : 25;
  if (m[2] !== undefined) {
    port = /^\d{1,5}$/.test(m[2]) ? Number(m[2]) : NaN;
    if (!(port >= 1 && port <= 65535)) throw new SmtpUrlProblem(`cổng của máy chủ ${host} phải là một số từ 1 đến 65535`);
  }
  let auth: SmtpOptions['auth'];
  if (userInfo !== undefined) {
    const colon = userInfo.indexOf(':');
    const user = decoded(colon < 0 ? userInfo : userInfo.slice(0, colon));
    if (user === '') throw new SmtpUrlProblem('có ký tự @ nhưng thiếu tên đăng nhập trước nó');
    auth = { user, pass: colon < 0 ? '' : decoded(userInfo.slice(colon + 1)) };
  }
  return { host: host.replace(/^\[|\]$/g, ''), port, secure, ignoreTLS: !secure && !auth, ...(auth ? { auth } : {}) };
}

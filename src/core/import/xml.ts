/**
 * A small XML reader for the parts of a .docx (word/document.xml, styles, relationships): the text
 * becomes a tree of elements and text, with no DOM and no Node or Apps Script API, so the same
 * walker runs in both shells. It reads what Office writes — elements, attributes, the five named
 * entities and character references, CDATA, comments, processing instructions — and refuses
 * what an Office part never holds: a DOCTYPE (so no entity of the file's own can expand), unknown
 * entities, unbalanced tags, nesting deeper than a limit. It never throws: hostile text gives a
 * Result fail.
 *
 * Namespaces are resolved by URI: a caller names the prefix it wants for each namespace
 * (`{ [W_NS]: 'w' }`), and an element written `<x:p xmlns:x="…wordprocessingml…">` comes back as
 * `w:p`. Unknown prefixes are kept as written.
 */
import { fail, ok, type Result } from '../result';

export interface XmlElement {
  /** Qualified name with the caller's prefix for a known namespace (`w:p`), else as written. */
  readonly name: string;
  /** Attributes by qualified name, entity references decoded. Namespace declarations are dropped. */
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

/** An element, or text (entities decoded, CDATA as written). */
export type XmlNode = XmlElement | string;

export interface XmlOptions {
  /** Namespace URI → the prefix names should carry. */
  readonly namespaces?: Readonly<Record<string, string>>;
  /** Deepest nesting accepted (the walker recurses on it). */
  readonly maxDepth?: number;
}

const DEFAULT_MAX_DEPTH = 256;

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

interface Open {
  readonly written: string;
  readonly name: string;
  readonly attrs: Record<string, string>;
  readonly children: XmlNode[];
  /** prefix ('' for the default namespace) → URI, declared on this element or inherited. */
  readonly scope: ReadonlyMap<string, string>;
}

function isNameChar(code: number): boolean {
  // Anything that is not whitespace or markup punctuation: XML names allow most of Unicode.
  return !(code <= 0x20 || code === 0x3c || code === 0x3e || code === 0x2f || code === 0x3d || code === 0x22 || code === 0x27);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** Text with its entity and character references decoded; undefined when one is malformed. */
export function decodeEntities(text: string): string | undefined {
  if (!text.includes('&')) return text;
  let out = '';
  let at = 0;
  for (;;) {
    const amp = text.indexOf('&', at);
    if (amp < 0) return out + text.slice(at);
    out += text.slice(at, amp);
    const semi = text.indexOf(';', amp);
    if (semi < 0 || semi - amp > 12) return undefined;
    const ref = text.slice(amp + 1, semi);
    if (ref.startsWith('#')) {
      const hex = ref[1] === 'x' || ref[1] === 'X';
      const digits = ref.slice(hex ? 2 : 1);
      if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return undefined;
      const code = parseInt(digits, hex ? 16 : 10);
      if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return undefined;
      out += String.fromCodePoint(code);
    } else {
      const named = NAMED[ref];
      if (named === undefined) return undefined;
      out += named;
    }
    at = semi + 1;
  }
}

function where(xml: string, at: number): string {
  const excerpt = xml.slice(at, at + 30).replace(/\s+/g, ' ');
  return `ở ký tự ${at + 1}${excerpt ? ` («${excerpt}»)` : ''}`;
}

function resolve(written: string, scope: ReadonlyMap<string, string>, namespaces: Readonly<Record<string, string>>, isAttribute: boolean): string {
  const colon = written.indexOf(':');
  const prefix = colon < 0 ? '' : written.slice(0, colon);
  const local = colon < 0 ? written : written.slice(colon + 1);
  // An unprefixed attribute is in no namespace.
  if (colon < 0 && isAttribute) return written;
  const uri = scope.get(prefix);
  const wanted = uri === undefined ? undefined : namespaces[uri];
  if (wanted === undefined) return written;
  return wanted === '' ? local : `${wanted}:${local}`;
}

/** The root element of `xml`, or a Vietnamese message saying where the text stops being XML. */
export function parseXml(xml: string, options: XmlOptions = {}): Result<XmlElement> {
  const namespaces = options.namespaces ?? {};
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const stack: Open[] = [];
  let root: XmlElement | undefined;
  let at = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const length = xml.length;
  const rootScope: ReadonlyMap<string, string> = new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]);

  while (at < length) {
    const lt = xml.indexOf('<', at);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > at) {
      const raw = xml.slice(at, textEnd);
      const top = stack[stack.length - 1];
      if (top === undefined) {
        if (raw.trim() !== '') return fail(`Có chữ nằm ngoài phần tử gốc ${where(xml, at)}.`);
      } else {
        const text = decodeEntities(raw);
        if (text === undefined) return fail(`Tham chiếu ký tự không hợp lệ ${where(xml, at)}.`);
        top.children.push(text);
      }
    }
    if (lt < 0) break;
    at = lt;
    if (xml.startsWith('<!--', at)) {
      const end = xml.indexOf('-->', at + 4);
      if (end < 0) return fail(`Chú thích XML không đóng ${where(xml, at)}.`);
      at = end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', at)) {
      const end = xml.indexOf(']]>', at + 9);
      const top = stack[stack.length - 1];
      if (end < 0 || top === undefined) return fail(`Khối CDATA không hợp lệ ${where(xml, at)}.`);
      top.children.push(xml.slice(at + 9, end));
      at = end + 3;
      continue;
    }
    if (xml.startsWith('<!', at)) return fail(`Khai báo DOCTYPE hoặc khai báo lạ không được chấp nhận ${where(xml, at)}.`);
    if (xml.startsWith('<?', at)) {
      const end = xml.indexOf('?>', at + 2);
      if (end < 0) return fail(`Chỉ thị XML không đóng ${where(xml, at)}.`);
      at = end + 2;
      continue;
    }
    if (xml.startsWith('</', at)) {
      const end = xml.indexOf('>', at + 2);
      if (end < 0) return fail(`Thẻ đóng không trọn ${where(xml, at)}.`);
      const written = xml.slice(at + 2, end).trim();
      const top = stack.pop();
      if (top === undefined || top.written !== written) {
        return fail(`Thẻ đóng </${written.slice(0, 40)}> không khớp ${top ? `thẻ mở <${top.written}>` : 'thẻ mở nào'} ${where(xml, at)}.`);
      }
      const element: XmlElement = { name: top.name, attrs: top.attrs, children: top.children };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else root = element;
      at = end + 1;
      continue;
    }
    // A start tag.
    const start = at;
    let i = at + 1;
    while (i < length && isNameChar(xml.charCodeAt(i))) i++;
    const written = xml.slice(at + 1, i);
    if (written === '') return fail(`Thẻ không có tên ${where(xml, start)}.`);
    const rawAttrs: [string, string][] = [];
    let selfClosing = false;
    for (;;) {
      while (i < length && isSpace(xml.charCodeAt(i))) i++;
      if (i >= length) return fail(`Thẻ <${written.slice(0, 40)}> không đóng ${where(xml, start)}.`);
      const c = xml.charCodeAt(i);
      if (c === 0x3e) {
        i++;
        break;
      }
      if (c === 0x2f) {
        if (xml.charCodeAt(i + 1) !== 0x3e) return fail(`Thẻ <${written.slice(0, 40)}> sai cú pháp ${where(xml, i)}.`);
        selfClosing = true;
        i += 2;
        break;
      }
      const nameStart = i;
      while (i < length && isNameChar(xml.charCodeAt(i))) i++;
      const attrName = xml.slice(nameStart, i);
      while (i < length && isSpace(xml.charCodeAt(i))) i++;
      if (attrName === '' || xml.charCodeAt(i) !== 0x3d) return fail(`Thuộc tính sai cú pháp ${where(xml, nameStart)}.`);
      i++;
      while (i < length && isSpace(xml.charCodeAt(i))) i++;
      const quote = xml[i];
      if (quote !== '"' && quote !== "'") return fail(`Giá trị thuộc tính thiếu dấu nháy ${where(xml, i)}.`);
      const close = xml.indexOf(quote, i + 1);
      if (close < 0) return fail(`Giá trị thuộc tính không đóng ${where(xml, i)}.`);
      const rawValue = xml.slice(i + 1, close);
      if (rawValue.includes('<')) return fail(`Giá trị thuộc tính chứa «<» ${where(xml, i)}.`);
      const value = decodeEntities(rawValue);
      if (value === undefined) return fail(`Tham chiếu ký tự không hợp lệ ${where(xml, i)}.`);
      rawAttrs.push([attrName, value]);
      i = close + 1;
    }
    if (root !== undefined && stack.length === 0) return fail(`Có hơn một phần tử gốc ${where(xml, start)}.`);
    if (stack.length >= maxDepth) return fail(`Các phần tử lồng nhau quá sâu (hơn ${maxDepth} tầng) ${where(xml, start)}.`);

    const parentScope = stack[stack.length - 1]?.scope ?? rootScope;
    let scope = parentScope;
    for (const [name, value] of rawAttrs) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) {
        if (scope === parentScope) scope = new Map(parentScope);
        (scope as Map<string, string>).set(name === 'xmlns' ? '' : name.slice(6), value);
      }
    }
    const attrs: Record<string, string> = {};
    for (const [name, value] of rawAttrs) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      attrs[resolve(name, scope, namespaces, true)] = value;
    }
    const open: Open = { written, name: resolve(written, scope, namespaces, false), attrs, children: [], scope };
    if (selfClosing) {
      const element: XmlElement = { name: open.name, attrs, children: [] };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else root = element;
    } else {
      stack.push(open);
    }
    at = i;
  }
  if (stack.length > 0) return fail(`Thẻ <${stack[stack.length - 1]!.written.slice(0, 40)}> không được đóng trước khi hết văn bản.`);
  if (root === undefined) return fail('Không có phần tử XML nào.');
  return ok(root);
}

/** The element children of `element` named `name`. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of element.children) if (typeof child !== 'string' && (name === undefined || child.name === name)) out.push(child);
  return out;
}

/** The first element child named `name`. */
export function firstChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (element === undefined) return undefined;
  for (const child of element.children) if (typeof child !== 'string' && child.name === name) return child;
  return undefined;
}

/** The text directly inside `element` (its text children joined). */
export function ownText(element: XmlElement): string {
  let out = '';
  for (const child of element.children) if (typeof child === 'string') out += child;
  return out;
}

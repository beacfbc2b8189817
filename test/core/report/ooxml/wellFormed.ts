/**
 * A small XML 1.0 well-formedness check for the tests (no dependency): one root element, tags
 * closed in order, attributes quoted and not repeated, only the predefined and numeric entities,
 * no stray «<» or «&», no character XML forbids. Returns the first problem, or undefined.
 */
const NAME = '[A-Za-z_][\\w.:-]*';
const TOKEN = new RegExp(`<\\?xml[^?]*\\?>|<!--[\\s\\S]*?-->|<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>|<`, 'g');
const ATTR = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');
const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);)/;
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export function xmlProblem(xml: string): string | undefined {
  if (ILLEGAL.test(xml)) return `illegal character at ${xml.search(ILLEGAL)}`;
  const stack: string[] = [];
  let roots = 0;
  let at = 0;
  const text = (s: string, where: number): string | undefined => {
    if (ENTITY.test(s)) return `bad entity near ${where}: ${s.slice(0, 60)}`;
    if (stack.length === 0 && s.trim() !== '') return `text outside the root at ${where}`;
    return undefined;
  };
  for (const m of xml.matchAll(TOKEN)) {
    const problem = text(xml.slice(at, m.index), at);
    if (problem) return problem;
    at = m.index! + m[0].length;
    if (m[0] === '<') return `stray < at ${m.index}`;
    if (m[0].startsWith('<?xml')) {
      if (m.index !== 0) return 'XML declaration not at the start';
      continue;
    }
    if (m[0].startsWith('<!--')) continue;
    const [, closing, name, attrs, selfClosing] = m;
    if (closing) {
      if (stack.pop() !== name) return `</${name}> closes nothing open at ${m.index}`;
      continue;
    }
    if (stack.length === 0) roots++;
    if (roots > 1) return `second root element <${name}>`;
    const seen = new Set<string>();
    for (const a of attrs!.matchAll(ATTR)) {
      if (seen.has(a[1]!)) return `attribute ${a[1]} twice on <${name}>`;
      seen.add(a[1]!);
      if (ENTITY.test(a[2] ?? a[3] ?? '')) return `bad entity in ${a[1]} on <${name}>`;
    }
    if (!selfClosing) stack.push(name!);
  }
  const rest = text(xml.slice(at), at);
  if (rest) return rest;
  if (stack.length > 0) return `<${stack.at(-1)}> never closed`;
  if (roots !== 1) return 'no root element';
  return undefined;
}

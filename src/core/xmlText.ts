/**
 * Text an XML 1.0 document may hold. XML forbids the C0 control characters other than tab, line
 * feed and carriage return, unpaired surrogate halves, and U+FFFE / U+FFFF; a .docx or .xlsx part
 * holding one is not well-formed and Word or LibreOffice refuse the whole file. Cells can hold
 * them (an .xlsx spells them `_xFFFE_`, a paste from another program carries them), so every
 * writer of XML passes user text through here. Pure: no Node or Apps Script API.
 */

/** One character XML 1.0 does not allow (with the u flag a lone surrogate is one code point). */
const XML_ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const XML_ILLEGAL_ALL = new RegExp(XML_ILLEGAL.source, 'gu');

/** `text` without the characters XML 1.0 forbids; everything else, line breaks and emoji included, kept. */
export function xmlSafeText(text: string): string {
  return XML_ILLEGAL.test(text) ? text.replace(XML_ILLEGAL_ALL, '') : text;
}

/** Where the first character XML 1.0 forbids is in `text` (UTF-16 index), or -1 when there is none. */
export function xmlIllegalIndex(text: string): number {
  return text.search(XML_ILLEGAL);
}

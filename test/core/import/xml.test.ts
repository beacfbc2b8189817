import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { childElements, decodeEntities, parseXml, type XmlElement } from '../../../src/core/import/xml';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NS = { [W_NS]: 'w' };

function root(xml: string): XmlElement {
  const r = parseXml(xml, { namespaces: NS });
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('parseXml', () => {
  it('reads elements, attributes in either quote, text, and skips the declaration, comments and processing instructions', () => {
    const doc = root(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!-- made by Word --><w:document xmlns:w="${W_NS}"><?mso-application progid="Word.Document"?><w:p w:rsidR='00AB'><w:t xml:space="preserve"> Mục tiêu </w:t></w:p><w:br/></w:document>`);
    expect(doc.name).toBe('w:document');
    const [p, br] = childElements(doc);
    expect(p).toMatchObject({ name: 'w:p', attrs: { 'w:rsidR': '00AB' } });
    expect(childElements(p!)[0]).toEqual({ name: 'w:t', attrs: { 'xml:space': 'preserve' }, children: [' Mục tiêu '] });
    expect(br).toEqual({ name: 'w:br', attrs: {}, children: [] });
  });

  it('decodes the named entities and character references in text and attributes, and keeps CDATA as written', () => {
    const doc = root(`<w:t xmlns:w="${W_NS}" w:val="&quot;a&quot; &amp; &#60;b&#x3E;">Tổ &lt;1&gt; &amp; tổ 2 &#8805;95&#x25; <![CDATA[<b>&amp;</b>]]></w:t>`);
    expect(doc.attrs['w:val']).toBe('"a" & <b>');
    expect(doc.children.join('')).toBe('Tổ <1> & tổ 2 ≥95% <b>&amp;</b>');
  });

  it('gives the caller\'s prefix to a namespace whatever prefix the file uses, the default namespace included', () => {
    const other = root(`<x:document xmlns:x="${W_NS}"><x:p x:val="1" plain="2"/></x:document>`);
    expect(other.name).toBe('w:document');
    expect(childElements(other)[0]).toEqual({ name: 'w:p', attrs: { 'w:val': '1', plain: '2' }, children: [] });
    const dflt = root(`<document xmlns="${W_NS}"><p/></document>`);
    expect(childElements(dflt).map((e) => e.name)).toEqual(['w:p']);
    // A prefix bound to another namespace, or not bound at all, is kept as written.
    const kept = root(`<w:document xmlns:w="urn:other"><mc:Fallback/></w:document>`);
    expect([kept.name, childElements(kept)[0]!.name]).toEqual(['w:document', 'mc:Fallback']);
    // A redeclaration inside applies only there.
    const inner = root(`<a:x xmlns:a="urn:other"><a:y xmlns:a="${W_NS}"/><a:z/></a:x>`);
    expect(childElements(inner).map((e) => e.name)).toEqual(['w:y', 'a:z']);
  });

  it.each([
    ['an unclosed element', `<w:p xmlns:w="${W_NS}"><w:t>x</w:p>`, /không khớp/],
    ['a closing tag with no opening', '<a></a></b>', /không khớp/],
    ['end of text inside an element', '<a><b>', /không được đóng/],
    ['a DOCTYPE (entity expansion)', '<!DOCTYPE a [<!ENTITY x "xx">]><a>&x;</a>', /DOCTYPE/],
    ['an unknown entity', '<a>&nbsp;</a>', /Tham chiếu/],
    ['a reference to NUL', '<a>&#0;</a>', /Tham chiếu/],
    ['a lone surrogate reference', '<a>&#xD800;</a>', /Tham chiếu/],
    ['a reference past Unicode', '<a>&#x110000;</a>', /Tham chiếu/],
    ['two roots', '<a/><b/>', /hơn một phần tử gốc/],
    ['text outside the root', 'chữ<a/>', /ngoài phần tử gốc/],
    ['an attribute with no quotes', '<a b=1/>', /dấu nháy/],
    ['an unterminated attribute', '<a b="1/>', /không đóng/],
    ['an unterminated comment', '<a><!-- x</a>', /Chú thích/],
    ['an unterminated CDATA', '<a><![CDATA[x</a>', /CDATA/],
    ['an empty text', '', /Không có phần tử/],
    ['a tag with no name', '< a/>', /không có tên/],
  ])('refuses %s with a Vietnamese message', (_, xml, message) => {
    const r = parseXml(xml);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('refuses nesting deeper than the limit instead of overflowing the stack', () => {
    const deep = '<a>'.repeat(300) + '</a>'.repeat(300);
    const r = parseXml(deep);
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.error).toMatch(/quá sâu/);
    expect(parseXml(deep, { maxDepth: 400 }).ok).toBe(true);
    expect(parseXml('<a>'.repeat(100_000)).ok).toBe(false);
  });

  it('never throws, whatever the text', () => {
    const markup = fc.constantFrom('<', '>', '/', '&', ';', '"', "'", '=', '<!--', '-->', '<![CDATA[', ']]>', '<?', '?>', 'w:p', 'xmlns:w', '&#x', ' ', 'a');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(markup, { maxLength: 60 }).map((parts) => parts.join(''))), (text) => {
        const r = parseXml(text, { namespaces: NS });
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('decodeEntities', () => {
  it('decodes what XML names and refuses the rest', () => {
    expect(decodeEntities('a &amp;&apos;&#x1F600;')).toBe("a &'😀");
    expect(decodeEntities('a & b')).toBeUndefined();
    expect(decodeEntities('&#xZZ;')).toBeUndefined();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xmlIllegalIndex, xmlSafeText } from '../../src/core/xmlText';

describe('xmlSafeText', () => {
  it('drops U+FFFE, U+FFFF, C0 controls but tab/LF/CR, and unpaired surrogates', () => {
    expect(xmlSafeText('a\uFFFEb\uFFFFc')).toBe('abc');
    expect(xmlSafeText('\u0000\u0001\u0008x\u000B\u000C\u000E\u001F')).toBe('x');
    expect(xmlSafeText('lone \uD800 high, lone \uDFFF low, reversed \uDC00\uD800')).toBe('lone  high, lone  low, reversed ');
  });

  it('keeps what XML allows: Vietnamese, line breaks, tabs, emoji (a proper surrogate pair), U+FFFD', () => {
    const fine = 'Trường THPT An Lão\tQuý III\r\nGhi chú 😀 \uFFFD \u007F \uE000';
    expect(xmlSafeText(fine)).toBe(fine);
  });

  it('its result never holds a character XML forbids, and text without one is returned as is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const safe = xmlSafeText(text);
        expect(xmlIllegalIndex(safe)).toBe(-1);
        expect(xmlSafeText(safe)).toBe(safe);
      }),
    );
  });
});

describe('xmlIllegalIndex', () => {
  it('is the UTF-16 index of the first forbidden character, -1 without one', () => {
    expect(xmlIllegalIndex('<w:t>ok</w:t>')).toBe(-1);
    expect(xmlIllegalIndex('ab\uFFFE')).toBe(2);
    expect(xmlIllegalIndex('😀\uDC00')).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { asSentence, QUOTE_LENGTH, quote, shorten, trimCharacters } from '../../src/core/text';

describe('trimCharacters', () => {
  it('drops the given characters from each end, and only from the ends', () => {
    expect(trimCharacters('(Quý II).;', { start: '(', end: ').;' })).toBe('Quý II');
    expect(trimCharacters('≥ 95% . ;', { end: ' .;' })).toBe('≥ 95%');
    expect(trimCharacters('Quý I.., II', { end: '.,' })).toBe('Quý I.., II');
    expect(trimCharacters('..Quý II..', { end: '.' })).toBe('..Quý II');
  });

  it('gives an empty text when every character goes', () => {
    expect(trimCharacters(' .;. ', { start: ' ', end: ' .;' })).toBe('');
    expect(trimCharacters('', { start: '(', end: ')' })).toBe('');
  });

  it('leaves a run that stops short of the end, however long', () => {
    const text = `Quý II${'.'.repeat(49_993)}x`;
    expect(trimCharacters(text, { end: ' .,;:' })).toBe(text);
  });
});

describe('quote and shorten', () => {
  it('quote keeps a short text whole', () => {
    expect(quote('Khi có yêu cầu')).toBe("'Khi có yêu cầu'");
    expect(quote('a'.repeat(QUOTE_LENGTH))).toBe(`'${'a'.repeat(QUOTE_LENGTH)}'`);
  });

  it(`quote cuts a longer text to ${QUOTE_LENGTH} characters, «…» included`, () => {
    expect(quote('a'.repeat(QUOTE_LENGTH + 1))).toBe(`'${'a'.repeat(QUOTE_LENGTH - 1)}…'`);
    expect(quote('x'.repeat(50_000))).toHaveLength(QUOTE_LENGTH + 2);
  });

  it('shorten drops the space before «…»', () => {
    expect(shorten('Quý II và Quý III', 8)).toBe('Quý II…');
  });

  it('shorten never splits a surrogate pair or a letter from its combining marks', () => {
    expect(shorten(`abcd😀ef`, 6)).toBe('abcd…');
    expect(shorten('abcdo\u0323\u0302e', 6)).toBe('abcd…');
    const nfd = 'Tổ chức'.normalize('NFD');
    expect(shorten(nfd, 4)).toBe('T…');
    expect(shorten(nfd, 5).normalize('NFC')).toBe('Tổ…');
  });
});

describe('asSentence', () => {
  it('capitalises the first letter (Vietnamese too) and closes with a full stop only when the text has no closing mark', () => {
    expect(asSentence('chưa nhập chỉ tiêu')).toBe('Chưa nhập chỉ tiêu.');
    expect(asSentence('đã có ở dòng 5')).toBe('Đã có ở dòng 5.');
    expect(asSentence("không hiểu chỉ tiêu 'khoảng 30%'")).toBe("Không hiểu chỉ tiêu 'khoảng 30%'.");
    expect(asSentence('Cần kiểm tra lại.')).toBe('Cần kiểm tra lại.');
    expect(asSentence('hãy điền số («Số: /KH»)')).toBe('Hãy điền số («Số: /KH»)');
    expect(asSentence('  ')).toBe('');
  });
});

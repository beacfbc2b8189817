import { describe, expect, it } from 'vitest';
import { trimCharacters } from '../../src/core/text';

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

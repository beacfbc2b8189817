import { describe, expect, it } from 'vitest';
import { codeCovers, criteriaCodes } from '../../src/sheet/selfAssessment';

describe('criteriaCodes: a «Tiêu chí 4725» cell', () => {
  it('splits on commas, semicolons, line breaks and spaces, keeps the codes as typed, once each', () => {
    expect(criteriaCodes('1.3.1, 1.4; 2.3')).toEqual(['1.3.1', '1.4', '2.3']);
    expect(criteriaCodes('1.5.1\n1.5.2 1.5.1')).toEqual(['1.5.1', '1.5.2']);
    expect(criteriaCodes('TC 2.3.3 và 2.4.1.')).toEqual(['2.3.3', '2.4.1']);
    expect(criteriaCodes('')).toEqual([]);
    expect(criteriaCodes(undefined)).toEqual([]);
  });
});

describe('codeCovers', () => {
  it('a code serves itself and the criteria below it, never a sibling or a parent', () => {
    expect(codeCovers('1.3', '1.3.4')).toBe(true);
    expect(codeCovers('1.3.4', '1.3.4')).toBe(true);
    expect(codeCovers('TC1.4', '1.4')).toBe(true);
    expect(codeCovers('1.3', '1.31')).toBe(false);
    expect(codeCovers('1.3.4', '1.3')).toBe(false);
    expect(codeCovers('', '1.3')).toBe(false);
  });
});

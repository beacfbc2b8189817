import { describe, expect, it } from 'vitest';
import { percentText } from '../../src/sheet/cells';

describe('percentText', () => {
  it('shows a %-formatted number as staff see it, decimal comma, no float noise', () => {
    expect(percentText(1)).toBe('100%');
    expect(percentText(0.955)).toBe('95,5%');
    expect(percentText(0.07)).toBe('7%');
    expect(percentText(0.123456789)).toBe('12,345679%');
    expect(percentText(12.5)).toBe('1.250%');
  });
});

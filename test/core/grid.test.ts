import { describe, expect, it } from 'vitest';
import { isBlank, mapCells } from '../../src/core/grid';

const add = (...cells: unknown[]) => cells.map(Number).reduce((a, b) => a + b, 0);
const mismatch = () => 'mismatch';

describe('mapCells', () => {
  it('gives a single value for single cells', () => {
    expect(mapCells([1, 2], add, mismatch)).toBe(3);
  });

  it('gives the shape of the range for a range and a single cell', () => {
    expect(mapCells([[[1], [2], [3]], 10], add, mismatch)).toEqual([[11], [12], [13]]);
    expect(mapCells([10, [[1, 2]]], add, mismatch)).toEqual([[11, 12]]);
  });

  it('matches two ranges cell by cell', () => {
    expect(mapCells([[[1, 2], [3, 4]], [[10, 20], [30, 40]]], add, mismatch)).toEqual([[11, 22], [33, 44]]);
  });

  it('treats a 1×1 range like a single cell', () => {
    expect(mapCells([[[1], [2]], [[5]]], add, mismatch)).toEqual([[6], [7]]);
  });

  it('marks cells whose partner range is too small, and answers the rest', () => {
    expect(mapCells([[[1], [2], [3]], [[10], [20]]], add, mismatch)).toEqual([[11], [22], ['mismatch']]);
  });

  it('treats a bare array as one row', () => {
    expect(mapCells([[1, 2], 1], add, mismatch)).toEqual([[2, 3]]);
  });
});

describe('isBlank', () => {
  it('knows what Sheets means by blank', () => {
    expect([ '', '   ', '\u00a0', null, undefined].map(isBlank)).toEqual([true, true, true, true, true]);
    expect([0, false, 'x'].map(isBlank)).toEqual([false, false, false]);
  });
});

/** readDocxBody never throws (issue 12): random bytes, real files cut short or with bytes changed, give ok or a Vietnamese message. */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocxBody } from '../../../src/core/import/docxBody';
import { anLaoDocx, tranDuongDocx } from '../../support/planDocx';

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

function check(bytes: Uint8Array): void {
  const r = readDocxBody(bytes);
  if (!r.ok) expect(r.error).toMatch(VIETNAMESE);
  else expect(Array.isArray(r.value.blocks)).toBe(true);
}

describe('readDocxBody never throws', () => {
  let real: Uint8Array[] = [];
  beforeAll(async () => {
    real = [await anLaoDocx(), await tranDuongDocx()];
  });

  it('on random bytes, with and without a zip, OLE or PDF signature in front', () => {
    const prefix = fc.constantFrom([], [0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0x25, 0x50, 0x44, 0x46]);
    fc.assert(
      fc.property(prefix, fc.uint8Array({ maxLength: 3000 }), (head, rest) => {
        check(new Uint8Array([...head, ...rest]));
      }),
      { numRuns: 500 },
    );
  });

  it('on real plans cut short at any length', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (which, fraction) => {
        const bytes = real[which]!;
        check(bytes.slice(0, Math.floor(bytes.length * fraction)));
        check(bytes.slice(Math.floor(bytes.length * fraction)));
      }),
      { numRuns: 300 },
    );
  });

  it('on real plans with bytes changed anywhere', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1 }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        (which, changes) => {
          const bytes = real[which]!.slice();
          for (const [where, value] of changes) bytes[Math.min(bytes.length - 1, Math.floor(where * bytes.length))] = value;
          check(bytes);
        },
      ),
      { numRuns: 400 },
    );
  });
});

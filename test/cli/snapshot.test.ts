/**
 * `cds-tracker snapshot`: the school's id at its Phòng/Sở is Cấu hình's «Mã trường» when filled in,
 * else «Ký hiệu đơn vị», decided by the same core function as the add-in's push (snapshotSchoolId).
 */
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../src/core/date';
import type { Plan } from '../../src/core/plan';
import { snapshotSchoolId } from '../../src/core/rollup/snapshot';
import { workbookSnapshot } from '../../src/cli/snapshot';
import { planTabs } from '../../src/sheet/planTabs';
import { samplePlan } from '../../src/sample/anLao2026';

const AS_OF = calendarDate(2026, 10, 15);
const SENT = '2026-10-15T07:00:00+07:00';

function withSettings(change: Partial<Plan['settings']>): Plan {
  const plan = samplePlan();
  return { ...plan, settings: { ...plan.settings, ...change } };
}

function made(plan: Plan) {
  return workbookSnapshot(planTabs(plan), AS_OF, SENT);
}

describe('snapshot: the school id', () => {
  it('is «Mã trường» when Cấu hình has it (the id the Sở registered), as the add-in\'s push sends', () => {
    const plan = withSettings({ rollup: { url: '', schoolId: '31000123', token: '' } });
    const r = made(plan);
    expect(r.ok && r.value.snapshot.schoolId).toBe('31000123');
    expect(snapshotSchoolId(plan.settings)).toBe('31000123');
  });

  it('is «Ký hiệu đơn vị» when «Mã trường» is blank or absent', () => {
    for (const plan of [withSettings({ rollup: { url: 'https://script.google.com/macros/s/x/exec', schoolId: '', token: 't' } }), samplePlan()]) {
      const r = made(plan);
      expect(r.ok && r.value.snapshot.schoolId).toBe('THPTAL');
    }
  });

  it('without either, says which rows to fill in', () => {
    const r = made(withSettings({ schoolCode: '' }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/«Mã trường».*«Ký hiệu đơn vị»/);
    const coded = made(withSettings({ schoolCode: '', rollup: { url: '', schoolId: 'C3AL', token: '' } }));
    expect(coded.ok && coded.value.snapshot.schoolId).toBe('C3AL');
  });
});

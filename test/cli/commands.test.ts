import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCommand, usageText } from '../../src/cli/commands';
import { captureConsole } from '../support/console';

afterEach(() => vi.restoreAllMocks());

describe('cds-tracker command line', () => {
  it('start prints the sample evaluation in Vietnamese', async () => {
    const { out } = captureConsole();
    // start also writes the sample report: into a throw-away folder, not the project's out/.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cds-start-'));
    expect(await runCommand(['start', '--out', dir])).toBe(0);
    fs.rmSync(dir, { recursive: true, force: true });
    const text = out.join('\n');
    expect(text).toContain('Trường THPT An Lão');
    expect(text).toContain('Toàn kế hoạch: đạt 15/22 chỉ tiêu');
    expect(text).toContain('Nhiệm vụ quá hạn (4)');
    expect(text).toContain('minh họa');
    // Issue 13: both group levels and the school's, from the sample's illustrative self-assessment.
    expect(text).toContain('Chuyển đổi số trong dạy, học: 62/100 điểm — Mức 2 (đáp ứng cơ bản)');
    expect(text).toContain('Chuyển đổi số trong quản trị cơ sở giáo dục: 68/90 điểm (tổng điểm tối đa 90, chưa đối chiếu đủ với QĐ 4725) — Mức 2 (đáp ứng cơ bản)');
    expect(text).toContain('Mức của trường: Mức 2 (đáp ứng cơ bản)');
    expect(text).toContain('điểm tự đánh giá CĐS trong kế hoạch mẫu là minh họa');
  });

  it('prints usage for help and no command', async () => {
    const { out } = captureConsole();
    expect(await runCommand([])).toBe(0);
    expect(out.join('\n')).toBe(usageText());
  });

  it('refuses an unknown command with exit code 2 (a wrong call) and the usage', async () => {
    const { err } = captureConsole();
    expect(await runCommand(['bao-cao'])).toBe(2);
    expect(err.join('\n')).toContain('Lệnh không hợp lệ: «bao-cao»');
  });
});

/** What a command prints, captured instead of shown (undo with vi.restoreAllMocks()). */
import { vi } from 'vitest';

/** Spies on console.log and console.error; each call's arguments become one line of `out` / `err`. */
export function captureConsole(): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  return { out, err };
}

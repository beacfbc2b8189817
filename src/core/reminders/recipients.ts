/**
 * Who is told about a task: the people of its lead unit(s) in Phân công. The Đơn vị chủ trì cell
 * may name several units separated by ";" (a comma belongs to names such as "Phòng GDTX, GDNN&ĐH"),
 * spelled with typos or without diacritics: names match after folding, and a close spelling
 * (a letter or two off) matches when exactly one unit is that close.
 */
import type { Assignment } from '../plan';
import { isValidEmail, normalizeEmail } from '../email';
import { cleanText, foldText } from '../text';

export interface Person {
  /** Lowercased, trimmed: the identity of a recipient. */
  readonly email: string;
  readonly name: string;
}

export interface LeadRecipients {
  readonly people: readonly Person[];
  /** Units named in the cell that no valid person in Phân công answers for (as written). */
  readonly unmatched: readonly string[];
}

/** The unit names of a Đơn vị chủ trì cell, as written. */
export function leadUnits(lead: string): string[] {
  return lead
    .split(/[;\n]+/)
    .map((u) => cleanText(u))
    .filter((u) => u !== '');
}

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** Letters of difference tolerated between two folded unit names of this length. */
function tolerance(length: number): number {
  return length < 8 ? 0 : length < 20 ? 1 : 2;
}

export interface RecipientDirectory {
  recipientsOf(lead: string): LeadRecipients;
}

/** Indexes Phân công once; `recipientsOf` is then cheap for every occurrence. */
export function recipientDirectory(assignments: readonly Assignment[]): RecipientDirectory {
  const byUnit = new Map<string, Person[]>();
  for (const a of assignments) {
    const unit = foldText(a.unit ?? '');
    const email = normalizeEmail(a.email);
    if (unit === '' || !isValidEmail(email)) continue;
    const people = byUnit.get(unit) ?? [];
    if (!people.some((p) => p.email === email)) people.push({ email, name: cleanText(String(a.name ?? '')) });
    byUnit.set(unit, people);
  }
  const units = [...byUnit.keys()];
  const cache = new Map<string, LeadRecipients>();

  function unitPeople(written: string): Person[] | undefined {
    const folded = foldText(written);
    const exact = byUnit.get(folded);
    if (exact) return exact;
    const close = units.filter((u) => editDistance(u, folded) <= tolerance(Math.min(u.length, folded.length)));
    return close.length === 1 ? byUnit.get(close[0]!) : undefined;
  }

  return {
    recipientsOf(lead: string): LeadRecipients {
      const cached = cache.get(lead);
      if (cached) return cached;
      const people: Person[] = [];
      const unmatched: string[] = [];
      for (const unit of leadUnits(lead)) {
        const found = unitPeople(unit);
        if (!found) unmatched.push(unit);
        else for (const p of found) if (!people.some((q) => q.email === p.email)) people.push(p);
      }
      const result = { people, unmatched };
      cache.set(lead, result);
      return result;
    },
  };
}

/** Rows of Phân công that cannot receive mail, as messages for the head of the board and the data check. */
export function assignmentProblems(assignments: readonly Assignment[]): string[] {
  const problems: string[] = [];
  for (const a of assignments) {
    const who = cleanText(String(a.name ?? '')) || '(không tên)';
    const unit = cleanText(String(a.unit ?? ''));
    const email = normalizeEmail(a.email);
    if (unit === '') problems.push(`Phân công: «${who}» chưa ghi đơn vị / bộ phận.`);
    if (email === '') problems.push(`Phân công: «${who}» (${unit || 'không rõ đơn vị'}) chưa có e-mail.`);
    else if (!isValidEmail(email)) problems.push(`Phân công: e-mail «${cleanText(String(a.email))}» của «${who}» không hợp lệ.`);
  }
  return problems;
}

/**
 * What the official text of a report (the .docx, the Google Doc) must never contain (issue 10):
 * the tool's diagnostics («không hiểu», «Lỗi»), a group with no name («Nhóm . »), an average
 * above 100%, or one deadline printed twice («(Hạn 15/04/2026, hạn 15/4/2026)»).
 */

/** "15/04/2026" and "15/4/2026" as the same key. */
function dayKey(text: string): string {
  const [d, m, y] = text.split('/').map(Number);
  return `${y}-${m}-${d}`;
}

/** The brackets that print one deadline twice: «hạn <ngày>» twice, or the same day twice in one bracket. */
export function deadlinesPrintedTwice(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\(([^()]*)\)/g)) {
    const inside = m[1]!;
    // «hạn 15/4/2026» twice; «10 đúng hạn, 2 trễ hạn» is not a deadline.
    const words = [...inside.matchAll(/(?<!\p{L})hạn:?\s*\d{1,2}\/\d{1,2}\/\d{4}/giu)].length;
    const dates = [...inside.matchAll(/\b\d{1,2}\/\d{1,2}\/\d{4}\b/g)].map((d) => dayKey(d[0]));
    if (words >= 2 || new Set(dates).size < dates.length) out.push(m[0]);
  }
  return out;
}

/** Every sentence of an official text that breaks a rule of issue 10, with the rule. Empty: the text is clean. */
export function officialTextProblems(text: string): string[] {
  const problems: string[] = [];
  for (const word of [/không hiểu/iu, /(?<!\p{L})lỗi(?!\p{L})/iu, /Nhóm \. /u]) {
    const m = text.match(word);
    if (m) problems.push(`${word}: …${text.slice(Math.max(0, m.index! - 60), m.index! + 60)}…`);
  }
  const mean = /trung bình[^.;%]*?(\d{1,3}(?:\.\d{3})*(?:,\d+)?)\s?%/giu;
  for (const m of text.matchAll(mean)) {
    const value = Number(m[1]!.replace(/\./g, '').replace(',', '.'));
    if (value > 100) problems.push(`trung bình > 100%: ${m[0]}`);
  }
  for (const twice of deadlinesPrintedTwice(text)) problems.push(`hạn in hai lần: ${twice}`);
  return problems;
}

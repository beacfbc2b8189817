/**
 * Planning a reminder run (pure): for one day, from the plan, Phân công and the keys already in
 * the sent-log → one digest per recipient, and what nobody can receive. Nothing is sent here.
 *
 * - People of the lead unit(s) get each open occurrence at the stage it has reached (stages.ts).
 * - An occurrence with nobody to send to goes to E-mail trưởng ban, saying why.
 * - E-mail trưởng ban also gets: escalations (more than 14 days overdue), data problems (once each),
 *   and a weekly summary (the week's Monday, or the next run that week).
 * - When E-mail trưởng ban itself is missing or invalid, what was meant for it is "undeliverable":
 *   the run records it in the log (once per key), so nothing vanishes without a trace.
 * - One digest lists an occurrence once, in its most urgent section: the head who stands in for a
 *   unit nobody answers for gets an overdue item once, not again as an escalation and again in the
 *   weekly summary. The folded entries' keys travel with the entry kept (`covers`), so the mail
 *   records every (occurrence, stage, recipient) it stands for and none is sent again later.
 */
import { addDays, type CalendarDate, compareDates, dayNumber, daysBetween, formatDdMmYyyy, isoString, isoWeekday } from '../date';
import { periodLabel, type ReportPeriod } from '../period';
import { periodDeadline } from '../report/deadlines';
import { periodsOfYear } from '../report/window';
import { evaluatePlan, type OccurrenceEvaluation, type PlanEvaluation } from '../evaluation';
import type { Plan } from '../plan';
import type { PlanReading } from '../reading';
import { DONE } from '../status';
import { cleanText } from '../text';
import { isValidEmail, normalizeEmail } from '../email';
import { assignmentProblems, type Person, recipientDirectory } from './recipients';
import { DTI_TASK_ID, type OpenCriterion, type SelfAssessmentItem, selfAssessmentItem } from './selfAssessment';
import { occurrenceKey, problemOccurrence, sentKey, summaryLabel, summaryOccurrence } from './sentLog';
import {
  ESCALATION_KEY,
  ESCALATION_LABEL,
  PROBLEM_KEY,
  PROBLEM_LABEL,
  remindWindowDays,
  REPORT_DEADLINE_KEY,
  REPORT_DEADLINE_LABEL,
  REPORT_TASK_ID,
  SUMMARY_KEY,
  SUMMARY_LABEL,
  shouldEscalate,
  staffStage,
  staffStageKey,
  staffStageLabel,
  type StaffStage,
} from './stages';

/** Days ahead the weekly summary looks for what falls due. */
export const SUMMARY_LOOKAHEAD_DAYS = 14;
/**
 * Items one digest carries in one run (the weekly summary aside). A backlog beyond it (a plan of
 * thousands of rows, a trigger off for months) waits for the next runs, the most urgent first, so
 * no mail grows past what MailApp accepts and nobody gets a wall of 400 items.
 */
export const MAX_ENTRIES_PER_DIGEST = 40;

interface EntryBase {
  /** The sent-log key of this (occurrence, stage, recipient). */
  readonly key: string;
  readonly taskId: string;
  readonly label: string;
  /** Stage as shown in the log and the e-mail. */
  readonly stageLabel: string;
  /**
   * Entries for the same occurrence and recipient folded into this one (a digest lists an
   * occurrence once); sending this entry records their keys too.
   */
  readonly covers?: readonly DigestEntry[];
}

export interface TaskEntry extends EntryBase {
  readonly kind: 'task';
  readonly occurrence: OccurrenceEvaluation;
  readonly stage: StaffStage;
  /** Set when the recipient is the head of the board because nobody else could be found. */
  readonly fallbackReason?: string;
}

export interface EscalationEntry extends EntryBase {
  readonly kind: 'escalation';
  readonly occurrence: OccurrenceEvaluation;
  /** Who is responsible, as names. */
  readonly responsible: readonly string[];
}

export interface ProblemEntry extends EntryBase {
  readonly kind: 'problem';
  readonly message: string;
}

export interface WeeklySummary {
  readonly weekOf: CalendarDate;
  readonly overdue: readonly OccurrenceEvaluation[];
  readonly upcoming: readonly OccurrenceEvaluation[];
  readonly dueInYear: number;
  readonly done: number;
  readonly problems: readonly string[];
  /** The self-assessment when still open and late or due within SUMMARY_LOOKAHEAD_DAYS. */
  readonly selfAssessment?: SelfAssessmentItem;
}

export interface SummaryEntry extends EntryBase {
  readonly kind: 'summary';
  readonly summary: WeeklySummary;
}

/** A report due soon (Cấu hình «Hạn báo cáo …»), to the head of the board. */
export interface ReportDeadlineEntry extends EntryBase {
  readonly kind: 'report';
  /** «Báo cáo tháng 11 năm 2026: hạn nộp ngày 12/11/2026 (còn 3 ngày)» */
  readonly message: string;
  readonly due: CalendarDate;
}

/**
 * The self-assessment under QĐ 4725 (selfAssessment.ts), an occurrence like a task's: to the
 * people answering for open criteria (each told of theirs), to the head for criteria nobody
 * answers for, and to the head once more than 14 days late (`escalation`, every open criterion).
 */
export interface SelfAssessmentEntry extends EntryBase {
  readonly kind: 'selfAssessment';
  readonly item: SelfAssessmentItem;
  readonly stage: StaffStage;
  readonly overdueDays: number;
  /** The open criteria this recipient is told of. */
  readonly criteria: readonly OpenCriterion[];
  /** The head's escalation (more than 14 days late), naming who is responsible. */
  readonly escalation: boolean;
  readonly responsible?: readonly string[];
  /** Set when the head gets criteria because nobody else could be found. */
  readonly fallbackReason?: string;
}

export type DigestEntry = TaskEntry | EscalationEntry | SelfAssessmentEntry | ReportDeadlineEntry | ProblemEntry | SummaryEntry;

/** Entries that stand for an occurrence (a task's, or the self-assessment's): listed once per digest. */
type OccurrenceEntry = TaskEntry | EscalationEntry | SelfAssessmentEntry;

function isOccurrenceEntry(e: DigestEntry): e is OccurrenceEntry {
  return e.kind === 'task' || e.kind === 'escalation' || e.kind === 'selfAssessment';
}

export interface Digest {
  readonly to: string;
  readonly name: string;
  /** Task entries overdue first (most overdue first), then by due day; then escalations, problems, summary. */
  readonly entries: readonly DigestEntry[];
}

export interface Undeliverable {
  readonly entry: DigestEntry;
  readonly reason: string;
}

export interface ReminderPlan {
  readonly asOf: CalendarDate;
  readonly evaluation: PlanEvaluation;
  /** In sending order: the most urgent first (what does not fit the quota waits, overdue first). */
  readonly digests: readonly Digest[];
  readonly undeliverable: readonly Undeliverable[];
  /** Every data problem found (for the data check), whether or not already reported. */
  readonly problems: readonly string[];
}

export interface PlanningInput {
  readonly plan: Plan;
  readonly asOf: CalendarDate;
  /** Keys already in the sent-log. */
  readonly handled: ReadonlySet<string>;
  /** Problems found while reading the workbook, as messages naming tab/row/column. */
  readonly readProblems?: readonly string[];
  /** Reuse an evaluation already made for `asOf`. */
  readonly evaluation?: PlanEvaluation;
  /** The run's reading of the plan's cells (the workbook read's), so nothing is parsed again. */
  readonly reading?: PlanReading;
}

/** The Monday of asOf's ISO week. */
export function mondayOf(date: CalendarDate): CalendarDate {
  return addDays(date, 1 - isoWeekday(date));
}

/**
 * Messages for what the reminders cannot use in the plan: unreadable timings/statuses, unmatched units,
 * bad e-mails. (Problems found reading the workbook come in separately, as `readProblems`.)
 */
export function planProblemsForReminders(plan: Plan, evaluation: PlanEvaluation): string[] {
  const problems: string[] = [];
  for (const p of evaluation.taskProblems) problems.push(`Nhiệm vụ ${p.task.id}${where(p.task.ref)}: ${p.error} — không có hạn để nhắc.`);
  for (const o of evaluation.occurrences) {
    for (const e of o.errors) problems.push(`Nhiệm vụ ${o.task.id} (${o.label})${where(o.ref)}: ${e}.`);
  }
  problems.push(...assignmentProblems(plan.assignments));
  const directory = recipientDirectory(plan.assignments);
  const seen = new Set<string>();
  for (const task of plan.tasks) {
    const { unmatched, people } = directory.recipientsOf(task.lead ?? '');
    if (cleanText(task.lead ?? '') === '') problems.push(`Nhiệm vụ ${task.id}${where(task.ref)}: chưa ghi đơn vị chủ trì; nhắc việc gửi trưởng ban.`);
    for (const unit of unmatched) {
      if (seen.has(unit)) continue;
      seen.add(unit);
      const extra = people.length ? '' : '; nhắc việc gửi trưởng ban';
      problems.push(`Đơn vị «${unit}» (đơn vị chủ trì của nhiệm vụ ${task.id}) chưa có người có e-mail hợp lệ trong Phân công${extra}.`);
    }
  }
  const open = selfAssessmentItem(plan.settings, evaluation.selfAssessment)?.open ?? [];
  for (const c of open) {
    for (const unit of directory.recipientsOf(c.owner).unmatched) {
      if (seen.has(unit)) continue;
      seen.add(unit);
      problems.push(`Đơn vị «${unit}» (phụ trách tiêu chí ${c.code} trong tab «Tự đánh giá CĐS») chưa có người có e-mail hợp lệ trong Phân công.`);
    }
  }
  const head = normalizeEmail(plan.settings.boardHeadEmail);
  if (head === '') problems.push('Cấu hình: chưa có «E-mail trưởng ban»; việc không có người nhận và báo cáo tuần không gửi được.');
  else if (!isValidEmail(head)) problems.push(`Cấu hình: «E-mail trưởng ban» «${cleanText(String(plan.settings.boardHeadEmail))}» không hợp lệ.`);
  return problems;
}

function where(ref: string | undefined): string {
  return ref ? ` (${ref})` : '';
}

function isOpen(o: OccurrenceEvaluation): o is OccurrenceEvaluation & { due: CalendarDate } {
  return o.due !== undefined && o.status !== DONE;
}

export function weeklySummary(evaluation: PlanEvaluation, asOf: CalendarDate, problems: readonly string[], selfAssessment?: SelfAssessmentItem): WeeklySummary {
  const horizon = addDays(asOf, SUMMARY_LOOKAHEAD_DAYS);
  const showSelfAssessment = selfAssessment !== undefined && compareDates(selfAssessment.due, horizon) <= 0;
  const withDue = evaluation.occurrences.filter((o) => o.due !== undefined);
  return {
    weekOf: mondayOf(asOf),
    overdue: evaluation.overdue,
    upcoming: withDue
      .filter((o) => isOpen(o) && compareDates(o.due!, asOf) >= 0 && compareDates(o.due!, horizon) <= 0)
      .sort((a, b) => compareDates(a.due!, b.due!)),
    dueInYear: withDue.length,
    done: withDue.filter((o) => o.status === DONE).length,
    problems,
    ...(showSelfAssessment ? { selfAssessment } : {}),
  };
}

interface DigestBuilder {
  add(person: Person, entry: DigestEntry): void;
  /** For the head of the board; recorded as undeliverable when there is no valid head e-mail. */
  toHead(make: (recipient: string) => DigestEntry): void;
  digests(): Digest[];
  readonly undeliverable: Undeliverable[];
}

// A closure, not a class: class fields would need esbuild runtime helpers in the Apps Script bundle.
function digestBuilder(handled: ReadonlySet<string>, head: Person | undefined, headProblem: string): DigestBuilder {
  const byEmail = new Map<string, { name: string; entries: DigestEntry[] }>();
  const undeliverable: Undeliverable[] = [];
  function add(person: Person, entry: DigestEntry): void {
    if (handled.has(entry.key)) return;
    const digest = byEmail.get(person.email) ?? { name: person.name, entries: [] };
    if (!digest.name && person.name) digest.name = person.name;
    digest.entries.push(entry);
    byEmail.set(person.email, digest);
  }
  return {
    add,
    undeliverable,
    toHead(make) {
      if (head) {
        add(head, make(head.email));
        return;
      }
      const entry = make('');
      if (!handled.has(entry.key)) undeliverable.push({ entry, reason: headProblem });
    },
    digests() {
      return [...byEmail.entries()].map(([to, d]) => ({ to, name: d.name, entries: capEntries(sortEntries(foldSameOccurrence(d.entries))) }));
    },
  };
}

/** Section order in the mail, most urgent first: overdue, due today, due soon, escalation. */
function sectionRank(e: OccurrenceEntry): number {
  if (e.kind === 'escalation' || (e.kind === 'selfAssessment' && e.escalation)) return 3;
  return e.stage.kind === 'overdue' ? 0 : e.stage.kind === 'dueToday' ? 1 : 2;
}

/**
 * One entry per occurrence in a recipient's digest: the one in the most urgent section, carrying
 * the others (and what they carried) in `covers`. Problems and the summary are left as they are.
 */
function foldSameOccurrence(entries: readonly DigestEntry[]): DigestEntry[] {
  const byOccurrence = new Map<string, OccurrenceEntry[]>();
  for (const e of entries) {
    if (!isOccurrenceEntry(e)) continue;
    const occ = occurrenceKey(e.taskId, e.label);
    byOccurrence.set(occ, [...(byOccurrence.get(occ) ?? []), e]);
  }
  const out: DigestEntry[] = [];
  for (const e of entries) {
    if (!isOccurrenceEntry(e)) {
      out.push(e);
      continue;
    }
    const same = byOccurrence.get(occurrenceKey(e.taskId, e.label))!;
    if (same.length === 1) {
      out.push(e);
      continue;
    }
    if (same[0] !== e) continue; // the group is placed where its first entry was
    const [kept, ...folded] = [...same].sort((a, b) => sectionRank(a) - sectionRank(b));
    const covers = [...(kept!.covers ?? []), ...folded.flatMap((f) => [{ ...f, covers: undefined }, ...(f.covers ?? [])])];
    out.push({ ...kept!, covers });
  }
  return out;
}

/** Every entry a digest stands for: its entries and those folded into them (all recorded when sent). */
export function coveredEntries(digest: Digest): DigestEntry[] {
  return digest.entries.flatMap((e) => [e, ...(e.covers ?? [])]);
}

/** The weekly summary's lists without the occurrences the digest already lists as items. */
export interface SummaryLists {
  readonly overdue: readonly OccurrenceEvaluation[];
  readonly upcoming: readonly OccurrenceEvaluation[];
  /** How many of each list are left out because an item above carries them. */
  readonly listedAbove: { readonly overdue: number; readonly upcoming: number };
}

export function summaryLists(digest: Digest, summary: WeeklySummary): SummaryLists {
  const listed = new Set(
    digest.entries.filter((e) => e.kind === 'task' || e.kind === 'escalation').map((e) => occurrenceKey(e.taskId, e.label)),
  );
  const notListed = (o: OccurrenceEvaluation): boolean => !listed.has(occurrenceKey(o.task.id, o.label));
  const overdue = summary.overdue.filter(notListed);
  const upcoming = summary.upcoming.filter(notListed);
  return {
    overdue,
    upcoming,
    listedAbove: { overdue: summary.overdue.length - overdue.length, upcoming: summary.upcoming.length - upcoming.length },
  };
}

/** The self-assessment ranks among the tasks (by how late, then by due day), the head's escalation among the escalations. */
const KIND_ORDER: Readonly<Record<DigestEntry['kind'], number>> = { task: 0, selfAssessment: 0, escalation: 1, report: 2, problem: 3, summary: 4 };

function kindOrder(e: DigestEntry): number {
  return e.kind === 'selfAssessment' && e.escalation ? KIND_ORDER.escalation : KIND_ORDER[e.kind];
}

function overdueDaysOf(e: OccurrenceEntry): number {
  return e.kind === 'selfAssessment' ? e.overdueDays : e.occurrence.overdueDays;
}

function dueOf(e: OccurrenceEntry): CalendarDate {
  return e.kind === 'selfAssessment' ? e.item.due : e.occurrence.due!;
}

function sortEntries(entries: readonly DigestEntry[]): DigestEntry[] {
  return [...entries].sort((a, b) => {
    if (kindOrder(a) !== kindOrder(b)) return kindOrder(a) - kindOrder(b);
    if (isOccurrenceEntry(a) && isOccurrenceEntry(b)) {
      return overdueDaysOf(b) - overdueDaysOf(a) || compareDates(dueOf(a), dueOf(b)) || compareKeys(a, b);
    }
    return compareKeys(a, b);
  });
}

/** The first MAX_ENTRIES_PER_DIGEST items (already most urgent first), plus the summary if any. */
function capEntries(entries: DigestEntry[]): DigestEntry[] {
  const items = entries.filter((e) => e.kind !== 'summary');
  if (items.length <= MAX_ENTRIES_PER_DIGEST) return entries;
  return [...items.slice(0, MAX_ENTRIES_PER_DIGEST), ...entries.filter((e) => e.kind === 'summary')];
}

function compareKeys(a: DigestEntry, b: DigestEntry): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** 0 = has overdue items or escalations, 1 = due today / tomorrow, 2 = the rest. */
export function digestUrgency(digest: Digest): number {
  let urgency = 2;
  for (const e of digest.entries) {
    if (e.kind === 'escalation' || ((e.kind === 'task' || e.kind === 'selfAssessment') && e.stage.kind === 'overdue')) return 0;
    if ((e.kind === 'task' || e.kind === 'selfAssessment') && (e.stage.kind === 'dueToday' || e.stage.kind === 'dayBefore')) urgency = 1;
  }
  return urgency;
}

function maxOverdue(digest: Digest): number {
  let max = 0;
  for (const e of digest.entries) if (isOccurrenceEntry(e)) max = Math.max(max, overdueDaysOf(e));
  return max;
}

function earliestDue(digest: Digest): number {
  let min = Infinity;
  for (const e of digest.entries) {
    if (e.kind === 'task') min = Math.min(min, dayNumber(e.occurrence.due!));
    else if (e.kind === 'selfAssessment' && !e.escalation) min = Math.min(min, dayNumber(e.item.due));
  }
  return min;
}

/** Sending order: overdue first (most overdue first), then the nearest due day, then by address. */
export function compareDigests(a: Digest, b: Digest): number {
  return (
    digestUrgency(a) - digestUrgency(b) ||
    maxOverdue(b) - maxOverdue(a) ||
    earliestDue(a) - earliestDue(b) ||
    (a.to < b.to ? -1 : a.to > b.to ? 1 : 0)
  );
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The reports due within «Nhắc trước (ngày)» of `asOf` (the deadline day included), of every kind
 * Cấu hình records a deadline for, this year's periods and next January's (a December run sees them).
 */
export function upcomingReportDeadlines(settings: Plan['settings'], asOf: CalendarDate): { period: ReportPeriod; due: CalendarDate }[] {
  if (!settings.reportDeadlines) return [];
  const window = remindWindowDays(settings.remindDaysBefore);
  const out: { period: ReportPeriod; due: CalendarDate }[] = [];
  for (const period of [...periodsOfYear(asOf.year), ...periodsOfYear(asOf.year + 1)]) {
    const due = periodDeadline(period, settings.reportDeadlines);
    if (!due) continue;
    const daysLeft = daysBetween(asOf, due);
    if (daysLeft >= 0 && daysLeft <= window) out.push({ period, due });
  }
  return out.sort((a, b) => compareDates(a.due, b.due));
}

interface SelfAssessmentContext {
  readonly asOf: CalendarDate;
  readonly remindDays: number;
  readonly builder: DigestBuilder;
  readonly directory: ReturnType<typeof recipientDirectory>;
  readonly head: Person | undefined;
}

/** Why the head gets criteria nobody answers for: blank Phụ trách cells, units without anyone in Phân công. */
function selfAssessmentFallback(orphans: readonly OpenCriterion[], unmatched: readonly string[]): string {
  const blank = orphans.filter((c) => c.owner === '').map((c) => c.code);
  const reasons: string[] = [];
  if (blank.length) reasons.push(`tiêu chí ${blank.join(', ')} chưa ghi «Phụ trách»`);
  if (unmatched.length) reasons.push(`đơn vị «${unmatched.join('; ')}» chưa có người nhận trong Phân công`);
  return `${capitalised(reasons.join('; '))}.`;
}

/**
 * The self-assessment's entries, as a task occurrence's (same stages, same keys, same head rules):
 * each person answering for an open criterion gets one entry listing theirs; the head gets the
 * criteria nobody answers for (in the same entry when the head also answers for some), and the
 * escalation once more than 14 days late.
 */
function planSelfAssessment(item: SelfAssessmentItem, ctx: SelfAssessmentContext): void {
  const stage = staffStage(item.due, ctx.asOf, ctx.remindDays);
  if (!stage) return;
  const occ = occurrenceKey(DTI_TASK_ID, item.label);
  const overdueDays = Math.max(0, daysBetween(item.due, ctx.asOf));
  const common = { kind: 'selfAssessment' as const, taskId: DTI_TASK_ID, label: item.label, item, stage, overdueDays };
  const byPerson = new Map<string, { person: Person; criteria: OpenCriterion[] }>();
  const orphans: OpenCriterion[] = [];
  const unmatched: string[] = [];
  const responsible: string[] = [];
  for (const c of item.open) {
    const found = ctx.directory.recipientsOf(c.owner);
    for (const unit of found.unmatched) if (!unmatched.includes(unit)) unmatched.push(unit);
    if (found.people.length === 0) orphans.push(c);
    for (const person of found.people) {
      const bucket = byPerson.get(person.email) ?? { person, criteria: [] };
      bucket.criteria.push(c);
      byPerson.set(person.email, bucket);
      const name = person.name || person.email;
      if (!responsible.includes(name)) responsible.push(name);
    }
  }
  const stageKey = staffStageKey(stage);
  const fallbackReason = orphans.length ? selfAssessmentFallback(orphans, unmatched) : undefined;
  // The head answering for some criteria gets the orphans in the same entry (one key per recipient and stage).
  if (orphans.length && ctx.head) {
    const bucket = byPerson.get(ctx.head.email) ?? { person: ctx.head, criteria: [] };
    bucket.criteria.push(...orphans);
    byPerson.set(ctx.head.email, bucket);
  }
  for (const [email, { person, criteria }] of byPerson) {
    const reason = email === ctx.head?.email ? fallbackReason : undefined;
    ctx.builder.add(person, { ...common, key: sentKey(occ, stageKey, email), stageLabel: staffStageLabel(stage), criteria, escalation: false, ...(reason ? { fallbackReason: reason } : {}) });
  }
  if (orphans.length && !ctx.head) {
    ctx.builder.toHead((to) => ({ ...common, key: sentKey(occ, stageKey, to), stageLabel: staffStageLabel(stage), criteria: orphans, escalation: false, fallbackReason: fallbackReason! }));
  }
  if (shouldEscalate(overdueDays)) {
    const who = [...responsible, ...orphans.filter((c) => c.owner !== '').map((c) => c.owner).filter((o, i, all) => all.indexOf(o) === i)];
    ctx.builder.toHead((to) => ({
      ...common,
      key: sentKey(occ, ESCALATION_KEY, to),
      stageLabel: ESCALATION_LABEL,
      criteria: item.open,
      escalation: true,
      responsible: who.length ? who : ['(chưa ghi phụ trách)'],
    }));
  }
}

export function planReminders(input: PlanningInput): ReminderPlan {
  const { plan, asOf, handled } = input;
  const evaluation = input.evaluation ?? evaluatePlan(plan, asOf, input.reading);
  const problems = [...(input.readProblems ?? []), ...planProblemsForReminders(plan, evaluation)];
  const headEmail = normalizeEmail(plan.settings.boardHeadEmail);
  const headName = plan.assignments.find((a) => normalizeEmail(a.email) === headEmail)?.name ?? 'Trưởng ban';
  const head = isValidEmail(headEmail) ? { email: headEmail, name: cleanText(String(headName)) } : undefined;
  const headProblem = headEmail === '' ? 'chưa có «E-mail trưởng ban» trong Cấu hình' : `«E-mail trưởng ban» «${headEmail}» không hợp lệ`;
  const builder = digestBuilder(handled, head, headProblem);
  const directory = recipientDirectory(plan.assignments);
  const remindDays = plan.settings.remindDaysBefore;

  for (const o of evaluation.occurrences) {
    if (!isOpen(o)) continue;
    const stage = staffStage(o.due, asOf, remindDays);
    if (!stage) continue;
    const occ = occurrenceKey(o.task.id, o.label);
    const common = { taskId: o.task.id, label: o.label, stageLabel: staffStageLabel(stage), occurrence: o, stage };
    const { people, unmatched } = directory.recipientsOf(o.task.lead ?? '');
    for (const person of people) builder.add(person, { kind: 'task', key: sentKey(occ, staffStageKey(stage), person.email), ...common });
    if (people.length === 0) {
      const fallbackReason = unmatched.length
        ? `Đơn vị chủ trì «${unmatched.join('; ')}» chưa có người nhận trong Phân công.`
        : 'Nhiệm vụ chưa ghi đơn vị chủ trì.';
      builder.toHead((to) => ({ kind: 'task', key: sentKey(occ, staffStageKey(stage), to), fallbackReason, ...common }));
    }
    if (shouldEscalate(o.overdueDays)) {
      builder.toHead((to) => ({
        kind: 'escalation',
        key: sentKey(occ, ESCALATION_KEY, to),
        taskId: o.task.id,
        label: o.label,
        stageLabel: ESCALATION_LABEL,
        occurrence: o,
        responsible: people.length ? people.map((p) => p.name || p.email) : [cleanText(o.task.lead ?? '') || '(chưa ghi đơn vị)'],
      }));
    }
  }

  const selfAssessment = selfAssessmentItem(plan.settings, evaluation.selfAssessment);
  if (selfAssessment) planSelfAssessment(selfAssessment, { asOf, remindDays, builder, directory, head });

  for (const { period, due } of upcomingReportDeadlines(plan.settings, asOf)) {
    const label = capitalised(periodLabel(period));
    const daysLeft = daysBetween(asOf, due);
    const when = daysLeft === 0 ? 'hôm nay' : `còn ${daysLeft} ngày`;
    builder.toHead((to) => ({
      kind: 'report',
      key: sentKey(occurrenceKey(REPORT_TASK_ID, label), REPORT_DEADLINE_KEY, to),
      taskId: REPORT_TASK_ID,
      label,
      stageLabel: REPORT_DEADLINE_LABEL,
      message: `Báo cáo ${periodLabel(period)}: hạn nộp ngày ${formatDdMmYyyy(due)} (${when}).`,
      due,
    }));
  }

  // The log shows a problem's message and the summary's week in Kỳ, so their keys can be rebuilt from it.
  for (const message of problems) {
    builder.toHead((to) => ({
      kind: 'problem',
      key: sentKey(problemOccurrence(message), PROBLEM_KEY, to),
      taskId: '',
      label: message,
      stageLabel: PROBLEM_LABEL,
      message,
    }));
  }

  const summary = weeklySummary(evaluation, asOf, problems, selfAssessment);
  const week = isoString(summary.weekOf);
  builder.toHead((to) => ({
    kind: 'summary',
    key: sentKey(summaryOccurrence(week), SUMMARY_KEY, to),
    taskId: '',
    label: summaryLabel(week),
    stageLabel: SUMMARY_LABEL,
    summary,
  }));

  return {
    asOf,
    evaluation,
    digests: builder.digests().sort(compareDigests),
    undeliverable: builder.undeliverable,
    problems,
  };
}

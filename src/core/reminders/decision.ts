/**
 * The pure send decision: in what order today's digests go out when not all of them can (the
 * day's mail quota, the run's time), so that nobody is always last.
 *
 *   1. overdue first (a digest with an overdue item or an escalation);
 *   2. then whoever has waited longest: the recipient with the oldest item logged as deferred and
 *      still unsent; then whoever got their last mail longest ago (never = first);
 *   3. then the order planReminders gives (nearest due day, then address), a stable tie-break.
 *
 * Without the waiting rule, 538 mails a day to 5,000 people went to the same first 538 every day
 * once each stage's window opened for everyone at once.
 */
import { compareDigests, type Digest, digestUrgency } from './digest';
import type { SentLogState } from './sentLog';

function waitingOf(state: SentLogState, to: string, now: number): number {
  return state.waitingSince.get(to) ?? now;
}

/** Comparator for `fairOrder`, for tests that want to check a pair. */
export function compareFairly(state: SentLogState, now: number): (a: Digest, b: Digest) => number {
  return (a, b) =>
    Number(digestUrgency(a) !== 0) - Number(digestUrgency(b) !== 0) ||
    waitingOf(state, a.to, now) - waitingOf(state, b.to, now) ||
    (state.lastMail.get(a.to) ?? -Infinity) - (state.lastMail.get(b.to) ?? -Infinity) ||
    compareDigests(a, b);
}

/** Today's digests in sending order (see the module comment); `now` in ms. */
export function fairOrder(digests: readonly Digest[], state: SentLogState, now: number): Digest[] {
  return [...digests].sort(compareFairly(state, now));
}

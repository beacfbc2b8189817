/**
 * In-memory `LockService`: one document lock and one script lock, shared by every "execution"
 * of a test. `heldElsewhere` simulates another execution holding the lock right now.
 *
 * Two executions at the same moment (two schools pushing): a test runs a second handler call from
 * a hook of the first one's lock, so the two interleave deterministically:
 * - `beforeTryLock`: runs just before the first execution asks for the lock (the second one then
 *   takes it, does all its work and releases it first: the first must see what it wrote);
 * - `whileHeld`: runs right after the first execution got the lock (the second one's tryLock then
 *   answers false, as a real tryLock does when its wait runs out while the first still holds it).
 * Each hook runs once and is cleared before it runs (the nested call does not trigger it again).
 */
import { CallLog } from './calls';
import { asGas } from './gas';

export class FakeLock implements Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock' | 'hasLock'> {
  /** Another execution holds it: tryLock answers false. */
  heldElsewhere = false;
  /** Test hooks (see the file's comment): another execution's whole call, run once. */
  beforeTryLock: (() => void) | undefined;
  whileHeld: (() => void) | undefined;
  /** Whether someone holds it now (test inspection; not recorded). */
  get isHeld(): boolean {
    return this.held;
  }
  private held = false;

  constructor(
    readonly kind: 'document' | 'script',
    readonly log: CallLog,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    const before = this.beforeTryLock;
    this.beforeTryLock = undefined;
    before?.();
    this.log.record('Lock', 'tryLock', [this.kind, timeoutInMillis]);
    if (this.heldElsewhere || this.held) return false;
    this.held = true;
    const during = this.whileHeld;
    this.whileHeld = undefined;
    during?.();
    return true;
  }

  releaseLock(): void {
    this.log.record('Lock', 'releaseLock', [this.kind]);
    this.held = false;
  }

  hasLock(): boolean {
    this.log.record('Lock', 'hasLock', [this.kind]);
    return this.held;
  }

  /** Test set-up (not recorded): the execution holding the lock ended, however it ended; Apps Script then frees the lock. */
  endExecution(): void {
    this.held = false;
  }
}

export class FakeLockService implements Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock'> {
  readonly documentLock: FakeLock;
  readonly scriptLock: FakeLock;
  /** Outside a container (standalone script) getDocumentLock() returns null. */
  hasContainer = true;

  constructor(readonly log: CallLog = new CallLog()) {
    this.documentLock = new FakeLock('document', log);
    this.scriptLock = new FakeLock('script', log);
  }

  /** Test set-up (not recorded): an execution ended (a crash or a kill too), so the locks it held are free. */
  endExecution(): void {
    this.documentLock.endExecution();
    this.scriptLock.endExecution();
  }

  getDocumentLock(): GoogleAppsScript.Lock.Lock {
    this.log.record('LockService', 'getDocumentLock');
    // The real type says Lock, but Apps Script returns null outside a container.
    return (this.hasContainer ? asGas<GoogleAppsScript.Lock.Lock>(this.documentLock) : null) as GoogleAppsScript.Lock.Lock;
  }

  getScriptLock(): GoogleAppsScript.Lock.Lock {
    this.log.record('LockService', 'getScriptLock');
    return asGas<GoogleAppsScript.Lock.Lock>(this.scriptLock);
  }
}

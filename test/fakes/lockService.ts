/**
 * In-memory `LockService`: one document lock and one script lock, shared by every "execution"
 * of a test. `heldElsewhere` simulates another execution holding the lock right now.
 */
import { CallLog } from './calls';
import { asGas } from './gas';

export class FakeLock implements Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock' | 'hasLock'> {
  /** Another execution holds it: tryLock answers false. */
  heldElsewhere = false;
  private held = false;

  constructor(
    readonly kind: 'document' | 'script',
    readonly log: CallLog,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    this.log.record('Lock', 'tryLock', [this.kind, timeoutInMillis]);
    if (this.heldElsewhere || this.held) return false;
    this.held = true;
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

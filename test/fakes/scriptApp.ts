/**
 * In-memory `ScriptApp` for time-driven triggers: newTrigger(…).timeBased().everyDays().atHour()
 * .inTimezone().create(), one-off newTrigger(…).timeBased().after(ms).create(), getUserTriggers(doc),
 * getProjectTriggers(), deleteTrigger(), requireScopes() and getAuthorizationInfo(). Triggers are
 * kept per document id; getProjectTriggers() lists them all. With `addOnLimits` set, creating a
 * second clock trigger for the same document fails as it does for a published editor add-on
 * (one trigger of each type per user per document).
 */
import { CallLog } from './calls';
import { AuthMode, AuthorizationStatus } from './enums';
import { asGas } from './gas';
import { FAKE_SPREADSHEET_ID } from './spreadsheet';

export interface FakeClockTrigger {
  readonly uid: string;
  readonly handler: string;
  readonly documentId: string | undefined;
  readonly everyDays: number | undefined;
  readonly atHour: number | undefined;
  readonly timeZone: string | undefined;
  /** A one-off trigger: fires once, this many ms after it was created. */
  readonly afterMs?: number;
}

class FakeTrigger implements Pick<GoogleAppsScript.Script.Trigger, 'getHandlerFunction' | 'getUniqueId' | 'getTriggerSourceId'> {
  constructor(
    readonly data: FakeClockTrigger,
    private readonly log: CallLog,
  ) {}

  getHandlerFunction(): string {
    this.log.record('Trigger', 'getHandlerFunction', [this.data.uid]);
    return this.data.handler;
  }

  getUniqueId(): string {
    this.log.record('Trigger', 'getUniqueId', [this.data.uid]);
    return this.data.uid;
  }

  getTriggerSourceId(): string {
    this.log.record('Trigger', 'getTriggerSourceId', [this.data.uid]);
    return this.data.documentId ?? '';
  }
}

class FakeClockTriggerBuilder
  implements Pick<GoogleAppsScript.Script.ClockTriggerBuilder, 'everyDays' | 'atHour' | 'inTimezone' | 'after' | 'create'>
{
  private days: number | undefined;
  private hour: number | undefined;
  private zone: string | undefined;
  private afterMs: number | undefined;

  constructor(
    private readonly app: FakeScriptApp,
    private readonly handler: string,
  ) {}

  everyDays(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.app.log.record('ClockTriggerBuilder', 'everyDays', [n]);
    this.days = n;
    return asGas<GoogleAppsScript.Script.ClockTriggerBuilder>(this);
  }

  atHour(hour: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.app.log.record('ClockTriggerBuilder', 'atHour', [hour]);
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new Error(`Invalid argument: hour ${hour}`);
    this.hour = hour;
    return asGas<GoogleAppsScript.Script.ClockTriggerBuilder>(this);
  }

  inTimezone(timezone: string): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.app.log.record('ClockTriggerBuilder', 'inTimezone', [timezone]);
    this.zone = timezone;
    return asGas<GoogleAppsScript.Script.ClockTriggerBuilder>(this);
  }

  after(durationMilliseconds: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.app.log.record('ClockTriggerBuilder', 'after', [durationMilliseconds]);
    if (!Number.isInteger(durationMilliseconds) || durationMilliseconds < 0) throw new Error(`Invalid argument: durationMilliseconds ${durationMilliseconds}`);
    this.afterMs = durationMilliseconds;
    return asGas<GoogleAppsScript.Script.ClockTriggerBuilder>(this);
  }

  create(): GoogleAppsScript.Script.Trigger {
    this.app.log.record('ClockTriggerBuilder', 'create');
    if ((this.afterMs === undefined) === (this.days === undefined)) throw new Error('FakeScriptApp: a clock trigger needs exactly one of everyDays() or after()');
    const documentId = this.app.currentDocumentId;
    if (this.app.addOnLimits && this.app.triggers.some((t) => t.documentId === documentId)) {
      throw new Error('This add-on has created too many time-based triggers in this document for this Google user account.');
    }
    return this.app.addTrigger({
      handler: this.handler,
      everyDays: this.days,
      atHour: this.hour,
      timeZone: this.zone,
      ...(this.afterMs !== undefined ? { afterMs: this.afterMs } : {}),
    });
  }
}

class FakeTriggerBuilder implements Pick<GoogleAppsScript.Script.TriggerBuilder, 'timeBased'> {
  constructor(
    private readonly app: FakeScriptApp,
    private readonly handler: string,
  ) {}

  timeBased(): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.app.log.record('TriggerBuilder', 'timeBased');
    return asGas<GoogleAppsScript.Script.ClockTriggerBuilder>(new FakeClockTriggerBuilder(this.app, this.handler));
  }
}

type DocumentLike = { getId(): string };

export class FakeScriptApp
  implements Pick<GoogleAppsScript.Script.ScriptApp, 'AuthMode' | 'AuthorizationStatus' | 'newTrigger' | 'getUserTriggers' | 'getProjectTriggers' | 'deleteTrigger' | 'requireScopes' | 'getAuthorizationInfo'>
{
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly triggers: FakeClockTrigger[] = [];
  /** Scopes the user has granted; requireScopes throws when one is missing (the user is asked). */
  granted: Set<string> | 'all' = 'all';
  /** The document the add-on is running in, which clock triggers attach to (by default the fake spreadsheet). */
  currentDocumentId: string | undefined = FAKE_SPREADSHEET_ID;
  authorizationRequired = false;
  /**
   * false: getUserTriggers(doc) leaves out clock triggers, as it may in a container-bound script;
   * getProjectTriggers() still lists them.
   */
  userTriggersListClock = true;
  /** Published editor add-on: at most one clock trigger per user per document. */
  addOnLimits = false;
  private nextUid = 1;

  constructor(readonly log: CallLog = new CallLog()) {}

  addTrigger(t: Omit<FakeClockTrigger, 'uid' | 'documentId'>): GoogleAppsScript.Script.Trigger {
    const data = { ...t, uid: `trigger-${this.nextUid++}`, documentId: this.currentDocumentId };
    this.triggers.push(data);
    return asGas<GoogleAppsScript.Script.Trigger>(new FakeTrigger(data, this.log));
  }

  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    this.log.record('ScriptApp', 'newTrigger', [functionName]);
    return asGas<GoogleAppsScript.Script.TriggerBuilder>(new FakeTriggerBuilder(this, functionName));
  }

  getUserTriggers(document: GoogleAppsScript.Document.Document): GoogleAppsScript.Script.Trigger[];
  getUserTriggers(form: GoogleAppsScript.Forms.Form): GoogleAppsScript.Script.Trigger[];
  getUserTriggers(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Script.Trigger[];
  getUserTriggers(document: DocumentLike): GoogleAppsScript.Script.Trigger[] {
    this.log.record('ScriptApp', 'getUserTriggers', [document.getId()]);
    const id = document.getId();
    if (!this.userTriggersListClock) return []; // every fake trigger is a clock trigger
    return this.triggers.filter((t) => t.documentId === id).map((t) => asGas<GoogleAppsScript.Script.Trigger>(new FakeTrigger(t, this.log)));
  }

  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    this.log.record('ScriptApp', 'getProjectTriggers');
    return this.triggers.map((t) => asGas<GoogleAppsScript.Script.Trigger>(new FakeTrigger(t, this.log)));
  }

  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    this.log.record('ScriptApp', 'deleteTrigger', [trigger.getUniqueId()]);
    const i = this.triggers.findIndex((t) => t.uid === trigger.getUniqueId());
    if (i < 0) throw new Error('FakeScriptApp: no such trigger');
    this.triggers.splice(i, 1);
  }

  requireScopes(authMode: GoogleAppsScript.Script.AuthMode, oAuthScopes: string[]): void {
    this.log.record('ScriptApp', 'requireScopes', [authMode, oAuthScopes]);
    const granted = this.granted;
    if (granted !== 'all' && oAuthScopes.some((s) => !granted.has(s))) {
      throw new Error('Authorization is required to perform that action.');
    }
  }

  getAuthorizationInfo(authMode: GoogleAppsScript.Script.AuthMode): GoogleAppsScript.Script.AuthorizationInfo {
    this.log.record('ScriptApp', 'getAuthorizationInfo', [authMode]);
    const required = this.authorizationRequired;
    return {
      getAuthorizationStatus: () => (required ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED),
      getAuthorizationUrl: () => 'https://script.google.com/authorize',
    };
  }
}

/**
 * A call log shared by all fakes: every fake records `service.method(args)` here, so a test can
 * count calls ("getValues was called once"), check order across services, or assert that a
 * service was never touched. Also the access-recording stand-in for a service a test does not fake.
 */

export interface Call {
  /** The fake's service or class name, e.g. "SpreadsheetApp", "Ui", "Menu", "Range". */
  readonly service: string;
  /** Method or property name; for access recorders, the dotted path, e.g. "getActive.getId". */
  readonly method: string;
  readonly args: readonly unknown[];
}

export class CallLog {
  readonly calls: Call[] = [];
  /**
   * Fault injection: consulted before every recorded call; an Error returned is thrown from that
   * call (before it has any effect). E.g. a sheet write that fails, or a hard kill: from some
   * point on every call throws, so no clean-up code can reach a service either.
   */
  failWhen: ((call: Call, index: number) => Error | undefined) | undefined;

  record(service: string, method: string, args: readonly unknown[] = []): void {
    const call = { service, method, args: [...args] };
    const failure = this.failWhen?.(call, this.calls.length);
    this.calls.push(call);
    if (failure) throw failure;
  }

  /** Calls to `service` (and `method`, when given). */
  of(service: string, method?: string): Call[] {
    return this.calls.filter((c) => c.service === service && (method === undefined || c.method === method));
  }

  count(service: string, method?: string): number {
    return this.of(service, method).length;
  }

  /** Services that were called at all, in first-call order. */
  services(): string[] {
    return [...new Set(this.calls.map((c) => c.service))];
  }

  clear(): void {
    this.calls.length = 0;
  }
}

/**
 * A stand-in for a whole service that records any use (property read, call, `new`, `in`, …) as
 * a call of `name` in the log and keeps working, returning another recorder. For services a
 * test expects NOT to be used: `expect(log.count('PropertiesService')).toBe(0)`.
 */
export function accessRecorder(name: string, log: CallLog, path: readonly string[] = []): any {
  const here = path.join('.');
  const target = function recorder(): void {};
  return new Proxy(target, {
    get(_t, key) {
      if (typeof key === 'symbol') {
        // Let the runtime and test framework inspect the proxy without it counting as a use.
        if (key === Symbol.toPrimitive) return () => `[${name}${here ? `.${here}` : ''}]`;
        return undefined;
      }
      log.record(name, [...path, key].join('.'));
      return accessRecorder(name, log, [...path, key]);
    },
    apply(_t, _this, args) {
      log.record(name, `${here}()`, args);
      return accessRecorder(name, log, [...path, '()']);
    },
    construct(_t, args) {
      log.record(name, `new ${here}`, args);
      return accessRecorder(name, log, [...path, 'new']);
    },
    has(_t, key) {
      log.record(name, `has ${String(key)}`);
      return false;
    },
    set(_t, key) {
      log.record(name, `set ${String(key)}`);
      return true;
    },
    ownKeys() {
      log.record(name, `keys ${here}`);
      return ['prototype'];
    },
  });
}

/** In-memory `PropertiesService`: user, document and script stores, each a string map. */
import { CallLog } from './calls';
import { asGas } from './gas';

export class FakeProperties implements Pick<GoogleAppsScript.Properties.Properties, 'getProperty' | 'setProperty' | 'deleteProperty' | 'getKeys'> {
  readonly values = new Map<string, string>();

  constructor(
    readonly store: 'user' | 'document' | 'script',
    readonly log: CallLog,
  ) {}

  getProperty(key: string): string | null {
    this.log.record('Properties', 'getProperty', [this.store, key]);
    return this.values.get(key) ?? null;
  }

  setProperty(key: string, value: string): GoogleAppsScript.Properties.Properties {
    this.log.record('Properties', 'setProperty', [this.store, key, value]);
    if (typeof value !== 'string') throw new Error('FakeProperties: values are strings');
    this.values.set(key, value);
    return asGas<GoogleAppsScript.Properties.Properties>(this);
  }

  deleteProperty(key: string): GoogleAppsScript.Properties.Properties {
    this.log.record('Properties', 'deleteProperty', [this.store, key]);
    this.values.delete(key);
    return asGas<GoogleAppsScript.Properties.Properties>(this);
  }

  getKeys(): string[] {
    this.log.record('Properties', 'getKeys', [this.store]);
    return [...this.values.keys()];
  }
}

export class FakePropertiesService
  implements Pick<GoogleAppsScript.Properties.PropertiesService, 'getUserProperties' | 'getDocumentProperties' | 'getScriptProperties'>
{
  readonly user: FakeProperties;
  readonly document: FakeProperties;
  readonly script: FakeProperties;

  constructor(readonly log: CallLog = new CallLog()) {
    this.user = new FakeProperties('user', log);
    this.document = new FakeProperties('document', log);
    this.script = new FakeProperties('script', log);
  }

  getUserProperties(): GoogleAppsScript.Properties.Properties {
    this.log.record('PropertiesService', 'getUserProperties');
    return asGas<GoogleAppsScript.Properties.Properties>(this.user);
  }

  getDocumentProperties(): GoogleAppsScript.Properties.Properties {
    this.log.record('PropertiesService', 'getDocumentProperties');
    return asGas<GoogleAppsScript.Properties.Properties>(this.document);
  }

  getScriptProperties(): GoogleAppsScript.Properties.Properties {
    this.log.record('PropertiesService', 'getScriptProperties');
    return asGas<GoogleAppsScript.Properties.Properties>(this.script);
  }
}

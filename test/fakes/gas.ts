/**
 * Handing a partial fake to code typed against the real Apps Script interface. The fake's own
 * `implements Pick<…>` checks what it implements; `Partial<T>` here checks that nothing it has
 * contradicts T. Calling a member the fake lacks fails loudly at run time (undefined is not a function).
 */
export function asGas<T>(fake: Partial<T>): T {
  return fake as T;
}

/** Apps Script globals that the tests replace with fakes or access recorders. */
export const GAS_SERVICE_NAMES = [
  'SpreadsheetApp',
  'Drive',
  'MailApp',
  'LockService',
  'PropertiesService',
  'ScriptApp',
  'Utilities',
  'Session',
  'CacheService',
  'HtmlService',
  'UrlFetchApp',
  'ContentService',
  'Logger',
  'console',
] as const;

export type GasServiceName = (typeof GAS_SERVICE_NAMES)[number];

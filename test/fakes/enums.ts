/**
 * Runtime values for the Apps Script enums the types declare only ambiently
 * (`GoogleAppsScript.Base.Button` etc. do not exist outside Apps Script).
 */

/** A frozen enum whose members are their own names, typed as the Apps Script enum `T`. */
export function enumOf<T>(names: readonly string[]): T {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as T;
}

export const Button = enumOf<typeof GoogleAppsScript.Base.Button>(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);

export const ButtonSet = enumOf<typeof GoogleAppsScript.Base.ButtonSet>(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);

export const AuthMode = enumOf<typeof GoogleAppsScript.Script.AuthMode>(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);

export const AuthorizationStatus = enumOf<typeof GoogleAppsScript.Script.AuthorizationStatus>(['REQUIRED', 'NOT_REQUIRED']);

/**
 * In-memory `UrlFetchApp.fetch(url, params)` and the HTTPResponse it returns. A test answers each
 * request with `respond` (status and body, or an Error to throw as Apps Script does on a network
 * failure: its English exception, which the add-in must never show as it is). Every request is kept.
 */
import { CallLog } from './calls';
import { asGas } from './gas';

type Options = GoogleAppsScript.URL_Fetch.URLFetchRequestOptions;

export interface FetchRequest {
  readonly url: string;
  readonly params: Options;
  /** The payload as text (what the add-in sends is a JSON string). */
  readonly body: string;
}

export interface FetchAnswer {
  readonly code: number;
  readonly body: string;
}

export class FakeHttpResponse implements Pick<GoogleAppsScript.URL_Fetch.HTTPResponse, 'getResponseCode' | 'getContentText'> {
  constructor(
    readonly answer: FetchAnswer,
    private readonly log: CallLog,
  ) {}

  getResponseCode(): number {
    this.log.record('HTTPResponse', 'getResponseCode');
    return this.answer.code;
  }

  getContentText(): string {
    this.log.record('HTTPResponse', 'getContentText');
    return this.answer.body;
  }
}

export class FakeUrlFetchApp implements Pick<GoogleAppsScript.URL_Fetch.UrlFetchApp, 'fetch'> {
  readonly requests: FetchRequest[] = [];
  /** The answer to a request; by default 404. An Error is thrown from fetch (after the request is kept). */
  respond: (request: FetchRequest) => FetchAnswer | Error = () => ({ code: 404, body: 'Not Found' });

  constructor(readonly log: CallLog = new CallLog()) {}

  fetch(url: string, params?: Options): GoogleAppsScript.URL_Fetch.HTTPResponse {
    this.log.record('UrlFetchApp', 'fetch', [url, params]);
    const payload = params?.payload;
    const request: FetchRequest = { url, params: params ?? {}, body: typeof payload === 'string' ? payload : JSON.stringify(payload ?? '') };
    this.requests.push(request);
    const answer = this.respond(request);
    if (answer instanceof Error) throw answer;
    // Apps Script throws on 4xx/5xx unless muteHttpExceptions is set.
    if (answer.code >= 400 && params?.muteHttpExceptions !== true) {
      throw new Error(`Exception: Request failed for ${url} returned code ${answer.code}. Truncated server response: ${answer.body.slice(0, 100)}`);
    }
    return asGas<GoogleAppsScript.URL_Fetch.HTTPResponse>(new FakeHttpResponse(answer, this.log));
  }
}

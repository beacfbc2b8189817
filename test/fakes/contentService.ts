/** In-memory `ContentService.createTextOutput(…)` and the TextOutput a web app's doPost returns. */
import { CallLog } from './calls';
import { enumOf } from './enums';
import { asGas } from './gas';

type MimeTypeT = GoogleAppsScript.Content.MimeType;
export const ContentMimeType = enumOf<typeof GoogleAppsScript.Content.MimeType>(['ATOM', 'CSV', 'ICAL', 'JAVASCRIPT', 'JSON', 'RSS', 'TEXT', 'VCARD', 'XML']);

export class FakeTextOutput implements Pick<GoogleAppsScript.Content.TextOutput, 'getContent' | 'setContent' | 'getMimeType' | 'setMimeType'> {
  mimeType: MimeTypeT = ContentMimeType.TEXT;

  constructor(
    public content: string,
    private readonly log: CallLog,
  ) {}

  getContent(): string {
    this.log.record('TextOutput', 'getContent');
    return this.content;
  }

  setContent(content: string): GoogleAppsScript.Content.TextOutput {
    this.log.record('TextOutput', 'setContent', [content]);
    this.content = content;
    return asGas<GoogleAppsScript.Content.TextOutput>(this);
  }

  getMimeType(): MimeTypeT {
    this.log.record('TextOutput', 'getMimeType');
    return this.mimeType;
  }

  setMimeType(mimeType: MimeTypeT): GoogleAppsScript.Content.TextOutput {
    this.log.record('TextOutput', 'setMimeType', [mimeType]);
    this.mimeType = mimeType;
    return asGas<GoogleAppsScript.Content.TextOutput>(this);
  }
}

export class FakeContentService implements Pick<GoogleAppsScript.Content.ContentService, 'createTextOutput' | 'MimeType'> {
  readonly MimeType = ContentMimeType;
  /** Every output made, in order. */
  readonly outputs: FakeTextOutput[] = [];

  constructor(readonly log: CallLog = new CallLog()) {}

  createTextOutput(content?: string): GoogleAppsScript.Content.TextOutput {
    this.log.record('ContentService', 'createTextOutput', content === undefined ? [] : [content]);
    const output = new FakeTextOutput(content ?? '', this.log);
    this.outputs.push(output);
    return asGas<GoogleAppsScript.Content.TextOutput>(output);
  }
}

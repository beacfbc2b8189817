/** In-memory `HtmlService`: records the HTML files opened and the size set on each output. */
import { CallLog } from './calls';
import { asGas } from './gas';

export class FakeHtmlOutput implements Pick<GoogleAppsScript.HTML.HtmlOutput, 'setWidth' | 'setHeight' | 'setTitle'> {
  width: number | undefined;
  height: number | undefined;
  title: string | undefined;

  constructor(
    readonly file: string,
    private readonly log: CallLog,
  ) {}

  setWidth(width: number): GoogleAppsScript.HTML.HtmlOutput {
    this.log.record('HtmlOutput', 'setWidth', [width]);
    this.width = width;
    return asGas<GoogleAppsScript.HTML.HtmlOutput>(this);
  }

  setHeight(height: number): GoogleAppsScript.HTML.HtmlOutput {
    this.log.record('HtmlOutput', 'setHeight', [height]);
    this.height = height;
    return asGas<GoogleAppsScript.HTML.HtmlOutput>(this);
  }

  setTitle(title: string): GoogleAppsScript.HTML.HtmlOutput {
    this.log.record('HtmlOutput', 'setTitle', [title]);
    this.title = title;
    return asGas<GoogleAppsScript.HTML.HtmlOutput>(this);
  }
}

export class FakeHtmlService implements Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutputFromFile'> {
  readonly outputs: FakeHtmlOutput[] = [];

  constructor(readonly log: CallLog = new CallLog()) {}

  createHtmlOutputFromFile(filename: string): GoogleAppsScript.HTML.HtmlOutput {
    this.log.record('HtmlService', 'createHtmlOutputFromFile', [filename]);
    const output = new FakeHtmlOutput(filename, this.log);
    this.outputs.push(output);
    return asGas<GoogleAppsScript.HTML.HtmlOutput>(output);
  }
}

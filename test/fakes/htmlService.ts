/**
 * In-memory `HtmlService`: records every output made, from a file (the report dialog,
 * `createHtmlOutputFromFile`) or from a string (the reminder dialog, `createHtmlOutput`), and the
 * size and title set on each. `FakeUi.showModalDialog` (ui.ts) shows these outputs.
 */
import { CallLog } from './calls';
import { asGas } from './gas';

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export class FakeHtmlOutput implements Pick<HtmlOutput, 'getContent' | 'setWidth' | 'setHeight' | 'setTitle'> {
  width: number | undefined;
  height: number | undefined;
  title: string | undefined;

  /** @param file the HTML file's name, for an output made from a file; undefined for one made from a string. */
  constructor(
    readonly file: string | undefined,
    readonly content: string,
    private readonly log: CallLog,
  ) {}

  getContent(): string {
    this.log.record('HtmlOutput', 'getContent');
    return this.content;
  }

  setWidth(width: number): HtmlOutput {
    this.log.record('HtmlOutput', 'setWidth', [width]);
    this.width = width;
    return asGas<HtmlOutput>(this);
  }

  setHeight(height: number): HtmlOutput {
    this.log.record('HtmlOutput', 'setHeight', [height]);
    this.height = height;
    return asGas<HtmlOutput>(this);
  }

  setTitle(title: string): HtmlOutput {
    this.log.record('HtmlOutput', 'setTitle', [title]);
    this.title = title;
    return asGas<HtmlOutput>(this);
  }
}

export class FakeHtmlService implements Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutputFromFile' | 'createHtmlOutput'> {
  readonly outputs: FakeHtmlOutput[] = [];

  constructor(readonly log: CallLog = new CallLog()) {}

  /** The file's content is not read: `content` stays empty. */
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    this.log.record('HtmlService', 'createHtmlOutputFromFile', [filename]);
    return this.add(new FakeHtmlOutput(filename, '', this.log));
  }

  createHtmlOutput(html?: any): HtmlOutput {
    this.log.record('HtmlService', 'createHtmlOutput');
    if (html !== undefined && typeof html !== 'string') throw new Error('FakeHtmlService.createHtmlOutput: pass the HTML as a string');
    return this.add(new FakeHtmlOutput(undefined, html ?? '', this.log));
  }

  private add(output: FakeHtmlOutput): HtmlOutput {
    this.outputs.push(output);
    return asGas<HtmlOutput>(output);
  }
}

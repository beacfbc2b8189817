/**
 * For the reminder dialog: `HtmlService.createHtmlOutput(html)` (the dialog is built as a string,
 * not from a file) and a Ui that shows modal dialogs. The Ui wraps a FakeUi (alerts, menus) rather
 * than extending it, so either can grow without clashing.
 */
import { CallLog } from './calls';
import { asGas } from './gas';
import { FakeUi } from './ui';

export class FakeInlineHtmlOutput implements Pick<GoogleAppsScript.HTML.HtmlOutput, 'getContent' | 'setWidth' | 'setHeight'> {
  width: number | undefined;
  height: number | undefined;

  constructor(
    readonly content: string,
    private readonly log: CallLog,
  ) {}

  getContent(): string {
    this.log.record('HtmlOutput', 'getContent');
    return this.content;
  }

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
}

export class FakeInlineHtmlService implements Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput'> {
  readonly outputs: FakeInlineHtmlOutput[] = [];

  constructor(readonly log: CallLog = new CallLog()) {}

  createHtmlOutput(html?: any): GoogleAppsScript.HTML.HtmlOutput {
    this.log.record('HtmlService', 'createHtmlOutput');
    if (html !== undefined && typeof html !== 'string') throw new Error('FakeInlineHtmlService: pass the HTML as a string');
    const out = new FakeInlineHtmlOutput(html ?? '', this.log);
    this.outputs.push(out);
    return asGas<GoogleAppsScript.HTML.HtmlOutput>(out);
  }
}

export interface ShownDialog {
  readonly title: string;
  readonly html: string;
}

export class FakeDialogUi implements Pick<GoogleAppsScript.Base.Ui, 'Button' | 'ButtonSet' | 'alert' | 'showModalDialog'> {
  readonly inner: FakeUi;
  readonly dialogs: ShownDialog[] = [];

  constructor(readonly log: CallLog = new CallLog()) {
    this.inner = new FakeUi(log);
  }

  get Button(): typeof GoogleAppsScript.Base.Button {
    return this.inner.Button;
  }

  get ButtonSet(): typeof GoogleAppsScript.Base.ButtonSet {
    return this.inner.ButtonSet;
  }

  get alerts() {
    return this.inner.alerts;
  }

  set alertResponse(button: GoogleAppsScript.Base.Button) {
    this.inner.alertResponse = button;
  }

  alert(prompt: string): GoogleAppsScript.Base.Button;
  alert(prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  alert(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  alert(a: string, b?: any, c?: any): GoogleAppsScript.Base.Button {
    return c !== undefined ? this.inner.alert(a, b, c) : b !== undefined ? this.inner.alert(a, b) : this.inner.alert(a);
  }

  showModalDialog(userInterface: any, title: string): void {
    this.log.record('Ui', 'showModalDialog', [title]);
    if (!(userInterface instanceof FakeInlineHtmlOutput)) throw new Error('FakeDialogUi: pass an output of FakeInlineHtmlService');
    this.dialogs.push({ title, html: userInterface.content });
  }
}

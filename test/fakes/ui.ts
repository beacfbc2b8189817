/** In-memory `Ui` and `Menu`: record the menus added to the UI, the alerts and the modal dialogs shown. */
import { CallLog } from './calls';
import { Button, ButtonSet } from './enums';
import { FakeHtmlOutput } from './htmlService';

type Ui = GoogleAppsScript.Base.Ui;

export type FakeMenuEntry =
  | { readonly kind: 'item'; readonly caption: string; readonly functionName: string }
  | { readonly kind: 'separator' }
  | { readonly kind: 'subMenu'; readonly menu: FakeMenu };

export class FakeMenu implements GoogleAppsScript.Base.Menu {
  readonly entries: FakeMenuEntry[] = [];

  /** @param caption null for the add-on menu (its title is the add-on's / project's name). */
  constructor(
    readonly caption: string | null,
    private readonly ui: FakeUi,
    private readonly log: CallLog,
  ) {}

  addItem(caption: string, functionName: string): this {
    this.log.record('Menu', 'addItem', [caption, functionName]);
    this.entries.push({ kind: 'item', caption, functionName });
    return this;
  }

  addSeparator(): this {
    this.log.record('Menu', 'addSeparator');
    this.entries.push({ kind: 'separator' });
    return this;
  }

  addSubMenu(menu: GoogleAppsScript.Base.Menu): this {
    this.log.record('Menu', 'addSubMenu', [menu]);
    if (!(menu instanceof FakeMenu)) throw new Error('FakeMenu.addSubMenu: pass a menu made by the same FakeUi');
    this.entries.push({ kind: 'subMenu', menu });
    return this;
  }

  addToUi(): void {
    this.log.record('Menu', 'addToUi');
    this.ui.menus.push(this);
  }

  /** Item captions in order, separators as "---", submenu items as "Sub > item". */
  captions(): string[] {
    return this.entries.flatMap((e) =>
      e.kind === 'item' ? [e.caption] : e.kind === 'separator' ? ['---'] : e.menu.captions().map((c) => `${e.menu.caption} > ${c}`),
    );
  }

  items(): { caption: string; functionName: string }[] {
    return this.entries.flatMap((e) =>
      e.kind === 'item' ? [{ caption: e.caption, functionName: e.functionName }] : e.kind === 'subMenu' ? e.menu.items() : [],
    );
  }
}

export interface Alert {
  readonly title?: string;
  readonly prompt: string;
  readonly buttons?: GoogleAppsScript.Base.ButtonSet;
}

/** A modal dialog shown: the output of FakeHtmlService and the title. */
export class ShownDialog {
  constructor(
    readonly output: FakeHtmlOutput,
    readonly title: string,
  ) {}

  /** The dialog's HTML, for an output made from a string. */
  get html(): string {
    return this.output.content;
  }
}

export class FakeUi implements Pick<Ui, 'Button' | 'ButtonSet' | 'alert' | 'createAddonMenu' | 'createMenu' | 'showModalDialog'> {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  /** Menus added with addToUi(), in order. */
  readonly menus: FakeMenu[] = [];
  readonly alerts: Alert[] = [];
  readonly dialogs: ShownDialog[] = [];
  /** What alert() answers (the button the "user" clicks). */
  alertResponse: GoogleAppsScript.Base.Button = Button.OK;

  constructor(readonly log: CallLog = new CallLog()) {}

  createAddonMenu(): FakeMenu {
    this.log.record('Ui', 'createAddonMenu');
    return new FakeMenu(null, this, this.log);
  }

  createMenu(caption: string): FakeMenu {
    this.log.record('Ui', 'createMenu', [caption]);
    return new FakeMenu(caption, this, this.log);
  }

  alert(prompt: string): GoogleAppsScript.Base.Button;
  alert(prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  alert(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  alert(
    a: string,
    b?: string | GoogleAppsScript.Base.ButtonSet,
    c?: GoogleAppsScript.Base.ButtonSet,
  ): GoogleAppsScript.Base.Button {
    this.log.record('Ui', 'alert', [a, b, c].filter((x) => x !== undefined));
    if (typeof b === 'string') this.alerts.push({ title: a, prompt: b, buttons: c });
    else this.alerts.push({ prompt: a, buttons: b });
    return this.alertResponse;
  }

  showModalDialog(userInterface: any, title: string): void {
    this.log.record('Ui', 'showModalDialog', [title]);
    if (!(userInterface instanceof FakeHtmlOutput)) throw new Error('FakeUi.showModalDialog: pass an output of FakeHtmlService');
    this.dialogs.push(new ShownDialog(userInterface, title));
  }

  /** The one menu added to the UI; fails the test when there is not exactly one. */
  onlyMenu(): FakeMenu {
    if (this.menus.length !== 1) throw new Error(`expected exactly one menu added to the UI, got ${this.menus.length}`);
    return this.menus[0]!;
  }
}

/**
 * The relationships of one OOXML part (its .rels): ids handed out in order, rId1, rId2, …, so the
 * same document always gets the same ids; a hyperlink target used twice shares one id.
 */
import { XML_DECLARATION, xmlAttr } from './xml';

export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  coreProperties: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  extendedProperties: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  settings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings',
  header: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/header',
  hyperlink: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  package: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/package',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
} as const;

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export class Relationships {
  private readonly list: Relationship[] = [];
  private readonly links = new Map<string, string>();

  /** A relationship to a part of the package, `target` relative to the source part's folder. */
  add(type: string, target: string): string {
    const id = `rId${this.list.length + 1}`;
    this.list.push({ id, type, target, external: false });
    return id;
  }

  /** A hyperlink to `url` (already made XML-safe by the caller or not: the .rels escapes it). */
  link(url: string): string {
    const known = this.links.get(url);
    if (known !== undefined) return known;
    const id = `rId${this.list.length + 1}`;
    this.list.push({ id, type: REL.hyperlink, target: url, external: true });
    this.links.set(url, id);
    return id;
  }

  xml(): string {
    const rows = this.list.map(
      (r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${xmlAttr(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`,
    );
    return `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rows.join('')}</Relationships>`;
  }
}

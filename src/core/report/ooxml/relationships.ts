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

export interface Relationships {
  /** A relationship to a part of the package, `target` relative to the source part's folder. */
  add(type: string, target: string): string;
  /** A hyperlink to `url` (the .rels escapes it). */
  link(url: string): string;
  /** The .rels part. */
  xml(): string;
}

/** (A closure, not a class: Apps Script's bundle targets ES2020, where class fields need a helper.) */
export function relationships(): Relationships {
  const list: Relationship[] = [];
  const links = new Map<string, string>();
  const push = (type: string, target: string, external: boolean): string => {
    const id = `rId${list.length + 1}`;
    list.push({ id, type, target, external });
    return id;
  };
  return {
    add: (type, target) => push(type, target, false),
    link: (url) => {
      let id = links.get(url);
      if (id === undefined) links.set(url, (id = push(REL.hyperlink, url, true)));
      return id;
    },
    xml: () => {
      const rows = list.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${xmlAttr(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`);
      return `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rows.join('')}</Relationships>`;
    },
  };
}

/**
 * The page headers: the default one, a PAGE field centred in the top margin (NĐ 30: Arabic page
 * numbers from page 2), and the first page's, empty (the section sets w:titlePg).
 */
import type { PageSetup } from '../document';
import { halfPoints, XML_DECLARATION } from './xml';

const HDR = '<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

export function pageNumberHeaderXml(page: PageSetup): string {
  const sz = halfPoints(page.pageNumberSize);
  const rPr = `<w:rPr><w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/></w:rPr>`;
  return (
    `${XML_DECLARATION}${HDR}<w:p><w:pPr><w:jc w:val="center"/>${rPr}</w:pPr>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${rPr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r><w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>`
  );
}

export function emptyHeaderXml(): string {
  return `${XML_DECLARATION}${HDR}<w:p/></w:hdr>`;
}

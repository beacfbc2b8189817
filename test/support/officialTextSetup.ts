/**
 * Issue 10: after every test, the text of every Google Doc report it made is checked for what an
 * official text must never contain (officialText.ts). Since issue 11 the Google Doc is Google's
 * import of the .docx the add-in uploads, so the check reads each .docx the fake Drive received
 * (word/document.xml). The CLI's .docx reports are checked where the tests read them
 * (test/cli/report.test.ts documentText, test/cli/reportOfficialText.test.ts).
 */
import { afterEach, expect } from 'vitest';
import { drivesMade } from '../fakes/drive';
import { docxBodyText } from './docxText';
import { officialTextProblems } from './officialText';

afterEach(() => {
  for (const drive of drivesMade.splice(0)) {
    for (const file of drive.files) {
      if (file.bytes === undefined) continue;
      expect(officialTextProblems(docxBodyText(file.bytes)), `Google Doc «${file.resource.name}»`).toEqual([]);
    }
  }
});

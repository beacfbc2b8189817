/**
 * Issue 10: after every test, the text of every Google Doc report it made (through the fake
 * DocumentApp) is checked for what an official text must never contain (officialText.ts). The
 * .docx reports are checked where the tests read them (test/cli/report.test.ts documentText,
 * test/cli/reportOfficialText.test.ts).
 */
import { afterEach, expect } from 'vitest';
import { documentAppsMade } from '../fakes/documentApp';
import { officialTextProblems } from './officialText';

afterEach(() => {
  const apps = documentAppsMade.splice(0);
  for (const app of apps) {
    for (const doc of app.documents) expect(officialTextProblems(doc.text()), `Google Doc «${doc.name}»`).toEqual([]);
  }
});

/**
 * Writes the sample's self-assessment documents (QĐ 4725: the phiếu and the báo cáo, illustrative
 * scores of src/sample/anLao2026.ts) into the folder given, as `cds-tracker dti` would; for
 * `npm run preview`.
 */
import { writeSelfAssessment } from '../src/cli/dti';
import { selfAssessmentModelOf } from '../src/sheet/selfAssessment';
import { SAMPLE_AS_OF, samplePlan } from '../src/sample/anLao2026';

const dir = process.argv[2];
if (!dir) throw new Error('usage: previewSelfAssessment.ts <folder>');
const written = await writeSelfAssessment(selfAssessmentModelOf(samplePlan(), SAMPLE_AS_OF)!, dir);
console.log(written.sheet.file);
console.log(written.report.file);

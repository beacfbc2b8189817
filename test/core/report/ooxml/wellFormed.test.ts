import { describe, expect, it } from 'vitest';
import { xmlProblem } from './wellFormed';

describe('the well-formedness check the OOXML tests rely on', () => {
  it('accepts well-formed XML', () => {
    expect(xmlProblem('<?xml version="1.0"?>\n<a x="1" y=\'&amp;\'><b/><c>t &lt; &#10;</c></a>')).toBeUndefined();
  });

  it('finds each kind of breakage', () => {
    expect(xmlProblem('<a><b></a>')).toMatch(/closes nothing/);
    expect(xmlProblem('<a>')).toMatch(/never closed/);
    expect(xmlProblem('<a/><b/>')).toMatch(/second root/);
    expect(xmlProblem('<a>x & y</a>')).toMatch(/bad entity/);
    expect(xmlProblem('<a>x < y</a>')).toMatch(/stray </);
    expect(xmlProblem('<a x="1" x="2"/>')).toMatch(/twice/);
    expect(xmlProblem('<a x="&nbsp;"/>')).toMatch(/bad entity/);
    expect(xmlProblem('<a>\uFFFE</a>')).toMatch(/illegal character/);
    expect(xmlProblem(' <?xml version="1.0"?><a/>')).toMatch(/declaration/);
  });
});

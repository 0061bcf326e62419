import { expect } from '@open-wc/testing';
import { createTranslator, formatDate, hasDateData } from '@copro/core';

describe('dates', () => {
  // Noon UTC: the same calendar day in every time zone a test machine might be in.
  const fifthOfDecember = '2026-12-05T12:00:00Z';
  const noData = { hasData: () => false };
  const englishMonth = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;

  it('formats Welsh in Welsh where the browser lacks Welsh date data (not "Dec 5, 2026")', () => {
    expect(formatDate(fifthOfDecember, 'cy', { dateStyle: 'long' }, noData)).to.equal('5 Rhagfyr 2026');
    expect(formatDate(fifthOfDecember, 'cy', undefined, noData)).to.equal('5 Rhag 2026');
    expect(formatDate('2026-03-01T12:00:00Z', 'cy-GB', { dateStyle: 'medium' }, noData)).to.equal('1 Maw 2026');
  });

  it('falls back to British English, day first, for a language it has no names for', () => {
    expect(formatDate(fifthOfDecember, 'tlh', { dateStyle: 'medium' }, noData)).to.equal('5 Dec 2026');
    expect(formatDate(fifthOfDecember, 'tlh', { dateStyle: 'long' })).to.equal('5 December 2026');
  });

  it('uses the browser’s own data where it has it', () => {
    expect(hasDateData('fr')).to.equal(true);
    expect(formatDate(fifthOfDecember, 'fr', { dateStyle: 'long' })).to.equal(new Intl.DateTimeFormat('fr', { dateStyle: 'long' }).format(new Date(fifthOfDecember)));
    expect(hasDateData('tlh')).to.equal(false);
  });

  it('a Welsh translator never says an English month, with or without the browser’s Welsh data', () => {
    const t = createTranslator('cy', [{ en: {}, cy: {} }]);
    expect(formatDate(fifthOfDecember, t.lang)).not.to.match(englishMonth);
    expect(formatDate(fifthOfDecember, t.lang, { dateStyle: 'long' })).not.to.match(englishMonth);
    expect(formatDate(fifthOfDecember, createTranslator('en', [{}]).lang)).to.equal('5 Dec 2026');
  });
});

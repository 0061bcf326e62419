import { expect } from '@open-wc/testing';
import { coreMessages, createTranslator } from '@copro/core';
import { csvField, roomMinutes, summarySentence, type ExportRow } from '../src/index.ts';
import { countStatuses } from '../src/model.ts';
import { messages } from '../src/messages.ts';

// The element translates with its own messages and core's (shared words such as "{label}:").
const english = createTranslator('en-GB', [messages, coreMessages]);
let welsh = english;

describe('room-checklist exports', () => {
  before(async () => {
    await Promise.all([messages.load('cy'), coreMessages.load('cy')]);
    welsh = createTranslator('cy', [messages, coreMessages]);
  });

  it('quotes every CSV field and disarms anything a spreadsheet would run as a formula', () => {
    expect(csvField('plain')).to.equal('"plain"');
    expect(csvField('say "hello", then')).to.equal('"say ""hello"", then"');
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvField(`${start}1+1`)).to.equal(`"'${start}1+1"`);
    expect(csvField('line one\nline two')).to.equal('"line one\nline two"');
    expect(csvField('a=b')).to.equal('"a=b"');
  });

  it('writes the summary sentence with plural forms in English and Welsh', () => {
    expect(summarySentence(countStatuses(['present', 'invited', 'missing']), english)).to.equal('1 of 3 groups is in the room. 1 invited. 1 missing or unknown.');
    const many = countStatuses([...Array(9).fill('present'), ...Array(5).fill('invited'), ...Array(12).fill('unknown')]);
    expect(summarySentence(many, english)).to.equal('9 of 26 groups are in the room. 5 invited. 12 missing or unknown.');
    expect(summarySentence(many, welsh)).to.equal('Mae 9 o’r 26 grŵp yn yr ystafell. 5 wedi’u gwahodd. 12 ar goll neu heb fod yn hysbys.');
    expect(summarySentence(countStatuses(['invited', 'not-relevant']), welsh)).to.equal(
      'Mae 0 o’r 1 grŵp yn yr ystafell. 1 wedi’i wahodd. 0 ar goll neu heb fod yn hysbys. 1 wedi’i farcio’n amherthnasol.',
    );
  });

  it('writes minutes grouped by status, missing first, notes on one line', () => {
    const row = (id: string, status: ExportRow['status'], note = ''): ExportRow => ({ id, label: id.toUpperCase(), hint: '', status, note, updatedAt: '' });
    const minutes = roomMinutes('Youth fund', [row('a', 'present', 'Came to\nboth meetings'), row('b', 'unknown'), row('c', 'missing', 'Ask the club'), row('d', 'not-relevant')], english, new Date('2026-03-02T10:00:00Z'));
    expect(minutes).to.equal(
      [
        'Who is not in the room? Youth fund',
        'As of 2 March 2026.',
        '',
        '1 of 3 groups is in the room. 0 invited. 2 missing or unknown. 1 marked not relevant.',
        '',
        'Missing or not known yet:',
        '- C (Missing): Ask the club',
        '- B (Not known yet)',
        '',
        'In the room:',
        '- A: Came to both meetings',
        '',
        'Not relevant:',
        '- D',
        '',
      ].join('\n'),
    );
  });
});

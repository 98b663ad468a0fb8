import { describe, expect, it } from 'vitest';
import { confirmsName, erasedImportKey, identifyingStrings } from './erase.ts';
import { exportFilename, safeArchiveName } from './export.ts';
import { retentionCutoff } from './retention.ts';

describe('retentionCutoff', () => {
  it('goes back whole months, keeping the time of day', () => {
    expect(retentionCutoff(new Date('2026-11-22T02:00:00Z'), 24).toISOString()).toBe(
      '2024-11-22T02:00:00.000Z',
    );
    expect(retentionCutoff(new Date('2026-01-15T10:30:00Z'), 1).toISOString()).toBe(
      '2025-12-15T10:30:00.000Z',
    );
    expect(retentionCutoff(new Date('2026-06-01T00:00:00Z'), 120).toISOString()).toBe(
      '2016-06-01T00:00:00.000Z',
    );
  });

  it('lands on the last day of a shorter month instead of spilling into the next', () => {
    expect(retentionCutoff(new Date('2026-03-31T12:00:00Z'), 1).toISOString()).toBe(
      '2026-02-28T12:00:00.000Z',
    );
    expect(retentionCutoff(new Date('2028-03-31T12:00:00Z'), 1).toISOString()).toBe(
      '2028-02-29T12:00:00.000Z',
    );
    expect(retentionCutoff(new Date('2026-12-31T00:00:00Z'), 6).toISOString()).toBe(
      '2026-06-30T00:00:00.000Z',
    );
  });
});

describe('confirmsName', () => {
  it('accepts the name as shown, with surrounding or doubled blanks', () => {
    expect(confirmsName('Ada Lovelace', 'Ada Lovelace')).toBe(true);
    expect(confirmsName('  Ada   Lovelace ', 'Ada Lovelace')).toBe(true);
    expect(confirmsName('Zoë Núñez', 'Zoe\u0308 Nu\u0301n\u0303ez')).toBe(true); // composed vs decomposed
  });

  it('refuses anything else', () => {
    expect(confirmsName('ada lovelace', 'Ada Lovelace')).toBe(false);
    expect(confirmsName('Ada', 'Ada Lovelace')).toBe(false);
    expect(confirmsName('', '')).toBe(false);
    expect(confirmsName('   ', '  ')).toBe(false);
  });
});

describe('identifyingStrings', () => {
  it('collects names, e-mails and phones once each, skipping placeholders and very short names', () => {
    expect(
      identifyingStrings([
        {
          name: ' Ada  Lovelace ',
          emails: ['ada@example.org', 'ADA@example.org'],
          phones: ['+447700900123'],
        },
        { name: 'Al', emails: [], phones: ['12'] },
        { name: 'Unknown', emails: [], phones: [] },
      ]),
    ).toEqual(['Ada  Lovelace', 'Ada Lovelace', 'ada@example.org', '+447700900123']);
  });
});

describe('erasedImportKey', () => {
  it('is a stable one-way digest per organisation that no longer shows the key', () => {
    const key = 'email:ada@example.org';
    const erased = erasedImportKey('org-1', key);
    expect(erased).toMatch(/^erased:[0-9a-f]{64}$/);
    expect(erased).toBe(erasedImportKey('org-1', key));
    expect(erased).not.toBe(erasedImportKey('org-2', key));
    expect(erased).not.toContain('ada');
  });
});

describe('export file names', () => {
  it('names the archive after the person and the day', () => {
    expect(exportFilename('Zoë Núñez-O’Brien', new Date('2026-05-04T23:00:00Z'))).toBe(
      'candidate-zoe-nunez-o-brien-2026-05-04.zip',
    );
    expect(exportFilename('李雷', new Date('2026-05-04T00:00:00Z'))).toBe('candidate-export-2026-05-04.zip');
  });

  it('keeps archive entries inside the archive and readable everywhere', () => {
    expect(safeArchiveName('../../etc/passwd')).toBe('passwd');
    expect(safeArchiveName('C:\\Users\\ada\\My CV (final).pdf')).toBe('My_CV_final_.pdf');
    expect(safeArchiveName('Lebenslauf Müller.docx')).toBe('Lebenslauf_Muller.docx');
    expect(safeArchiveName('.hidden')).toBe('hidden');
    expect(safeArchiveName('')).toBe('file');
  });
});

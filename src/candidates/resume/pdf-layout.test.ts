import { describe, expect, it } from 'vitest';
import { linesInReadingOrder, type TextRun } from './pdf-layout.ts';

/** A run whose width is roughly what Helvetica would give at this size. */
function run(text: string, x: number, y: number, size = 10): TextRun {
  return { text, x, y, size, width: text.length * size * 0.5 };
}

describe('linesInReadingOrder', () => {
  it('reads a sidebar and a main column one after the other, even when drawn row by row', () => {
    const runs = [
      run('Jane Doe', 40, 800, 20),
      // Sidebar lines every 17 units, main column lines every 13: the rows drift apart.
      run('CONTACT', 40, 750),
      run('EXPERIENCE', 220, 750),
      run('jane@example.com', 40, 733),
      run('Senior Engineer, Acme', 220, 737),
      run('+1 415 555 0134', 40, 716),
      run('Mar 2019 – Present', 220, 724),
      run('SKILLS', 40, 699),
      run('• Built the payments API in Go', 220, 711),
      run('Go, PostgreSQL', 40, 682),
      run('Developer at Foo', 220, 698),
      run('2015 – 2019', 220, 685),
    ];
    expect(linesInReadingOrder(runs)).toEqual([
      'Jane Doe',
      '',
      'CONTACT',
      'jane@example.com',
      '+1 415 555 0134',
      'SKILLS',
      'Go, PostgreSQL',
      '',
      'EXPERIENCE',
      'Senior Engineer, Acme',
      'Mar 2019 – Present',
      '• Built the payments API in Go',
      'Developer at Foo',
      '2015 – 2019',
    ]);
  });

  it('reads the column that opens with the biggest type first', () => {
    const runs = [
      run('CONTACT', 40, 780),
      run('Jane Doe', 220, 780, 22),
      run('jane@example.com', 40, 763),
      run('Backend Engineer', 220, 752, 12),
      run('+1 415 555 0134', 40, 746),
      run('EXPERIENCE', 220, 730),
      run('Berlin, Germany', 40, 729),
      run('Acme Corp', 220, 717),
    ];
    expect(linesInReadingOrder(runs)).toEqual([
      'Jane Doe',
      'Backend Engineer',
      '',
      'EXPERIENCE',
      'Acme Corp',
      '',
      'CONTACT',
      'jane@example.com',
      '+1 415 555 0134',
      'Berlin, Germany',
    ]);
  });

  it('keeps right-aligned dates on the line of their company: a table, not two columns', () => {
    const runs = [
      run('EXPERIENCE', 50, 780),
      run('Acme Corp', 50, 765),
      run('Mar 2019 – Present', 460, 765),
      run('Staff Engineer', 50, 750),
      run('Austin, TX', 495, 750),
      run('Initech', 50, 735),
      run('2015 – 2019', 490, 735),
      run('Software Engineer', 50, 720),
      run('Remote', 515, 720),
    ];
    expect(linesInReadingOrder(runs)).toEqual([
      'EXPERIENCE',
      'Acme Corp\tMar 2019 – Present',
      'Staff Engineer\tAustin, TX',
      'Initech\t2015 – 2019',
      'Software Engineer\tRemote',
    ]);
  });

  it('joins the pieces of one line with spaces only where there is a gap', () => {
    const runs = [
      { text: 'Post', x: 50, y: 700, width: 20, size: 10 },
      { text: 'greSQL', x: 70, y: 700, width: 32, size: 10 },
      { text: 'and', x: 105, y: 700.5, width: 16, size: 10 },
      { text: '2', x: 125, y: 704, width: 3, size: 6 },
    ];
    expect(linesInReadingOrder(runs)).toEqual(['PostgreSQL and 2']);
  });

  it('ignores empty runs and nonsense coordinates', () => {
    expect(
      linesInReadingOrder([run('  ', 0, 0), { ...run('x', 0, 0), y: Number.NaN }, run('Jane', 10, 10)]),
    ).toEqual(['Jane']);
  });
});

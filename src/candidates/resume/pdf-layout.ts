/**
 * Reading order for the text runs of one PDF page. PDFs store text in whatever order the producer drew
 * it, so a two-column résumé often comes out interleaved ("jane@x.com Senior Engineer, Acme …"). Runs are
 * grouped into rows by baseline; when a vertical gutter splits the page into columns that flow
 * independently, each column is read top to bottom on its own. Pure.
 */

export type TextRun = {
  text: string;
  /** Left edge and baseline, in PDF units (origin bottom-left). */
  x: number;
  y: number;
  width: number;
  /** Font size in PDF units. */
  size: number;
};

type Row = { y: number; size: number; runs: TextRun[] };

type Gutter = { from: number; to: number };

/** A gap narrower than this is white space inside a column, not between columns. */
const minGutterWidth = 14;
/** Nested columns deeper than this are read as rows. */
const maxColumnDepth = 2;

export function linesInReadingOrder(runs: TextRun[]): string[] {
  return readRegion(
    runs.filter((run) => run.text.trim() !== '' && Number.isFinite(run.x) && Number.isFinite(run.y)),
    0,
  );
}

function readRegion(runs: TextRun[], depth: number): string[] {
  const gutter = depth < maxColumnDepth ? findGutter(runs) : null;
  if (!gutter) return renderRows(groupRows(runs));
  const lines: string[] = [];
  let band: Row[] = [];
  const flushBand = () => {
    if (band.length > 0) lines.push(...readBand(band, gutter, depth));
    band = [];
  };
  for (const row of groupRows(runs)) {
    if (row.runs.some((run) => sideOf(run, gutter) === 'across')) {
      flushBand();
      lines.push(...renderRows([row]));
    } else {
      band.push(row);
    }
  }
  flushBand();
  return lines;
}

/** Rows between two full-width lines: the left column, then the right (or the more prominent first). */
function readBand(band: Row[], gutter: Gutter, depth: number): string[] {
  const runs = band.flatMap((row) => row.runs);
  const left = runs.filter((run) => sideOf(run, gutter) === 'left');
  const right = runs.filter((run) => sideOf(run, gutter) === 'right');
  const columns = [left, right].filter((column) => column.length > 0);
  // A sidebar on the left often holds contact details while the name heads the main column; reading the
  // column that opens with the biggest type first keeps the name at the top.
  if (columns.length === 2 && leadSize(right) > leadSize(left) * 1.2) columns.reverse();
  return columns.flatMap((column, index) => [...(index > 0 ? [''] : []), ...readRegion(column, depth + 1)]);
}

function leadSize(runs: TextRun[]): number {
  const rows = groupRows(runs).slice(0, 2);
  return rows.reduce((max, row) => Math.max(max, row.size), 0);
}

/** A run spanning the whole gutter is a full-width line; any other belongs to the side its start is on. */
function sideOf(run: TextRun, gutter: Gutter): 'left' | 'right' | 'across' {
  if (run.x <= gutter.from + 0.5 && run.x + run.width >= gutter.to - 0.5) return 'across';
  return run.x < (gutter.from + gutter.to) / 2 ? 'left' : 'right';
}

/** Runs on the same baseline (within half a font size: sub- and superscripts stay on their line). */
function groupRows(runs: TextRun[]): Row[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  for (const run of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row.y - run.y) <= 0.5 * Math.max(row.size, run.size)) {
      row.runs.push(run);
      row.size = Math.max(row.size, run.size);
    } else {
      rows.push({ y: run.y, size: run.size, runs: [run] });
    }
  }
  for (const row of rows) row.runs.sort((a, b) => a.x - b.x);
  return rows;
}

/** Rows as lines; a wide gap inside a row becomes a tab (a table cell), a large vertical gap a blank line. */
function renderRows(rows: Row[]): string[] {
  const lines: string[] = [];
  rows.forEach((row, index) => {
    const previous = rows[index - 1];
    if (previous && previous.y - row.y > 1.8 * Math.max(previous.size, row.size)) lines.push('');
    lines.push(renderRow(row));
  });
  return lines;
}

function renderRow(row: Row): string {
  let text = '';
  let previous: TextRun | null = null;
  for (const run of row.runs) {
    if (previous) {
      const gap = run.x - (previous.x + previous.width);
      const size = Math.max(previous.size, run.size);
      if (gap > 1.5 * size) text += '\t';
      else if (gap > 0.15 * size && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
    }
    text += run.text;
    previous = run;
  }
  return text.trim();
}

/**
 * The widest vertical strip that (almost) no run crosses, with text on both sides that flows on its own:
 * rows that pair up across the strip ("Acme Corp … Mar 2019 – Present") make a table, not two columns.
 */
function findGutter(runs: TextRun[]): Gutter | null {
  if (runs.length < 6) return null;
  const left = runs.reduce((min, run) => Math.min(min, run.x), Number.POSITIVE_INFINITY);
  const right = runs.reduce((max, run) => Math.max(max, run.x + run.width), Number.NEGATIVE_INFINITY);
  const binWidth = 2;
  const binCount = Math.ceil((right - left) / binWidth);
  if (binCount < 3 || binCount > 10_000) return null;
  // Runs covering each bin, by a difference array: linear however wide the runs are.
  const coverage = new Int32Array(binCount + 1);
  for (const run of runs) {
    const first = Math.min(binCount - 1, Math.max(0, Math.floor((run.x - left) / binWidth)));
    const last = Math.min(
      binCount - 1,
      Math.max(first, Math.ceil((run.x + run.width - left) / binWidth) - 1),
    );
    coverage[first]!++;
    coverage[last + 1]!--;
  }
  for (let bin = 1; bin < binCount; bin++) coverage[bin]! += coverage[bin - 1]!;
  // A title or a full-width line may cross the gutter; a few such lines do not make it disappear.
  const allowedCrossings = Math.max(1, Math.floor(groupRows(runs).length * 0.1));
  let best: Gutter | null = null;
  let start = -1;
  for (let bin = 0; bin <= binCount; bin++) {
    const open = bin < binCount && coverage[bin]! <= allowedCrossings;
    if (open && start < 0) start = bin;
    if (open || start < 0) continue;
    const gutter = { from: left + start * binWidth, to: left + bin * binWidth };
    const touchesEdge = start === 0 || bin === binCount;
    const wider = !best || gutter.to - gutter.from > best.to - best.from;
    if (
      !touchesEdge &&
      gutter.to - gutter.from >= minGutterWidth &&
      wider &&
      flowsIndependently(runs, gutter)
    ) {
      best = gutter;
    }
    start = -1;
  }
  return best;
}

function flowsIndependently(runs: TextRun[], gutter: Gutter): boolean {
  const leftRows = groupRows(runs.filter((run) => sideOf(run, gutter) === 'left'));
  const rightRows = groupRows(runs.filter((run) => sideOf(run, gutter) === 'right'));
  if (leftRows.length < 3 || rightRows.length < 3) return false;
  const leftAlone = rowsWithoutPartner(leftRows, rightRows);
  const rightAlone = rowsWithoutPartner(rightRows, leftRows);
  return leftAlone >= Math.max(2, 0.3 * leftRows.length) && rightAlone >= Math.max(2, 0.3 * rightRows.length);
}

/**
 * Rows with no row of the other side on the same baseline. Cells of one table row share a baseline
 * exactly; lines of independent columns only now and then. Both lists are sorted top to bottom.
 */
function rowsWithoutPartner(rows: Row[], others: Row[]): number {
  let alone = 0;
  let cursor = 0;
  for (const row of rows) {
    const tolerance = 0.15 * row.size;
    while (cursor < others.length && others[cursor]!.y > row.y + tolerance) cursor++;
    const partner = others[cursor];
    if (!partner || partner.y < row.y - tolerance) alone++;
  }
  return alone;
}

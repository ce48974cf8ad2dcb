/** What every gate hands back, and the plain-text table the gates print. */

/** The outcome of one gate on one build. */
export interface GateResult {
  gate: string;
  build: string;
  passed: boolean;
  /** One line for the summary table, e.g. "0 violations on 14 pages × 2 schemes". */
  detail: string;
}

/** Formats rows as a left-aligned text table with a header rule. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) =>
    Math.max(width(title), ...rows.map((row) => width(row[column] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell + ' '.repeat((widths[column] ?? 0) - width(cell)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Columns a string takes in a terminal: non-spacing marks (most matras, virama, nukta, anusvara) take none. */
function width(text: string): number {
  return text.replace(/\p{Mn}/gu, '').length;
}

/** Shortens an error to its first line for the summary table. */
export function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

/** Reading Content-Security-Policy values in tests. */

/** A CSP as directive name -> sources, directives in the order written. */
export type Policy = Record<string, string[]>;

/** Parses a CSP header or meta value. */
export function parsePolicy(value: string): Policy {
  return Object.fromEntries(
    value
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

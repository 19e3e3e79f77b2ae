/*
 * CSV as RFC 4180 has it: CRLF between records, a header record, and a field quoted (with inner quotes doubled)
 * when it holds a comma, a quote, CR or LF. Nothing else is altered.
 */

export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRecord(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

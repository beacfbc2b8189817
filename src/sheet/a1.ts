/** A1 notation: column letters and cell addresses, 1-based like Sheets. */

/** 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** (7, 3) → "C7". */
export function cellA1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** "Tiến độ!A12": how a record says where it came from. */
export function rowRef(tab: string, row: number): string {
  return `${tab}!A${row}`;
}

/** Immutable helpers for the form's list rows, which all carry a `key`. */

export const replaceRow = <Row extends { key: string }>(rows: Row[], key: string, changes: Partial<Row>) =>
  rows.map((row) => (row.key === key ? { ...row, ...changes } : row));

export const removeRow = <Row extends { key: string }>(rows: Row[], key: string) =>
  rows.filter((row) => row.key !== key);

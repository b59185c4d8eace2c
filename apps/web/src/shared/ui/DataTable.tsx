import type { ReactNode } from 'react';

export type SortDirection = 'ascending' | 'descending';

export interface Column<Row, Key extends string> {
  key: Key;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Right-aligned numbers. */
  numeric?: boolean;
  /** Offers a sort button in the header; the owner sorts the rows (rules live in model files). */
  sortable?: boolean;
  /** The row's header cell (`<th scope="row">`), e.g. the region name. */
  rowHeader?: boolean;
}

interface DataTableProps<Row, Key extends string> {
  caption: ReactNode;
  /** Shown to screen readers only when true (the page heading already says it). */
  captionHidden?: boolean;
  columns: readonly Column<Row, Key>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  sort?: { key: Key; direction: SortDirection };
  onSort?: (key: Key) => void;
  className?: string;
}

/**
 * A table with sortable headers: each sortable header is a button, and `aria-sort` on the sorted
 * column tells screen readers which column orders the rows and how. The arrow is decoration.
 */
export function DataTable<Row, Key extends string>({
  caption,
  captionHidden = true,
  columns,
  rows,
  rowKey,
  sort,
  onSort,
  className,
}: DataTableProps<Row, Key>) {
  return (
    <div className="table-scroll">
      <table className={className ? `table ${className}` : 'table'}>
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const sorted = sort?.key === c.key ? sort.direction : undefined;
              return (
                <th key={c.key} scope="col" aria-sort={sorted} className={c.numeric ? 'num' : undefined}>
                  {c.sortable && onSort ? (
                    <button type="button" className="sort-button" onClick={() => onSort(c.key)}>
                      {c.header}
                      <span aria-hidden="true" className="sort-button__arrow">
                        {sorted === 'ascending' ? ' ▲' : sorted === 'descending' ? ' ▼' : ''}
                      </span>
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.key} scope="row">
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.key} className={c.numeric ? 'num' : undefined}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

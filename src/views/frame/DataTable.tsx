import { displayCell, type FigureTable } from './table';

/** The numbers of a figure as an accessible HTML table (row headers, column scopes, a caption). */
export function DataTable({ caption, table }: { caption: string; table: FigureTable }) {
  const [first, ...rest] = table.columns;
  return (
    <div className="data-table" tabIndex={0} role="region" aria-label={`${caption} (table)`}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column.key} scope="col" className={column.format && column.format !== 'text' ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={index}>
              <th scope="row">{displayCell(row[first.key] ?? null, first.format)}</th>
              {rest.map((column) => (
                <td key={column.key} className={column.format && column.format !== 'text' ? 'num' : undefined}>
                  {displayCell(row[column.key] ?? null, column.format)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

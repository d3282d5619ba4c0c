import type { ReactNode } from 'react';
import { useTableStyles } from '../summary/table-styles';

/** An admin list: a horizontally scrolling table with one header row of column headings. */
export function AdminTable(props: {
  headings: readonly string[];
  /** Read by screen readers only. */
  caption?: string;
  testId?: string;
  children: ReactNode;
}) {
  const table = useTableStyles();
  return (
    <div className={table.wrap}>
      <table className={table.table} data-testid={props.testId}>
        {props.caption !== undefined && <caption className="visually-hidden">{props.caption}</caption>}
        <thead>
          <tr>
            {props.headings.map((heading) => (
              <th key={heading} scope="col">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}

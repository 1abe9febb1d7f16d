/**
 * A read-only table under its h3 title: the title also names the table and its focusable scroll
 * region, so the three never drift apart.
 */
import { Table, TableBody, TableHeader, TableRow } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { ScrollRegion } from "./ScrollRegion";
import { usePaneStyles } from "./styles";

/** The titled table: `head` holds the header cells, `children` the body rows. */
export function TitledTable(props: {
  title: string;
  testId: string;
  head: ReactNode;
  children: ReactNode;
}): JSX.Element {
  const s = usePaneStyles();
  return (
    <>
      <h3 className={s.subheading}>{props.title}</h3>
      <ScrollRegion label={props.title}>
        <Table className={s.table} size="small" aria-label={props.title} data-testid={props.testId}>
          <TableHeader>
            <TableRow>{props.head}</TableRow>
          </TableHeader>
          <TableBody>{props.children}</TableBody>
        </Table>
      </ScrollRegion>
    </>
  );
}

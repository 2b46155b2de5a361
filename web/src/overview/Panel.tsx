import type { ReactNode } from "react";
import type { UseQueryResult } from "@tanstack/react-query";
import { errorMessage } from "../api/problem";
import { Loading } from "../shell/Loading";

type Props<T> = {
  title: string;
  query: UseQueryResult<T>;
  /** Whether the answer has nothing to show. */
  isEmpty: (data: T) => boolean;
  empty: string;
  children: (data: T) => ReactNode;
};

/** A titled region of the overview that shows its query's loading, error and empty states. */
export function Panel<T>({ title, query, isEmpty, empty, children }: Props<T>) {
  const id = `overview-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {query.isLoading && <Loading />}
      {query.error && <p role="alert" className="error">{errorMessage(query.error)}</p>}
      {query.data !== undefined && (isEmpty(query.data) ? <p className="muted">{empty}</p> : children(query.data))}
    </section>
  );
}

import { errorMessage } from "../api/problem";
import { Loading } from "./Loading";

interface Props {
  /** The list's query: a page of records with the server's total. */
  list: { isLoading: boolean; error: unknown; data?: { total?: number | string | null } | undefined };
  /** How many records the page holds. */
  shown: number;
  /** What an empty list says, such as "No groups yet.". */
  empty: string;
}

/** What a record list says above its table: loading, why it failed, that it is empty, or that the
 * server sent only the first page. */
export function ListState({ list, shown, empty }: Props) {
  return (
    <>
      {list.isLoading && <Loading />}
      {list.error != null && <p role="alert" className="error">{errorMessage(list.error)}</p>}
      {list.data && shown === 0 && <p className="muted">{empty}</p>}
      {shown < Number(list.data?.total ?? 0) && <p className="muted">Showing the first {shown} of {list.data?.total}.</p>}
    </>
  );
}

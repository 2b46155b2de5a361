import { useParams } from "react-router";
import { errorMessage } from "../api/problem";
import { Loading } from "../shell/Loading";
import { MacroEditor } from "./MacroEditor";
import { useMacro } from "./queries";

/** `/macros/:id` and `/macros/new`: loads the macro, then the editor. */
export function MacroEditorPage() {
  const { id } = useParams();
  const macroId = id === undefined || id === "new" ? null : id;
  const record = useMacro(macroId);
  if (macroId !== null && record.isLoading) return <Loading />;
  if (record.error) return <p role="alert" className="error">{errorMessage(record.error)}</p>;
  return <MacroEditor key={macroId ?? "new"} saved={macroId === null ? null : (record.data ?? null)} />;
}

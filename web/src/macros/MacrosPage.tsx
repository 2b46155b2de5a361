import { Route, Routes } from "react-router";
import { MacroEditorPage } from "./MacroEditorPage";
import { MacroList } from "./MacroList";
// The shared state badge is styled there.
import "./macros.css";

/** `/macros`: the list, `/macros/new` and `/macros/:id` the editor. */
export function MacrosPage() {
  return (
    <Routes>
      <Route index element={<MacroList />} />
      <Route path="new" element={<MacroEditorPage />} />
      <Route path=":id" element={<MacroEditorPage />} />
    </Routes>
  );
}

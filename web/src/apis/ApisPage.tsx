import { Route, Routes } from "react-router";
import { ApiList } from "./ApiList";
import { ApiEditorPage } from "./ApiEditorPage";
import "./apis.css";

/** `/apis`: the list, `/apis/new` and `/apis/:id` the editor. */
export function ApisPage() {
  return (
    <Routes>
      <Route index element={<ApiList />} />
      <Route path="new" element={<ApiEditorPage />} />
      <Route path=":id" element={<ApiEditorPage />} />
    </Routes>
  );
}

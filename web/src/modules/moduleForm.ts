import type { components } from "../api/schema";

/** A module as `GET /api/v1/modules` lists it. */
export type Module = components["schemas"]["ModuleResponse"];

/** The body of create and update. */
export type ModuleRequest = components["schemas"]["ModuleRequest"];

/** The form's state: every input as the user typed it. */
export interface ModuleForm {
  name: string;
  description: string;
  sort_order: string;
  is_active: boolean;
}

export function emptyModuleForm(): ModuleForm {
  return { name: "", description: "", sort_order: "0", is_active: true };
}

/** The form filled from a saved module. */
export function moduleFormOf(module: Module): ModuleForm {
  return {
    name: module.name ?? "",
    description: module.description ?? "",
    sort_order: String(module.sort_order ?? 0),
    is_active: module.is_active ?? true,
  };
}

/** Problems the form can name before asking the server (which cannot read a sort order that is not a number). */
export function moduleFormErrors(form: ModuleForm): Record<string, string[]> {
  const sortOrder = form.sort_order.trim();
  return sortOrder.length === 0 || /^-?\d+$/.test(sortOrder) ? {} : { sort_order: ["must be a whole number."] };
}

/** The request body for create or update; an empty sort order sorts first (0). */
export function moduleRequest(form: ModuleForm): ModuleRequest {
  const sortOrder = form.sort_order.trim();
  return {
    name: form.name.trim(),
    description: form.description,
    sort_order: sortOrder.length === 0 ? 0 : Number(sortOrder),
    is_active: form.is_active,
  };
}

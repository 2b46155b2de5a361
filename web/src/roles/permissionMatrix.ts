import { covers, grantKey } from "./grants";
import type { Action, Grant, Resource } from "./types";

/** Every resource type the server knows (`ResourceType`), in the server's order. `scopable` ones
 * have records with ids, so a grant can name one of them. */
export const resources: readonly { value: Resource; label: string; scopable: boolean }[] = [
  { value: "datasource", label: "Datasources", scopable: true },
  { value: "module", label: "Modules", scopable: true },
  { value: "group", label: "Groups", scopable: true },
  { value: "api", label: "APIs", scopable: true },
  { value: "macro", label: "Macros", scopable: true },
  { value: "client", label: "Clients", scopable: true },
  { value: "user", label: "Users", scopable: true },
  { value: "role", label: "Roles", scopable: true },
  { value: "access_log", label: "Access logs", scopable: false },
  { value: "overview", label: "Overview", scopable: false },
  { value: "audit", label: "Audit", scopable: false },
  { value: "webhook", label: "Webhooks", scopable: true },
];

/** Every action the server knows (`PermissionAction`), in the server's order. */
export const actions: readonly { value: Action; label: string }[] = [
  { value: "read", label: "Read" },
  { value: "create", label: "Create" },
  { value: "update", label: "Update" },
  { value: "delete", label: "Delete" },
  { value: "execute", label: "Execute" },
];

/** One cell of the matrix: an action on every resource of a type. */
export type Cell = `${Resource}:${Action}`;

/** A role's permissions as the editor holds them: the matrix of type-wide grants, and grants on
 * one resource each. */
export interface PermissionSet {
  matrix: ReadonlySet<Cell>;
  scoped: readonly Grant[];
}

/** How many cells of a row or column are checked. */
export type ToggleState = "all" | "some" | "none";

/** Whether the editing user may check or uncheck a cell (the server refuses grants they lack). */
export type CellAllowed = (resource: Resource, action: Action) => boolean;

const everyCell: CellAllowed = () => true;

export function cell(resource: Resource, action: Action): Cell {
  return `${resource}:${action}`;
}

/** The accessible name of a cell's checkbox. */
export function cellName(resource: Resource, action: Action): string {
  return `${action} ${resource}`;
}

function isResource(value: unknown): value is Resource {
  return resources.some((r) => r.value === value);
}

function isAction(value: unknown): value is Action {
  return actions.some((a) => a.value === value);
}

/** Splits a role's permissions into the matrix and the scoped grants; repeats and values the
 * dashboard does not know are left out. */
export function splitPermissions(grants: readonly Grant[]): PermissionSet {
  const matrix = new Set<Cell>();
  const scoped: Grant[] = [];
  const seen = new Set<string>();
  for (const grant of grants) {
    if (!isResource(grant.resource_type) || !isAction(grant.action)) continue;
    const id = grant.resource_id == null || grant.resource_id.trim() === "" ? null : grant.resource_id.trim();
    if (id === null) {
      matrix.add(cell(grant.resource_type, grant.action));
      continue;
    }
    const normal: Grant = { resource_type: grant.resource_type, action: grant.action, resource_id: id };
    if (seen.has(grantKey(normal))) continue;
    seen.add(grantKey(normal));
    scoped.push(normal);
  }
  return { matrix, scoped };
}

/** Whether a scoped grant adds nothing because its matrix cell already covers it. */
export function isCovered(set: PermissionSet, grant: Grant): boolean {
  return set.matrix.has(cell(grant.resource_type, grant.action));
}

/** The `permissions` the server stores: the checked cells in matrix order, then the scoped grants
 * a checked cell does not already cover. */
export function joinPermissions(set: PermissionSet): Grant[] {
  const grants: Grant[] = [];
  for (const resource of resources) {
    for (const action of actions) {
      if (set.matrix.has(cell(resource.value, action.value))) {
        grants.push({ resource_type: resource.value, action: action.value, resource_id: null });
      }
    }
  }
  return [...grants, ...set.scoped.filter((grant) => !grants.some((wide) => covers(wide, grant)))];
}

export function setCell(set: PermissionSet, resource: Resource, action: Action, on: boolean): PermissionSet {
  const matrix = new Set(set.matrix);
  if (on) matrix.add(cell(resource, action));
  else matrix.delete(cell(resource, action));
  return { ...set, matrix };
}

function setCells(set: PermissionSet, cells: [Resource, Action][], on: boolean, allowed: CellAllowed): PermissionSet {
  const matrix = new Set(set.matrix);
  for (const [resource, action] of cells) {
    if (!allowed(resource, action)) continue;
    if (on) matrix.add(cell(resource, action));
    else matrix.delete(cell(resource, action));
  }
  return { ...set, matrix };
}

/** Checks or unchecks every action of a resource the user may change. */
export function setRow(set: PermissionSet, resource: Resource, on: boolean, allowed: CellAllowed = everyCell): PermissionSet {
  return setCells(set, actions.map((a) => [resource, a.value]), on, allowed);
}

/** Checks or unchecks an action on every resource the user may change. */
export function setColumn(set: PermissionSet, action: Action, on: boolean, allowed: CellAllowed = everyCell): PermissionSet {
  return setCells(set, resources.map((r) => [r.value, action]), on, allowed);
}

function stateOf(set: PermissionSet, cells: Cell[]): ToggleState {
  const checked = cells.filter((c) => set.matrix.has(c)).length;
  if (checked === 0) return "none";
  return checked === cells.length ? "all" : "some";
}

export function rowState(set: PermissionSet, resource: Resource): ToggleState {
  return stateOf(set, actions.map((a) => cell(resource, a.value)));
}

export function columnState(set: PermissionSet, action: Action): ToggleState {
  return stateOf(set, resources.map((r) => cell(r.value, action)));
}

/** Adds scoped grants (one per action) for one resource, skipping ones already listed. */
export function addScoped(set: PermissionSet, resource: Resource, id: string, chosen: readonly Action[]): PermissionSet {
  const keys = new Set(set.scoped.map(grantKey));
  const added = chosen
    .map((action): Grant => ({ resource_type: resource, action, resource_id: id }))
    .filter((grant) => !keys.has(grantKey(grant)));
  return { ...set, scoped: [...set.scoped, ...added] };
}

export function removeScoped(set: PermissionSet, grant: Grant): PermissionSet {
  const key = grantKey(grant);
  return { ...set, scoped: set.scoped.filter((g) => grantKey(g) !== key) };
}

/** Whether two permission lists grant the same, whatever their order. */
export function samePermissions(a: readonly Grant[], b: readonly Grant[]): boolean {
  const left = new Set(joinPermissions(splitPermissions(a)).map(grantKey));
  const right = new Set(joinPermissions(splitPermissions(b)).map(grantKey));
  return left.size === right.size && [...left].every((key) => right.has(key));
}

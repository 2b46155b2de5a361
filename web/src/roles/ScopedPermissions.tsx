import { AddScopedGrant } from "./AddScopedGrant";
import { grantKey } from "./grants";
import { addScoped, isCovered, removeScoped, type PermissionSet } from "./permissionMatrix";
import { ScopedGrantItem } from "./ScopedGrantItem";
import type { Action, Resource } from "./types";

interface Props {
  value: PermissionSet;
  onChange: (next: PermissionSet) => void;
  allowed: (resource: Resource, action: Action, id: string) => boolean;
  readOnly: boolean;
}

/** Grants on one resource each (one API, one client…): listed, removable, and added by picking. */
export function ScopedPermissions({ value, onChange, allowed, readOnly }: Props) {
  return (
    <section className="scoped-permissions" aria-labelledby="scoped-heading">
      <h3 id="scoped-heading">Scoped permissions</h3>
      <p className="muted">Grants on one resource only, for example publishing a single API.</p>
      {value.scoped.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul aria-label="Scoped permissions" className="scoped-list">
          {value.scoped.map((grant) => (
            <ScopedGrantItem key={grantKey(grant)} grant={grant} covered={isCovered(value, grant)}
              onRemove={readOnly ? undefined : () => onChange(removeScoped(value, grant))} />
          ))}
        </ul>
      )}
      {!readOnly && <AddScopedGrant allowed={allowed} onAdd={(resource, id, chosen) => onChange(addScoped(value, resource, id, chosen))} />}
    </section>
  );
}

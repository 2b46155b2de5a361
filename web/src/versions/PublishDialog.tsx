import { ConfirmAlert } from "../shell/ConfirmAlert";
import { RefusalReasons } from "./RefusalReasons";
import { refusalOf } from "./model";

interface Props {
  /** The version to publish. */
  target: number;
  /** The version published now, if any; a lower target is a roll back. */
  current: number | null;
  pending: boolean;
  /** The refusal of the last attempt: a forceable one turns the button into "Publish anyway". */
  error: unknown;
  onPublish: (force: boolean) => void;
  onClose: () => void;
}

/** Confirms a roll back (naming both versions), and lists why a publish was refused (the SQL check,
 * the test cases) with "Publish anyway", which publishes with `force`. */
export function PublishDialog({ target, current, pending, error, onPublish, onClose }: Props) {
  const refusal = refusalOf(error);
  const refused = refusal?.forceable === true;
  const rollback = current !== null && target < current;
  const title = rollback ? `Roll back from version ${current} to version ${target}?` : `Publish version ${target}?`;
  const confirmLabel = refused ? "Publish anyway" : rollback ? "Roll back" : "Publish";
  return (
    <ConfirmAlert title={title} confirmLabel={confirmLabel} pendingLabel="Working…" tone={refused ? "danger" : "primary"} wide pending={pending}
      error={refused ? undefined : (error ?? undefined)} onConfirm={() => onPublish(refused)} onClose={onClose}>
      <p>
        {rollback
          ? `Clients get version ${target} again instead of version ${current} as soon as it is published. The draft is not changed.`
          : `Clients get version ${target}${current !== null ? ` instead of version ${current}` : ""} as soon as it is published.`}
      </p>
      {refused && refusal && <RefusalReasons refusal={refusal} />}
    </ConfirmAlert>
  );
}

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { ConfirmAlert } from "../shell/ConfirmAlert";
import { issuedSecret, type Client, type IssuedSecret } from "./clientForm";
import { clientsKey } from "./queries";

interface Props {
  client: Client;
  onClose: () => void;
  onRotated: (secret: IssuedSecret) => void;
}

/** Asks before replacing a client's secret, then hands the new one to the page (shown once). */
export function RotateSecretDialog({ client, onClose, onRotated }: Props) {
  const api = useApi();
  const queries = useQueryClient();
  const rotate = useMutation({
    // The answer (with the secret) never becomes mutation state: only the page's dialog holds it.
    mutationFn: async () => {
      const secret = issuedSecret(await api.post<Client>(`/api/v1/clients/${client.id}/secret`));
      if (secret) onRotated(secret);
    },
    onSuccess: async () => {
      onClose();
      await queries.invalidateQueries({ queryKey: clientsKey });
    },
  });
  return (
    <ConfirmAlert title={`Rotate the secret of ${client.name}?`} confirmLabel="Rotate secret" onConfirm={() => rotate.mutate()} onClose={onClose}
      pending={rotate.isPending} error={rotate.error}>
      <p>A new secret replaces the current one. Tokens issued with the old secret stop working at once, and callers must use the new secret to get tokens.</p>
    </ConfirmAlert>
  );
}

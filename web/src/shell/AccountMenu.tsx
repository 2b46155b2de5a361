import { useState } from "react";
import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { useNavigate } from "react-router";
import { useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { ChangePasswordDialog } from "../auth/ChangePasswordDialog";

/** The "Account" menu: who is signed in, change password, sign out. */
export function AccountMenu({ username }: { username: string | undefined }) {
  const api = useApi();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [changing, setChanging] = useState(false);

  async function signOut() {
    await api.logout();
    queries.clear();
    navigate("/login", { replace: true });
  }

  return (
    <>
      <DropdownMenu.Root>
        <DropdownMenu.Trigger asChild>
          <button type="button" className="account-button">Account</button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="menu" align="end" sideOffset={4}>
            {username && <DropdownMenu.Label className="menu-label">Signed in as {username}</DropdownMenu.Label>}
            <DropdownMenu.Item className="menu-item" onSelect={() => setChanging(true)}>Change password</DropdownMenu.Item>
            <DropdownMenu.Item className="menu-item" onSelect={() => void signOut()}>Sign out</DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <ChangePasswordDialog open={changing} onOpenChange={setChanging} />
    </>
  );
}

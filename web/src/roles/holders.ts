import type { User } from "../users/types";

/** How many of `users` hold each role, by role id. */
export function holdersByRole(users: readonly User[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const user of users) {
    for (const id of new Set(user.role_ids ?? [])) counts.set(Number(id), (counts.get(Number(id)) ?? 0) + 1);
  }
  return counts;
}

import { useMutation, useMutationState, useQueryClient } from "@tanstack/react-query";

/** The newest run of a kept mutation, whichever component started it. */
export interface KeptMutationState<TData, TInput> {
  status: "idle" | "pending" | "success" | "error";
  data: TData | undefined;
  error: unknown;
  input: TInput | undefined;
}

/** The newest state of the mutations under `key`. */
export function useKeptMutationState<TData, TInput>(key: readonly unknown[]): KeptMutationState<TData, TInput> | undefined {
  const states = useMutationState({
    filters: { mutationKey: key },
    select: (mutation) => ({
      status: mutation.state.status,
      data: mutation.state.data as TData | undefined,
      error: mutation.state.error,
      input: mutation.state.variables as TInput | undefined,
    }),
  });
  return states.at(-1);
}

/**
 * A mutation whose newest result lives in the mutation cache rather than in the component: a tab
 * that unmounts (Radix tabs render only the open one) shows it again when it comes back, and other
 * components can read it by key. Only the newest run is kept.
 */
export function useKeptMutation<TData, TInput>(key: readonly unknown[], run: (input: TInput) => Promise<TData>) {
  const queries = useQueryClient();
  const mutation = useMutation({
    mutationKey: key,
    mutationFn: run,
    // Kept while the page is open, however long the user stays elsewhere.
    gcTime: 60 * 60 * 1000,
  });
  const latest = useKeptMutationState<TData, TInput>(key);
  const mutate = (input: TInput) => {
    const cache = queries.getMutationCache();
    for (const old of cache.findAll({ mutationKey: key, exact: true })) {
      if (old.state.status !== "pending") cache.remove(old);
    }
    mutation.mutate(input);
  };
  return { mutate, latest };
}

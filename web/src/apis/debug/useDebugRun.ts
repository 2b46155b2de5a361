import { useApi } from "../../api/ApiContext";
import type { DebugRequest, DebugResponse } from "./debugRequest";
import type { RawValues } from "./valuesForm";
import { useKeptMutation, useKeptMutationState, type KeptMutationState } from "./useKeptMutation";

/** One debug run as asked: the body sent, the form it came from, and the run signal it answered. */
export interface DebugRunInput {
  body: DebugRequest;
  raw: RawValues;
  values: Record<string, unknown>;
  signal: number;
}

/** The latest debug run of an API. */
export type DebugRunState = KeptMutationState<DebugResponse, DebugRunInput>;

function debugRunKey(apiKey: string): readonly unknown[] {
  return ["apis", apiKey, "debug"];
}

/** The last debug run of an API (`apiKey` is its id, or "new"), for the Tests tab's "Add from debug run". */
export function useLatestDebugRun(apiKey: string): DebugRunState | undefined {
  return useKeptMutationState<DebugResponse, DebugRunInput>(debugRunKey(apiKey));
}

/** Runs the draft through `POST /api/v1/apis/debug`; the newest run outlives the Debug tab. */
export function useDebugRun(apiKey: string): { run: (input: DebugRunInput) => void; latest: DebugRunState | undefined } {
  const api = useApi();
  const { mutate, latest } = useKeptMutation(debugRunKey(apiKey),
    (input: DebugRunInput) => api.post<DebugResponse>("/api/v1/apis/debug", input.body));
  return { run: mutate, latest };
}

import type { components } from "../../api/schema";
import { useApi } from "../../api/ApiContext";
import type { TestCase } from "../model";
import { useKeptMutation } from "../debug/useKeptMutation";

/** What `POST /api/v1/apis/{id}/tests/run` answers. */
export type TestRunResponse = components["schemas"]["TestRunResponse"];

/** A run of a saved API's draft test cases; `tests` is what the draft held, to tell when results are stale. */
export interface TestRunInput {
  apiId: number;
  tests: TestCase[];
}

/** Runs an API's draft test cases (`apiId` null: not saved yet, nothing to run); the newest results
 * outlive the Tests tab. */
export function useTestRun(apiId: number | null) {
  const api = useApi();
  return useKeptMutation(["apis", apiId === null ? "new" : String(apiId), "tests"],
    (input: TestRunInput) => api.post<TestRunResponse>(`/api/v1/apis/${input.apiId}/tests/run`, {}));
}

import { errorMessage } from "../../api/problem";
import { Loading } from "../../shell/Loading";
import type { KeptMutationState } from "../debug/useKeptMutation";
import { summaryText } from "./testCaseForm";
import type { TestRunInput, TestRunResponse } from "./useTestRun";

interface TestRunSummaryProps {
  state: KeptMutationState<TestRunResponse, TestRunInput> | undefined;
  /** The draft's cases differ from the ones that ran. */
  stale: boolean;
}

/** The outcome of the last test run: "2 passed, 1 failed", or why the cases could not run. */
export function TestRunSummary({ state, stale }: TestRunSummaryProps) {
  if (!state) return null;
  if (state.status === "pending") return <Loading label="Running tests…" />;
  if (state.status === "error") return <p role="alert" className="error">The tests did not run: {errorMessage(state.error)}</p>;
  const answer = state.data;
  if (!answer) return null;
  const passed = Number(answer.passed ?? 0);
  const failed = Number(answer.failed ?? 0);
  return (
    <p role="status" className="test-summary">
      <strong className={failed > 0 ? "error" : undefined}>{passed + failed === 0 ? "No test cases ran." : summaryText(passed, failed)}</strong>
      {stale && <span className="muted"> (before your latest changes to the cases)</span>}
    </p>
  );
}

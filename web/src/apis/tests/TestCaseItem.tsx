import type { components } from "../../api/schema";
import type { TestCase } from "../model";
import { expectationText, valuesText } from "./testCaseForm";

type TestCaseResult = components["schemas"]["TestCaseResult"];

interface TestCaseItemProps {
  testCase: TestCase;
  /** This case's result in the last run, if it ran. */
  result: TestCaseResult | undefined;
  /** The server's reasons for refusing this case when the API was saved. */
  saveErrors: string[];
  onEdit?: () => void;
  onDelete?: () => void;
}

/** One test case: its values and expectation, and after a run whether it passed, what the API
 * answered and every way that missed. */
export function TestCaseItem({ testCase, result, saveErrors, onEdit, onDelete }: TestCaseItemProps) {
  const { name } = testCase;
  const rowCount = result?.row_count;
  return (
    <li className="test-case" aria-label={name}>
      <div className="test-case-head">
        <strong>{name}</strong>
        {result && (
          <span className={`badge ${result.passed ? "badge-ok" : "badge-failed"}`} aria-label={`Result of ${name}`}>
            {result.passed ? "Passed" : "Failed"}
          </span>
        )}
        {(onEdit || onDelete) && (
          <div className="row-actions">
            {onEdit && <button type="button" aria-label={`Edit ${name}`} onClick={onEdit}>Edit</button>}
            {onDelete && <button type="button" aria-label={`Delete ${name}`} onClick={onDelete}>Delete</button>}
          </div>
        )}
      </div>
      <p className="muted test-case-detail">With {valuesText(testCase.values)}; expects {expectationText(testCase.expect)}.</p>
      {result && (
        <p className="test-case-detail">
          Answered status {String(result.status)}
          {rowCount !== null && rowCount !== undefined && `, ${Number(rowCount) === 1 ? "1 row" : `${rowCount} rows`}`}.
        </p>
      )}
      {result && (result.failures?.length ?? 0) > 0 && (
        <ul className="error test-failures" aria-label={`Failures of ${name}`}>
          {result.failures?.map((failure) => <li key={failure}>{failure}</li>)}
        </ul>
      )}
      {saveErrors.length > 0 && (
        <ul role="alert" className="error test-failures">{saveErrors.map((line) => <li key={line}>{line}</li>)}</ul>
      )}
    </li>
  );
}

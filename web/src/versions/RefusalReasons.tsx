import type { Refusal } from "./model";

/** Why the server refused a commit or publish, one reason per line. */
export function RefusalReasons({ refusal }: { refusal: Refusal }) {
  return (
    <div role="alert" className="refusal">
      <p className="error"><strong>{refusal.title}.</strong></p>
      <ul>
        {refusal.reasons.map((reason, index) => <li key={index}>{reason}</li>)}
      </ul>
    </div>
  );
}

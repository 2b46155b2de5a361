import * as Tabs from "@radix-ui/react-tabs";
import { CopyButton } from "./CopyButton";
import type { RequestPlan } from "./requestPlan";
import { curlSnippet, fetchSnippet, pythonSnippet, type TokenStep } from "./snippets";

interface Props {
  plan: RequestPlan;
  /** How to get a token, for a private API; null for a public one. */
  token: TokenStep | null;
}

const languages = [
  { value: "curl", label: "curl", make: curlSnippet },
  { value: "fetch", label: "JavaScript fetch", make: fetchSnippet },
  { value: "python", label: "Python requests", make: pythonSnippet },
] as const;

/** Ready-to-run calls of the published API in curl, JavaScript and Python, each with a copy button. */
export function Snippets({ plan, token }: Props) {
  return (
    <Tabs.Root className="snippets" defaultValue="curl">
      <Tabs.List aria-label="Snippet language">
        {languages.map(({ value, label }) => <Tabs.Trigger key={value} value={value}>{label}</Tabs.Trigger>)}
      </Tabs.List>
      {languages.map(({ value, label, make }) => {
        const text = make(plan, token);
        return (
          <Tabs.Content key={value} value={value}>
            <figure className="snippet" aria-labelledby={`snippet-${value}-caption`}>
              <figcaption>
                <span id={`snippet-${value}-caption`}>{label} snippet</span>
                <CopyButton text={text} label={`Copy ${label} snippet`} />
              </figcaption>
              <pre><code>{text}</code></pre>
            </figure>
          </Tabs.Content>
        );
      })}
    </Tabs.Root>
  );
}

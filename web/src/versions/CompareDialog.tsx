import * as Dialog from "@radix-ui/react-dialog";
import { errorMessage } from "../api/problem";
import { Loading } from "../shell/Loading";
import { SideBySide } from "./SideBySide";
import { contentLanguage, paramsText, sideLabel, type Side, type VersionedKind } from "./model";
import { useVersionedRecord } from "./queries";
import { useSideContent } from "./useSideContent";

interface Props {
  kind: VersionedKind;
  id: number;
  from: Side;
  to: Side;
  onClose: () => void;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Two versions (or a version and the saved draft) side by side: the template or script
 * (highlighted as what it is), and for an API its parameters as JSON. */
export function CompareDialog({ kind, id, from, to, onClose }: Props) {
  const left = useSideContent(kind, id, from);
  const right = useSideContent(kind, id, to);
  const language = contentLanguage(useVersionedRecord(kind, id).data);
  const what = language === "javascript" ? "Script" : "Template";
  const error = left.error ?? right.error;
  const title = `Compare ${sideLabel(from)} with ${sideLabel(to)}`;
  const oldParams = left.content ? paramsText(left.content.params) : "";
  const newParams = right.content ? paramsText(right.content.params) : "";
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog version-compare">
          <div className="section-header">
            <Dialog.Title>{capitalized(title)}</Dialog.Title>
            <Dialog.Close asChild><button type="button">Close</button></Dialog.Close>
          </div>
          <Dialog.Description className="muted">
            {capitalized(sideLabel(from))} on the left, {sideLabel(to)} on the right; changed lines are marked.
            {(from.kind === "draft" || to.kind === "draft") && " The draft is the saved one; unsaved editor changes are not shown."}
          </Dialog.Description>
          {(left.isLoading || right.isLoading) && <Loading />}
          {error != null && <p role="alert" className="error">{errorMessage(error)}</p>}
          {left.content && right.content && (
            <>
              <h3>{what}</h3>
              <SideBySide language={language}
                left={{ label: `${what} of ${sideLabel(from)}`, text: left.content.content }}
                right={{ label: `${what} of ${sideLabel(to)}`, text: right.content.content }} />
              {kind === "apis" && (
                <>
                  <h3>Parameters</h3>
                  {oldParams === newParams ? (
                    <p className="muted">The parameters are the same.</p>
                  ) : (
                    <SideBySide language="text"
                      left={{ label: `Parameters of ${sideLabel(from)}`, text: oldParams }}
                      right={{ label: `Parameters of ${sideLabel(to)}`, text: newParams }} />
                  )}
                </>
              )}
            </>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

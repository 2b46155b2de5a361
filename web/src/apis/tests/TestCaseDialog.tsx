import { useState, type FormEvent } from "react";
import * as Dialog from "@radix-ui/react-dialog";
import { FieldError } from "../../shell/FieldError";
import type { ParamDefinition, TestCase } from "../model";
import { ParamValuesForm } from "../debug/ParamValuesForm";
import { checkTestCase, type TestCaseForm } from "./testCaseForm";

interface TestCaseDialogProps {
  title: string;
  initial: TestCaseForm;
  params: readonly ParamDefinition[];
  /** The names of the other cases (a name must be unique). */
  otherNames: readonly string[];
  onApply: (testCase: TestCase) => void;
  onClose: () => void;
}

const labels: Record<string, string> = {
  name: "Name", status: "Expected status", row_count: "Expected row count", rows: "Expected rows", contains: "Rows it must contain",
};

/** Adds or edits one test case of the draft: name, a value per declared parameter, and what the
 * answer must be. Problems show under their field; the case only changes the draft when valid. */
export function TestCaseDialog({ title, initial, params, otherNames, onApply, onClose }: TestCaseDialogProps) {
  const [form, setForm] = useState<TestCaseForm>(initial);
  const [shown, setShown] = useState<ReturnType<typeof checkTestCase> | null>(null);
  const errors = shown?.errors ?? {};

  function change<K extends keyof TestCaseForm>(key: K, value: TestCaseForm[K]) {
    setForm((current) => ({ ...current, [key]: value }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkTestCase(form, params, otherNames);
    setShown(checked);
    if (checked.testCase) onApply(checked.testCase);
  }

  function fieldProps(field: string) {
    return { id: `test-${field}`, ...(errors[field] ? { "aria-invalid": true, "aria-describedby": `test-${field}-error` } : {}) };
  }

  function fieldError(field: string) {
    return <FieldError id={`test-${field}-error`} label={labels[field] ?? field} messages={errors[field] ? [errors[field]] : undefined} />;
  }

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide test-case-dialog">
          <Dialog.Title>{title}</Dialog.Title>
          <Dialog.Description className="muted">The case changes the draft; Save the API to keep it.</Dialog.Description>
          <form onSubmit={submit} noValidate>
            <label htmlFor="test-name">Name</label>
            <input {...fieldProps("name")} value={form.name} onChange={(e) => change("name", e.target.value)} />
            {fieldError("name")}

            <fieldset className="test-values">
              <legend>Values</legend>
              <ParamValuesForm params={params} raw={form.raw} errors={shown?.valueErrors ?? {}} idPrefix="test-value"
                onChange={(name, value) => change("raw", { ...form.raw, [name]: value })} />
            </fieldset>

            <div className="test-expect-numbers">
              <div>
                <label htmlFor="test-status">Expected status</label>
                <input {...fieldProps("status")} type="number" min={100} max={599} value={form.status} placeholder="200"
                  onChange={(e) => change("status", e.target.value)} />
                {fieldError("status")}
              </div>
              <div>
                <label htmlFor="test-row_count">Expected row count</label>
                <input {...fieldProps("row_count")} type="number" min={0} value={form.rowCount} placeholder="Any"
                  onChange={(e) => change("rowCount", e.target.value)} />
                {fieldError("row_count")}
              </div>
            </div>

            <label htmlFor="test-rows">Expected rows</label>
            <textarea {...fieldProps("rows")} className="json-input" rows={3} spellCheck={false} value={form.rows}
              placeholder='Exactly these rows, in order: [{"id": 1, "name": "Lamp"}]' onChange={(e) => change("rows", e.target.value)} />
            {fieldError("rows")}

            <label htmlFor="test-contains">Rows it must contain</label>
            <textarea {...fieldProps("contains")} className="json-input" rows={3} spellCheck={false} value={form.contains}
              placeholder='Each must match some row on the keys given: [{"id": 1}]' onChange={(e) => change("contains", e.target.value)} />
            {fieldError("contains")}

            <div className="dialog-actions">
              <Dialog.Close asChild><button type="button">Cancel</button></Dialog.Close>
              <button type="submit" className="primary">Apply</button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

import { useState, type FormEvent } from "react";
import { versionSide, type Side, type Version } from "./model";

interface Props {
  versions: readonly Version[];
  initial: { from: Side; to: Side };
  onCompare: (from: Side, to: Side) => void;
}

function valueOf(side: Side): string {
  return side.kind === "draft" ? "draft" : side.id;
}

/** Picks two versions (or a version and the draft) to compare. */
export function CompareForm({ versions, initial, onCompare }: Props) {
  const [from, setFrom] = useState(valueOf(initial.from));
  const [to, setTo] = useState(valueOf(initial.to));

  function sideOf(value: string): Side {
    const version = versions.find((v) => String(v.id) === value);
    return version ? versionSide(version) : { kind: "draft" };
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    onCompare(sideOf(from), sideOf(to));
  }

  const options = (
    <>
      {versions.map((v) => <option key={String(v.id)} value={String(v.id)}>Version {String(v.version)}</option>)}
      <option value="draft">Draft</option>
    </>
  );
  return (
    <form className="compare-form" onSubmit={submit}>
      <label htmlFor="compare-from">Compare</label>
      <select id="compare-from" value={from} onChange={(e) => setFrom(e.target.value)}>{options}</select>
      <label htmlFor="compare-to">with</label>
      <select id="compare-to" value={to} onChange={(e) => setTo(e.target.value)}>{options}</select>
      <button type="submit" disabled={from === to}>Compare</button>
    </form>
  );
}

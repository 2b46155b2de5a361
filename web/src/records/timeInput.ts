function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** An ISO 8601 time as a `datetime-local` input shows it: the reader's local time, to the
 * minute; "" for no time or one that does not parse. */
export function isoToLocalInput(iso: string): string {
  if (iso.trim().length === 0) return "";
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return "";
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}T${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}

/** A `datetime-local` value (the reader's local time) as the UTC ISO 8601 time the server
 * takes; "" stays "" (no filter). */
export function localInputToIso(local: string): string {
  if (local.trim().length === 0) return "";
  const moment = new Date(local);
  return Number.isNaN(moment.getTime()) ? "" : moment.toISOString().replace(".000Z", "Z");
}

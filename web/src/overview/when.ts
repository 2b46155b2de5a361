/** When something happened, in the reader's locale. */
export function when(iso?: string): string {
  return iso ? new Date(iso).toLocaleString() : "";
}

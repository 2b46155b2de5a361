/** The smallest single replacement that turns `before` into `after` (common start and end kept),
 * so an outside change of the text leaves the cursor where the text did not change; null when equal. */
export function minimalChange(before: string, after: string): { from: number; to: number; insert: string } | null {
  if (before === after) return null;
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (
    end < shorter - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  ) end++;
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}

// Regular-expression helpers every reader shares.

/** A text as a pattern matching it literally ("C1+" → "C1\+"). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Sorted lists. Pure.

/**
 * The index of the first item of `list` (sorted by `key`) whose key is at least `from`:
 * a binary search, so windows over a long article's tokens stay linear overall.
 */
export function firstAtLeast<T>(list: readonly T[], key: (x: T) => number, from: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Splits an excerpt into plain and highlighted runs, from the article offsets
// of the place's mentions. Pure: the DOM is built from the runs with textContent.
export interface Run {
  text: string;
  mark: boolean;
}

export function excerptRuns(
  excerpt: string,
  excerptStart: number,
  spans: readonly [number, number][],
): Run[] {
  const end = excerptStart + excerpt.length;
  const ranges = spans
    .map(
      ([s, e]) =>
        [Math.max(s, excerptStart) - excerptStart, Math.min(e, end) - excerptStart] as const,
    )
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const runs: Run[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (e <= at) continue;
    const from = Math.max(s, at);
    if (from > at) runs.push({ text: excerpt.slice(at, from), mark: false });
    runs.push({ text: excerpt.slice(from, e), mark: true });
    at = e;
  }
  if (at < excerpt.length) runs.push({ text: excerpt.slice(at), mark: false });
  return runs;
}

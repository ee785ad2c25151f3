/**
 * Years to mark on a time axis from `from` to `to`: multiples of a round step (1, 2, 5, 10… years) giving at most
 * `max` marks. Chosen here rather than by the chart library, which measures every candidate label in the page.
 */
export function yearTicks(from: number, to: number, max = 8): number[] {
  const step = [1, 2, 5, 10, 20, 50].find((s) => Math.floor(to / s) - Math.ceil(from / s) + 1 <= max) ?? 100;
  return Array.from(
    { length: Math.floor(to / step) - Math.ceil(from / step) + 1 },
    (_, i) => (Math.ceil(from / step) + i) * step,
  );
}

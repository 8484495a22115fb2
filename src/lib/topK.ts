/** The first `k` of `items` in `order`, without sorting them all. */
export function topK<T>(items: T[], k: number, order: (a: T, b: T) => number): T[] {
  if (items.length <= k * 4) return [...items].sort(order).slice(0, k)
  const best: T[] = []
  for (const item of items) {
    if (best.length === k && order(item, best[k - 1]) >= 0) continue
    let at = best.length
    while (at > 0 && order(item, best[at - 1]) < 0) at--
    best.splice(at, 0, item)
    if (best.length > k) best.pop()
  }
  return best
}

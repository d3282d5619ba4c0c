/**
 * The first `limit` items by `compare` of everything added, and how many were added, in memory
 * proportional to `limit` (items beyond it are dropped as the list fills up).
 */
export class BoundedList<T> {
  private items: T[] = [];
  private added = 0;

  constructor(
    private readonly limit: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  push(item: T): void {
    this.added++;
    this.items.push(item);
    if (this.items.length >= 2 * this.limit + 64) this.trim();
  }

  get total(): number {
    return this.added;
  }

  /** The first `limit` items, sorted. */
  result(): T[] {
    this.trim();
    return this.items;
  }

  private trim(): void {
    this.items.sort(this.compare);
    if (this.items.length > this.limit) this.items.length = this.limit;
  }
}

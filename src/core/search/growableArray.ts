/** An Int32Array that doubles as it fills: the index builder's scratch lists, without boxed numbers. */
export class GrowableInt32 {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length * 2);
    this.data[this.length++] = value;
  }

  /** Appends the first `count` values of `values`. */
  pushAll(values: Int32Array, count: number): void {
    if (this.length + count > this.data.length) this.grow(Math.max(this.length + count, this.data.length * 2));
    this.data.set(values.subarray(0, count), this.length);
    this.length += count;
  }

  get(index: number): number {
    return this.data[index]!;
  }

  set(index: number, value: number): void {
    if (index >= this.data.length) this.grow(Math.max(index + 1, this.data.length * 2));
    this.data[index] = value;
    if (index >= this.length) this.length = index + 1;
  }

  /** A trimmed copy, so the spare capacity is released with the builder. */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }

  private grow(capacity: number): void {
    const next = new Int32Array(capacity);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
}

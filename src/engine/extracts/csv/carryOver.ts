/**
 * The bytes of a record cut off at the end of one chunk, carried over to the
 * front of the next so that the scanner only ever sees whole records. One
 * buffer is reused; a chunk is copied only when something is carried.
 */
export class CarryOver {
  private buffer = new Uint8Array(0);
  private length = 0;

  /** The chunk with the carried bytes in front of it (the chunk itself when nothing is carried). */
  join(chunk: Uint8Array): Uint8Array {
    if (this.length === 0) return chunk;
    const total = this.length + chunk.length;
    if (total > this.buffer.length) {
      const bigger = new Uint8Array(Math.max(total, this.buffer.length * 2));
      bigger.set(this.buffer.subarray(0, this.length));
      this.buffer = bigger;
    }
    this.buffer.set(chunk, this.length);
    return this.buffer.subarray(0, total);
  }

  /** Carries bytes[from..] over to the next chunk (`bytes` may be this buffer's own view). */
  keep(bytes: Uint8Array, from: number): void {
    const rest = bytes.length - from;
    if (bytes.buffer === this.buffer.buffer && bytes.byteOffset === this.buffer.byteOffset) {
      this.buffer.copyWithin(0, from, bytes.length);
    } else {
      if (rest > this.buffer.length) this.buffer = new Uint8Array(Math.max(rest, 2 * this.buffer.length, 4096));
      this.buffer.set(bytes.subarray(from), 0);
    }
    this.length = rest;
  }

  /** The bytes still carried, emptying the carry. */
  take(): Uint8Array {
    const rest = this.buffer.subarray(0, this.length);
    this.length = 0;
    return rest;
  }
}

/**
 * Rows of bucketed feature indices packed in one growing Int32Array: row r holds
 * `features[rowStart[r] .. rowStart[r + 1])`. Avoids one small array per token.
 */
export class FeatureRows {
  features: Int32Array
  private starts: Int32Array
  private length = 0
  private rowCount = 0

  constructor(capacity = 1024, rowCapacity = 64) {
    this.features = new Int32Array(capacity)
    this.starts = new Int32Array(rowCapacity + 1)
  }

  /** Adds a feature to the row being built. */
  push(bucket: number): void {
    if (this.length === this.features.length) {
      const grown = new Int32Array(this.features.length * 2)
      grown.set(this.features)
      this.features = grown
    }
    this.features[this.length++] = bucket
  }

  /** Closes the row being built; the next push starts a new row. */
  endRow(): void {
    if (this.rowCount + 1 === this.starts.length) {
      const grown = new Int32Array(this.starts.length * 2)
      grown.set(this.starts)
      this.starts = grown
    }
    this.starts[++this.rowCount] = this.length
  }

  get rows(): number {
    return this.rowCount
  }

  /** Index of the first feature of row r (and, for r = rows, one past the last feature). */
  start(row: number): number {
    return this.starts[row]
  }

  end(row: number): number {
    return this.starts[row + 1]
  }
}

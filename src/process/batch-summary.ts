import type { RasidError } from '../core/errors.js';

/** One input that failed, with its stable error code. */
export interface Failure {
  source: string;
  code: string;
  message: string;
}

/**
 * The account of a batch. It always balances: inputs = stored + duplicates + failed, where
 * `stored` counts inputs (a page with a glued-on article is one input, two documents).
 */
export class BatchSummary {
  inputs = 0;
  stored = 0;
  duplicates = 0;
  failed = 0;
  /** documents written, segments included */
  documents = 0;
  readonly failures: Failure[] = [];

  /** Records an input whose documents were stored (or written). */
  addStored(documents: number): void {
    this.inputs++;
    this.stored++;
    this.documents += documents;
  }

  /** Records an input skipped because the same content is already stored. */
  addDuplicate(): void {
    this.inputs++;
    this.duplicates++;
  }

  /** Records an input that failed. */
  addFailure(source: string, err: RasidError): void {
    this.inputs++;
    this.failed++;
    this.failures.push({ source, code: err.code, message: err.message });
  }

  /**
   * Corrects an input counted as stored once the store said what it did: `documents` of its
   * documents were not written. When its page was not written, the input becomes a duplicate
   * (the store had it already) or, with `error`, a failure; when only a segment was not, the
   * input stays stored.
   */
  settle(source: string, documents: number, error?: RasidError | undefined, pageLost = true): void {
    this.documents -= documents;
    if (!pageLost) return;
    this.stored--;
    if (error) {
      this.failed++;
      this.failures.push({ source, code: error.code, message: error.message });
    } else this.duplicates++;
  }

  /** True when the account balances (it always should; tests assert it). */
  get balanced(): boolean {
    return this.inputs === this.stored + this.duplicates + this.failed;
  }

  toJSON(): Record<string, unknown> {
    const { inputs, stored, duplicates, failed, documents, failures } = this;
    return { inputs, stored, duplicates, failed, documents, failures };
  }

  /** A short human summary, e.g. `5 inputs: 4 stored (5 documents), 0 duplicates, 1 failed`. */
  describe(verb = 'stored'): string {
    return `${this.inputs} inputs: ${this.stored} ${verb} (${this.documents} documents), ${this.duplicates} duplicates, ${this.failed} failed`;
  }
}

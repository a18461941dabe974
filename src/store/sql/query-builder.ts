import { RasidError } from '../../core/errors.js';
import { dayRange } from '../../time/date-range.js';
import type { DateFilter } from '../store.js';

/**
 * Collects the WHERE conditions and numbered parameters of a list query, so that filters are
 * always parameters and never pasted into the SQL.
 */
export class QueryBuilder {
  private readonly conditions: string[] = [];

  /** `params` may be another builder's, so that two lists of conditions number one parameter list. */
  constructor(readonly params: unknown[] = []) {}

  /** Adds a parameter and returns its placeholder, e.g. `$3`. */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  /** Adds a condition (AND). */
  where(condition: string): this {
    this.conditions.push(condition);
    return this;
  }

  /** Adds the overlap test of a DateFilter against a pair of `date` columns. */
  dates(filter: DateFilter, startColumn: string, endColumn: string): this {
    if (filter.from !== undefined) this.where(`${endColumn} >= ${this.param(boundary(filter.from, 'from').start)}::date`);
    if (filter.to !== undefined) this.where(`${startColumn} <= ${this.param(boundary(filter.to, 'to').end)}::date`);
    return this;
  }

  /** The conditions joined by AND, or `TRUE` when there are none. */
  conditionsSql(): string {
    return this.conditions.length ? this.conditions.join(' AND ') : 'TRUE';
  }

  /** True when at least one condition was added. */
  get filtered(): boolean {
    return this.conditions.length > 0;
  }

  /** `WHERE …` or the empty string. */
  whereSql(): string {
    return this.conditions.length ? `WHERE ${this.conditions.join(' AND ')}` : '';
  }

  /** `LIMIT … OFFSET …` from optional values; a missing limit means all rows. */
  page(limit: number | undefined, offset: number | undefined): string {
    return `LIMIT ${this.param(count(limit, 'limit'))}::integer OFFSET ${this.param(count(offset, 'offset') ?? 0)}::integer`;
  }
}

function boundary(value: string, name: string): { start: string; end: string } {
  const range = dayRange(value);
  if (!range) throw new RasidError('E_USAGE', `"${name}" must be an ISO date such as 2023, 2023-12 or 2023-12-07, not "${value}"`);
  return range;
}

function count(value: number | undefined, name: string): number | null {
  if (value === undefined) return null;
  if (!Number.isInteger(value) || value < 0) throw new RasidError('E_USAGE', `"${name}" must be a whole number ≥ 0, not ${value}`);
  return value;
}

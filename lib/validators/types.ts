/** Shared result types of the pure field validators (lib/validators). */

export type Severity = 'error' | 'warning';

/** One finding about a value. `code` keys into `validationMessages` (messages.ts); params fill `{{name}}`. */
export interface Issue {
  code: string;
  severity: Severity;
  params?: Record<string, string | number>;
}

/** `ok` is true when there is no issue of severity 'error' (warnings do not block). */
export interface Result<T = undefined> {
  ok: boolean;
  issues: Issue[];
  value?: T;
}

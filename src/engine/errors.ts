// What the engine throws when a rule breaks its contract or the rules never settle.

/** A rule broke its contract (an edit outside the text, a foreign rule id, an edit across a blank line). */
export class RuleError extends Error {
  override readonly name = 'RuleError';
}

/** The rules never settled: some of them keep undoing each other. */
export class CycleError extends Error {
  override readonly name = 'CycleError';
}

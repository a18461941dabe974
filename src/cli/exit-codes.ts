/** Exit codes of `rasid`, stable and documented in the README. */
export const EXIT = {
  /** everything asked was done */
  OK: 0,
  /** the command finished, but some inputs failed (each is reported with its code) */
  PARTIAL: 1,
  /** wrong arguments or options */
  USAGE: 2,
  /** `rasid eval`: a score fell below its pinned floor */
  BELOW_FLOOR: 3,
  /** the store could not be opened or written */
  STORE: 4,
  /** required material (the shared evaluation corpus, an input) is missing */
  MISSING: 5,
  /** a bug: an unexpected internal error */
  INTERNAL: 70,
} as const;

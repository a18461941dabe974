/**
 * What `--db` and the environment name: a PGlite data folder or a PostgreSQL server URL. Kept
 * apart from the backends so that the CLI can show a target without loading either driver.
 */

/** True for a PostgreSQL connection string, e.g. `postgres://rasid:pw@db.example/rasid`. */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(target);
}

/**
 * `target` with any password replaced by `***`, fit for messages and logs:
 * `postgres://rasid:s3cret@db/rasid?password=x` → `postgres://rasid:***@db/rasid?password=***`.
 * A folder path comes back unchanged.
 */
export function redactPassword(target: string): string {
  if (!isPostgresUrl(target)) return target;
  const scheme = target.indexOf('://') + 3;
  // the LAST @ ends the user info: a password written without percent-encoding may hold an @
  const at = target.lastIndexOf('@');
  let out = target;
  if (at > scheme) {
    const info = target.slice(scheme, at);
    const colon = info.indexOf(':');
    if (colon >= 0) out = `${target.slice(0, scheme)}${info.slice(0, colon)}:***${target.slice(at)}`;
  }
  return out.replace(/([?&]password=)[^&#]*/gi, '$1***');
}

/** Every PostgreSQL URL inside `text` (an error message, say) with its password hidden. */
export function redactPasswordsIn(text: string): string {
  return text.replace(/postgres(?:ql)?:\/\/\S+/gi, (url) => redactPassword(url));
}

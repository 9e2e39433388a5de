// Credential redaction for video references and the texts that mention them.
/**
 * Credential redaction for video references (camera URLs): a form safe to show in messages,
 * logs and status events, and the removal of the secret parts from free text (FFmpeg messages).
 *
 * The user info of a URL is everything between `scheme:` (and its slashes) and the *last* `@`,
 * so a password with unencoded `/`, `#`, `?`, `:` or `@` is still cut out whole. That may hide
 * more than the credentials when a path or query contains an `@` — on purpose: the redacted
 * form errs on the side of hiding.
 */

/** `scheme:` at the start (after white space); two letters or more, a single one is a drive letter. */
const SCHEME = /^\s*([a-z][a-z0-9+.-]+):(\/*)/i;

/** Parameters that carry credentials in a path or query (`;password=x`, `&user=y`). */
const SECRET_PARAMETER = /([;&?/])((?:user(?:name)?|pass(?:word|wd)?|pwd|token|auth|secret|(?:api_?)?key)=)([^;&?#/]*)/gi;

/** The parts of a URL-like reference: scheme, slashes, user info (or null) and what follows. */
interface ReferenceParts {
  readonly scheme: string;
  readonly slashes: string;
  readonly userInfo: string | null;
  readonly rest: string;
}

function splitReference(text: string): ReferenceParts | null {
  const scheme = SCHEME.exec(text);
  if (!scheme || scheme[1].toLowerCase() === 'file') return null;
  const afterScheme = text.slice(scheme[0].length);
  const at = afterScheme.lastIndexOf('@');
  return {
    scheme: scheme[1],
    slashes: scheme[2],
    userInfo: at === -1 ? null : afterScheme.slice(0, at),
    rest: at === -1 ? afterScheme : afterScheme.slice(at + 1),
  };
}

/**
 * Makes a video reference safe to show: strips user info (`user:password@`, up to the last `@`),
 * the query string and the fragment, and masks `;password=`-style parameters in the path. Plain
 * paths, `file:` references and device indices come back unchanged.
 *
 * @example redactReference('rtsp://admin:secret@10.0.0.5:554/live?token=x') // 'rtsp://10.0.0.5:554/live'
 */
export function redactReference(reference: string | number): string {
  const text = String(reference);
  const parts = splitReference(text);
  if (!parts) return text;
  const rest = parts.rest.replace(/[?#].*$/s, '').replace(SECRET_PARAMETER, '$1$2***');
  return `${parts.scheme}:${parts.slashes}${rest}`;
}

/** Every secret part of a reference: user info, user, password (raw and decoded), credential parameter values, query values. */
function secretsOf(raw: string): string[] {
  const parts = splitReference(raw);
  if (!parts) return [];
  const secrets: string[] = [];
  const add = (value: string) => {
    secrets.push(value);
    try {
      secrets.push(decodeURIComponent(value));
    } catch {
      /* not percent-encoded */
    }
  };
  if (parts.userInfo !== null) {
    add(parts.userInfo);
    const colon = parts.userInfo.indexOf(':');
    if (colon === -1) add(parts.userInfo);
    else {
      add(parts.userInfo.slice(0, colon));
      add(parts.userInfo.slice(colon + 1));
    }
  }
  for (const match of parts.rest.matchAll(SECRET_PARAMETER)) add(match[3]);
  const query = /\?([^#]*)/.exec(parts.rest);
  if (query) for (const pair of query[1].split('&')) add(pair.split('=').slice(1).join('='));
  return [...new Set(secrets.filter((s) => s.trim().length > 0))].sort((a, b) => b.length - a.length);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Removes every occurrence of the secret parts of `reference` (user info, password, credential
 * parameters, query values) from a free text such as an FFmpeg message, so errors can quote
 * FFmpeg safely. Secrets of 3 characters or more are replaced wherever they occur; shorter ones
 * (a 1- or 2-character password) only where they stand alone (not inside a longer word), so
 * they are hidden without turning every message into asterisks.
 */
export function redactText(text: string, reference: string | number): string {
  const raw = String(reference);
  let out = text;
  for (const form of new Set([raw, raw.trim()])) if (form) out = out.split(form).join(redactReference(form));
  for (const secret of secretsOf(raw)) {
    if (secret.length >= 3) out = out.split(secret).join('***');
    else out = out.replace(new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(secret)}(?![A-Za-z0-9])`, 'g'), '***');
  }
  return out;
}

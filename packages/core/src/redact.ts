// Credential redaction for video references and the texts that mention them.
/**
 * Makes a video reference safe to show: strips user info (`user:password@`), the query string
 * and the fragment from URLs. Plain paths and device indices come back unchanged.
 *
 * @example redactReference('rtsp://admin:secret@10.0.0.5:554/live?token=x') // 'rtsp://10.0.0.5:554/live'
 */
export function redactReference(reference: string | number): string {
  const text = String(reference);
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
  if (!scheme) return text;
  const afterScheme = text.slice(scheme[0].length);
  const authorityEnd = afterScheme.search(/[/?#]/);
  let authority = authorityEnd === -1 ? afterScheme : afterScheme.slice(0, authorityEnd);
  let rest = authorityEnd === -1 ? '' : afterScheme.slice(authorityEnd);
  const at = authority.lastIndexOf('@');
  if (at !== -1) authority = authority.slice(at + 1);
  rest = rest.replace(/[?#].*$/s, '');
  return `${scheme[0]}${authority}${rest}`;
}

/**
 * Removes every occurrence of the secret parts of `reference` (password, user, query values)
 * from a free text such as an FFmpeg message, so errors can quote FFmpeg safely.
 */
export function redactText(text: string, reference: string | number): string {
  const raw = String(reference);
  let out = text.split(raw).join(redactReference(raw));
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)@/i.exec(raw);
  const secrets: string[] = [];
  if (scheme) {
    const userInfo = scheme[1];
    secrets.push(userInfo);
    for (const part of userInfo.split(':')) {
      secrets.push(part);
      try {
        secrets.push(decodeURIComponent(part));
      } catch {
        /* not percent-encoded */
      }
    }
  }
  const query = /\?([^#]*)/.exec(raw);
  if (query) for (const pair of query[1].split('&')) secrets.push(pair.split('=').slice(1).join('='));
  for (const secret of secrets.filter((s) => s.length >= 3).sort((a, b) => b.length - a.length)) {
    out = out.split(secret).join('***');
  }
  return out;
}

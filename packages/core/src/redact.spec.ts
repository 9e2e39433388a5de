import { describe, expect, it } from 'vitest';
import { redactReference, redactText } from './redact.js';

describe('redactReference (issue 17, part 6)', () => {
  it.each([
    ['plain user and password', 'rtsp://admin:hunter22@10.0.0.5:554/live', 'rtsp://10.0.0.5:554/live', 'hunter22'],
    ['query and fragment', 'rtsp://10.0.0.5/live?token=abcdef#frag', 'rtsp://10.0.0.5/live', 'abcdef'],
    ['unencoded / in the password', 'rtsp://admin:pa/ss99@cam.local/live', 'rtsp://cam.local/live', 'pa/ss99'],
    ['unencoded # in the password', 'rtsp://admin:pa#ss99@cam.local/live', 'rtsp://cam.local/live', 'pa#ss99'],
    ['unencoded ? in the password', 'rtsp://admin:pa?ss99@cam.local/live', 'rtsp://cam.local/live', 'pa?ss99'],
    ['unencoded @ in the password', 'rtsp://admin:p@ss99@cam.local/live', 'rtsp://cam.local/live', 'p@ss99'],
    ['a leading space', ' rtsp://admin:hunter22@cam.local/live', 'rtsp://cam.local/live', 'hunter22'],
    ['one slash only', 'rtsp:/admin:hunter22@cam.local/live', 'rtsp:/cam.local/live', 'hunter22'],
    ['no slash', 'rtsp:admin:hunter22@cam.local/live', 'rtsp:cam.local/live', 'hunter22'],
    [';password= in the path', 'rtsp://cam.local/live;user=admin;password=hunter22', 'rtsp://cam.local/live;user=***;password=***', 'hunter22'],
    ['&password= in the path', 'rtsp://cam.local:554/user=admin&password=hunter22&channel=1', 'rtsp://cam.local:554/user=***&password=***&channel=1', 'hunter22'],
    ['a 1-character password', 'rtsp://admin:x@cam.local/live', 'rtsp://cam.local/live', ':x@'],
    ['an empty password', 'rtsp://admin:@cam.local/live', 'rtsp://cam.local/live', 'admin'],
  ])('%s', (_name, reference, shown, secret) => {
    const display = redactReference(reference);
    expect(display).toBe(shown);
    expect(display).not.toContain(secret);
  });

  it.each([['clip.mp4'], ['/videos/me@home.mp4'], ['file:///videos/a@b.mp4'], ['C:/clips/a.mp4'], [3]])('leaves %s as it is', (reference) => {
    expect(redactReference(reference)).toBe(String(reference));
  });
});

describe('redactText (issue 17, part 6)', () => {
  it.each([
    ['unencoded / in the password', 'rtsp://admin:pa/ss99@cam.local/live', ['pa/ss99']],
    ['unencoded # and ? in the password', 'rtsp://admin:a#b?c9@cam.local/live', ['a#b?c9']],
    ['a leading space', ' rtsp://admin:hunter22@cam.local/live', ['hunter22']],
    [';password= parameter', 'rtsp://cam.local/live;password=hunter22', ['hunter22']],
    ['a percent-encoded password', 'rtsp://admin:p%2Fw99@cam.local/live', ['p%2Fw99', 'p/w99']],
    ['a 2-character password', 'rtsp://admin:pw@cam.local/live', ['pw']],
    ['a 1-character password', 'rtsp://admin:7@cam.local/live', ['7']],
  ])('%s: removed from a message quoting the URL, a part of it or the password alone', (_name, reference, secrets) => {
    const trimmed = reference.trim();
    const message = [
      `Could not open ${trimmed}: 401 Unauthorized.`,
      `connect to ${trimmed.slice(trimmed.indexOf('//') + 2)} failed`,
      ...secrets.map((s) => `auth failed (pass ${s}) for admin`),
    ].join('\n');
    const redacted = redactText(message, reference);
    for (const secret of secrets) {
      // A short secret is removed where it stands alone; it may still appear inside other words.
      const alone = new RegExp(`(?<![A-Za-z0-9])${secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9])`);
      expect(redacted).not.toMatch(alone);
    }
    expect(redacted).toContain('cam.local');
  });

  it('keeps short secrets inside other words (no asterisks everywhere)', () => {
    expect(redactText('Connection refused by pwserver', 'rtsp://admin:pw@cam.local/live')).toBe('Connection refused by pwserver');
  });
});

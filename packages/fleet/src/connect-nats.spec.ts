import { describe, expect, it } from 'vitest';
import { natsConnectionOptions, redactNatsUrl } from './connect-nats.js';

describe('NATS URLs', () => {
  it('lifts user and password (percent-decoded) out of the URL, which the client ignores', () => {
    expect(natsConnectionOptions('nats://fleet:p%40ss@10.0.0.1:4222')).toEqual({ servers: ['nats://10.0.0.1:4222'], user: 'fleet', pass: 'p@ss' });
  });

  it('takes a lone user part as a token, and several servers separated by commas', () => {
    expect(natsConnectionOptions('nats://t0ken@a:4222, b:4223')).toEqual({ servers: ['nats://a:4222', 'nats://b:4223'], token: 't0ken' });
  });

  it('rejects an empty or malformed URL with NATS_BAD_URL, without credentials in the message', () => {
    expect(() => natsConnectionOptions(' , ')).toThrow(/No NATS URL given/);
    expect(() => natsConnectionOptions('nats://u:secret@[bad')).toThrow(/NATS_BAD_URL|Invalid NATS URL/);
    try {
      natsConnectionOptions('nats://u:secret@[bad');
    } catch (error) {
      expect((error as Error).message).not.toContain('secret');
      expect((error as { code: string }).code).toBe('NATS_BAD_URL');
    }
  });

  it('redacts every URL of a list', () => {
    expect(redactNatsUrl('nats://u:p@a:1,nats://b:2')).toBe('nats://a:1,nats://b:2');
  });
});

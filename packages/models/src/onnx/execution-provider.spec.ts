import { describe, expect, it } from 'vitest';
import { autoDevices, installAdvice, providerAttempts } from './execution-provider.js';

describe('providerAttempts', () => {
  it("'auto' tries the platform's GPU provider, then the CPU", () => {
    expect(providerAttempts('auto', undefined, 'linux', 'x64')).toEqual([['cuda'], ['cpu']]);
    expect(providerAttempts('auto', undefined, 'win32', 'x64')).toEqual([['dml'], ['cpu']]);
    expect(providerAttempts('auto', undefined, 'darwin', 'arm64')).toEqual([['coreml'], ['cpu']]);
    expect(providerAttempts('auto', undefined, 'linux', 'arm64')).toEqual([['cpu']]);
  });

  it('a named device is one attempt, with no fallback', () => {
    expect(providerAttempts('cuda', undefined, 'linux', 'x64')).toEqual([['cuda']]);
    expect(providerAttempts('cpu', undefined, 'darwin', 'arm64')).toEqual([['cpu']]);
  });

  it('executionProviders pass through as given and win over device', () => {
    const providers = [{ name: 'cuda', deviceId: 1 }, 'cpu'];
    expect(providerAttempts('coreml', providers)).toEqual([providers]);
  });

  it('TensorRT is never tried by auto (its first-use engine build takes minutes)', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) expect(autoDevices(platform, 'x64')).not.toContain('tensorrt');
  });

  it('says what to install for each GPU provider', () => {
    expect(installAdvice('cuda')).toMatch(/ONNXRUNTIME_NODE_INSTALL=cuda12/);
    expect(installAdvice('tensorrt')).toMatch(/TensorRT 10/);
    expect(installAdvice('dml')).toMatch(/Windows/);
    expect(installAdvice('coreml')).toMatch(/macOS/);
    expect(installAdvice('cpu')).toBe('');
  });
});

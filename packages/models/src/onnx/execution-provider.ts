// Which onnxruntime execution provider (CPU, CUDA, TensorRT, DirectML, CoreML) a session runs on:
// the `device` option, what 'auto' tries on each platform, and what to install when one is missing.

/** Where a model runs. `'auto'` tries the platform's GPU provider first and falls back to the CPU. */
export type Device = 'auto' | 'cpu' | 'cuda' | 'tensorrt' | 'dml' | 'coreml';

/** Every `Device` value, for checking user input. */
export const DEVICES: readonly Device[] = ['auto', 'cpu', 'cuda', 'tensorrt', 'dml', 'coreml'];

/**
 * An onnxruntime execution provider as `InferenceSession.create` takes it: a name, or an object
 * with a `name` and the provider's own options (e.g. `{ name: 'cuda', deviceId: 1 }`).
 */
export type ExecutionProvider = string | { readonly name: string; readonly [option: string]: unknown };

/** A provider that was tried and could not load, and why. */
export interface ProviderFailure {
  readonly provider: string;
  readonly reason: string;
}

/**
 * What 'auto' tries, in order, on a platform. TensorRT is left out: it compiles an engine for
 * each model on first use, which takes minutes, so it is only used when asked for by name.
 */
export function autoDevices(platform: NodeJS.Platform = process.platform, arch: string = process.arch): Device[] {
  if (platform === 'linux' && arch === 'x64') return ['cuda', 'cpu'];
  if (platform === 'win32') return ['dml', 'cpu'];
  if (platform === 'darwin') return ['coreml', 'cpu'];
  return ['cpu'];
}

/** The name of a provider, whichever form it was given in. */
export function providerName(provider: ExecutionProvider): string {
  return typeof provider === 'string' ? provider : provider.name;
}

/** What a user must install or change for `provider` to load; empty when rxcv knows no advice. */
export function installAdvice(provider: string): string {
  switch (provider) {
    case 'cuda':
      return (
        'CUDA needs Linux x64, an NVIDIA driver, CUDA 12 and cuDNN 9, and onnxruntime-node\'s CUDA ' +
        'libraries, which its install script downloads unless ONNXRUNTIME_NODE_INSTALL=skip is set ' +
        '(reinstall onnxruntime-node with ONNXRUNTIME_NODE_INSTALL=cuda12)'
      );
    case 'tensorrt':
      return (
        'TensorRT needs everything CUDA needs (Linux x64, NVIDIA driver, CUDA 12, cuDNN 9, onnxruntime-node ' +
        'installed with ONNXRUNTIME_NODE_INSTALL=cuda12) plus the TensorRT 10 libraries on the library path'
      );
    case 'dml':
      return 'DirectML runs on Windows only (onnxruntime-node ships it there)';
    case 'coreml':
      return 'CoreML runs on macOS only (onnxruntime-node ships it there)';
    default:
      return '';
  }
}

/**
 * The lists of providers to try, one list per attempt, in order: a session is opened with the
 * first list that loads. `executionProviders` (passed through as given) wins over `device`.
 */
export function providerAttempts(
  device: Device | undefined,
  executionProviders: readonly ExecutionProvider[] | undefined,
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): ExecutionProvider[][] {
  if (executionProviders !== undefined) return [[...executionProviders]];
  const chosen = device ?? 'cpu';
  if (chosen === 'auto') return autoDevices(platform, arch).map((name) => [name]);
  return [[chosen]];
}

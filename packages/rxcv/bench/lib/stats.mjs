// Small numeric helpers for the benchmarks.
import { readFileSync } from 'node:fs';

/** p-quantile of a list (nearest rank), or null when empty. */
export function quantile(values, q) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

export function median(values) {
  return quantile(values, 0.5);
}

/** CPU time of the whole machine so far (ms), from /proc/stat; null where there is none. */
function machineCpu() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = fields[3] + fields[4];
    const total = fields.reduce((a, b) => a + b, 0);
    const tick = 10; // USER_HZ is 100 on Linux
    return { busy: (total - idle) * tick, steal: (fields[7] ?? 0) * tick };
  } catch {
    return null;
  }
}

/**
 * Measures how busy the machine was with OTHER work while `fn` ran (other processes on the two
 * cores make every number here lower): returns fn's result plus `othersCores`, the average number
 * of cores used by other processes, and this process's own CPU use in cores.
 */
export async function withMachineLoad(fn) {
  const machine0 = machineCpu();
  const own0 = process.cpuUsage();
  const started = performance.now();
  const result = await fn();
  const wallMs = performance.now() - started;
  const own = process.cpuUsage(own0);
  const ownMs = (own.user + own.system) / 1000;
  const machine1 = machineCpu();
  const othersMs = machine0 && machine1 ? Math.max(0, machine1.busy - machine0.busy - ownMs) : null;
  return {
    result,
    wallMs,
    ownCores: ownMs / wallMs,
    othersCores: othersMs === null ? null : othersMs / wallMs,
  };
}

/**
 * The constant-velocity Kalman filter ByteTrack uses for boxes in image space, as supervision's
 * `KalmanFilter`: state `(x, y, a, h, vx, vy, va, vh)` (centre, aspect ratio w/h, height and
 * their velocities), measurement `(x, y, a, h)`, noise scaled by the box height.
 * Means are 8 numbers, covariances 8x8 row-major in a Float64Array(64).
 */

const STD_WEIGHT_POSITION = 1 / 20;
const STD_WEIGHT_VELOCITY = 1 / 160;

export type Mean = Float64Array;
export type Covariance = Float64Array;

/** A new track's state from its first measurement: zero velocity, uncertainty by its height. */
export function initiate(measurement: ArrayLike<number>): { mean: Mean; covariance: Covariance } {
  const mean = new Float64Array(8);
  for (let i = 0; i < 4; i++) mean[i] = measurement[i];
  const h = measurement[3];
  const std = [
    2 * STD_WEIGHT_POSITION * h,
    2 * STD_WEIGHT_POSITION * h,
    1e-2,
    2 * STD_WEIGHT_POSITION * h,
    10 * STD_WEIGHT_VELOCITY * h,
    10 * STD_WEIGHT_VELOCITY * h,
    1e-5,
    10 * STD_WEIGHT_VELOCITY * h,
  ];
  const covariance = new Float64Array(64);
  for (let i = 0; i < 8; i++) covariance[i * 8 + i] = std[i] * std[i];
  return { mean, covariance };
}

/** One step ahead: `x' = F x`, `P' = F P Fᵀ + Q`, with Q from the height before the step. */
export function predict(mean: Mean, covariance: Covariance): { mean: Mean; covariance: Covariance } {
  const h = mean[3];
  const pos = STD_WEIGHT_POSITION * h;
  const vel = STD_WEIGHT_VELOCITY * h;
  const q = [pos * pos, pos * pos, 1e-4, pos * pos, vel * vel, vel * vel, 1e-10, vel * vel];
  const next = new Float64Array(8);
  for (let i = 0; i < 4; i++) {
    next[i] = mean[i] + mean[i + 4];
    next[i + 4] = mean[i + 4];
  }
  // F = [[I, I], [0, I]]: (F P) adds row i+4 to row i, then (F P) Fᵀ adds column j+4 to column j.
  const fp = new Float64Array(covariance);
  for (let i = 0; i < 4; i++) for (let j = 0; j < 8; j++) fp[i * 8 + j] += covariance[(i + 4) * 8 + j];
  const out = new Float64Array(fp);
  for (let i = 0; i < 8; i++) for (let j = 0; j < 4; j++) out[i * 8 + j] += fp[i * 8 + j + 4];
  for (let i = 0; i < 8; i++) out[i * 8 + i] += q[i];
  return { mean: next, covariance: out };
}

/**
 * Corrects the state with a measurement: `S = H P Hᵀ + R`, `K = P Hᵀ S⁻¹`,
 * `x' = x + K (z - H x)`, `P' = P - K S Kᵀ` (S solved by Cholesky, as supervision does).
 */
export function update(mean: Mean, covariance: Covariance, measurement: ArrayLike<number>): { mean: Mean; covariance: Covariance } {
  const h = mean[3];
  const r = [(STD_WEIGHT_POSITION * h) ** 2, (STD_WEIGHT_POSITION * h) ** 2, 1e-2, (STD_WEIGHT_POSITION * h) ** 2];
  const s = new Float64Array(16);
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) s[i * 4 + j] = covariance[i * 8 + j] + (i === j ? r[i] : 0);
  const chol = cholesky4(s);
  // K (8x4): row k solves S Kₖᵀ = (P Hᵀ)ₖᵀ, i.e. the first four entries of row k of P.
  const gain = new Float64Array(32);
  for (let k = 0; k < 8; k++) {
    const solved = choleskySolve4(chol, [covariance[k * 8], covariance[k * 8 + 1], covariance[k * 8 + 2], covariance[k * 8 + 3]]);
    for (let j = 0; j < 4; j++) gain[k * 4 + j] = solved[j];
  }
  const innovation = [0, 1, 2, 3].map((i) => measurement[i] - mean[i]);
  const nextMean = new Float64Array(8);
  for (let k = 0; k < 8; k++) {
    let sum = mean[k];
    for (let j = 0; j < 4; j++) sum += gain[k * 4 + j] * innovation[j];
    nextMean[k] = sum;
  }
  // K S Kᵀ = K (S Kᵀ) and S Kᵀ = (P Hᵀ)ᵀ, so K S Kᵀ[a][b] = Σⱼ K[a][j] P[b][j].
  const nextCovariance = new Float64Array(64);
  for (let a = 0; a < 8; a++) {
    for (let b = 0; b < 8; b++) {
      let sum = 0;
      for (let j = 0; j < 4; j++) sum += gain[a * 4 + j] * covariance[b * 8 + j];
      nextCovariance[a * 8 + b] = covariance[a * 8 + b] - sum;
    }
  }
  return { mean: nextMean, covariance: nextCovariance };
}

/** Lower-triangular L with L Lᵀ = S for a symmetric positive-definite 4x4 S. */
function cholesky4(s: Float64Array): Float64Array {
  const l = new Float64Array(16);
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = s[i * 4 + j];
      for (let k = 0; k < j; k++) sum -= l[i * 4 + k] * l[j * 4 + k];
      l[i * 4 + j] = i === j ? Math.sqrt(Math.max(sum, Number.MIN_VALUE)) : sum / l[j * 4 + j];
    }
  }
  return l;
}

/** Solves L Lᵀ x = b. */
function choleskySolve4(l: Float64Array, b: number[]): number[] {
  const y = [0, 0, 0, 0];
  for (let i = 0; i < 4; i++) {
    let sum = b[i];
    for (let k = 0; k < i; k++) sum -= l[i * 4 + k] * y[k];
    y[i] = sum / l[i * 4 + i];
  }
  const x = [0, 0, 0, 0];
  for (let i = 3; i >= 0; i--) {
    let sum = y[i];
    for (let k = i + 1; k < 4; k++) sum -= l[k * 4 + i] * x[k];
    x[i] = sum / l[i * 4 + i];
  }
  return x;
}

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
 * `x' = x + K (z - H x)`, `P' = P - K S Kᵀ` (S inverted through its Cholesky factor).
 */
export function update(mean: Mean, covariance: Covariance, measurement: ArrayLike<number>): { mean: Mean; covariance: Covariance } {
  const r = (STD_WEIGHT_POSITION * mean[3]) ** 2;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) S[i * 4 + j] = covariance[i * 8 + j] + (i === j ? (i === 2 ? 1e-2 : r) : 0);
  invertSymmetric4(S, S_INVERSE);
  // K = (first four columns of P) S⁻¹, 8x4.
  for (let k = 0; k < 8; k++) {
    for (let j = 0; j < 4; j++) {
      let sum = 0;
      for (let i = 0; i < 4; i++) sum += covariance[k * 8 + i] * S_INVERSE[i * 4 + j];
      GAIN[k * 4 + j] = sum;
    }
  }
  const nextMean = new Float64Array(8);
  for (let k = 0; k < 8; k++) {
    let sum = mean[k];
    for (let j = 0; j < 4; j++) sum += GAIN[k * 4 + j] * (measurement[j] - mean[j]);
    nextMean[k] = sum;
  }
  // K S Kᵀ = K (S Kᵀ) and S Kᵀ = (P Hᵀ)ᵀ, so K S Kᵀ[a][b] = Σⱼ K[a][j] P[b][j].
  const nextCovariance = new Float64Array(64);
  for (let a = 0; a < 8; a++) {
    for (let b = 0; b < 8; b++) {
      let sum = 0;
      for (let j = 0; j < 4; j++) sum += GAIN[a * 4 + j] * covariance[b * 8 + j];
      nextCovariance[a * 8 + b] = covariance[a * 8 + b] - sum;
    }
  }
  return { mean: nextMean, covariance: nextCovariance };
}

// Scratch space for `update` (JavaScript runs it on one thread at a time).
const S = new Float64Array(16);
const S_INVERSE = new Float64Array(16);
const GAIN = new Float64Array(32);
const L = new Float64Array(16);
const COLUMN = new Float64Array(4);

/** The inverse of a symmetric positive-definite 4x4 matrix, through L Lᵀ = S, column by column. */
function invertSymmetric4(s: Float64Array, out: Float64Array): void {
  L.fill(0);
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = s[i * 4 + j];
      for (let k = 0; k < j; k++) sum -= L[i * 4 + k] * L[j * 4 + k];
      L[i * 4 + j] = i === j ? Math.sqrt(Math.max(sum, Number.MIN_VALUE)) : sum / L[j * 4 + j];
    }
  }
  for (let c = 0; c < 4; c++) {
    // Forward: L y = e_c; back: Lᵀ x = y.
    for (let i = 0; i < 4; i++) {
      let sum = i === c ? 1 : 0;
      for (let k = 0; k < i; k++) sum -= L[i * 4 + k] * COLUMN[k];
      COLUMN[i] = sum / L[i * 4 + i];
    }
    for (let i = 3; i >= 0; i--) {
      let sum = COLUMN[i];
      for (let k = i + 1; k < 4; k++) sum -= L[k * 4 + i] * out[k * 4 + c];
      out[i * 4 + c] = sum / L[i * 4 + i];
    }
  }
}

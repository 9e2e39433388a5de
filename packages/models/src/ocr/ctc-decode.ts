/** A recognised line of text and its confidence (mean probability of its characters). */
export interface DecodedText {
  readonly text: string;
  readonly confidence: number;
}

/**
 * Greedy CTC decoding of one sequence of `[steps, classes]` probabilities: the best class per
 * step, repeats merged, blanks (class 0) dropped; class i is `characters[i - 1]`.
 */
export function ctcGreedyDecode(probabilities: Float32Array, offset: number, steps: number, classes: number, characters: readonly string[]): DecodedText {
  let text = '';
  let sum = 0;
  let count = 0;
  let previous = -1;
  for (let t = 0; t < steps; t++) {
    const base = offset + t * classes;
    let best = 0;
    let bestValue = -Infinity;
    for (let c = 0; c < classes; c++) {
      const value = probabilities[base + c];
      if (value > bestValue) {
        bestValue = value;
        best = c;
      }
    }
    if (best !== 0 && best !== previous) {
      text += characters[best - 1] ?? '';
      sum += bestValue;
      count++;
    }
    previous = best;
  }
  return { text, confidence: count > 0 ? sum / count : 0 };
}

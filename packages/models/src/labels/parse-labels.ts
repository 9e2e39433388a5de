/**
 * Parses a labels file: one class name a line, in class-id order. Blank lines at the end are
 * ignored; a blank line in the middle keeps its place (as an empty name) so ids stay aligned.
 */
export function parseLabelsText(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).map((line) => line.trim());
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Parses the `names` metadata of an Ultralytics ONNX export, a Python dict literal such as
 * `{0: 'person', 1: "bicycle"}`. Returns null when the text is not of that shape.
 */
export function parseUltralyticsNames(text: string): string[] | null {
  const entry = /(\d+)\s*:\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")/g;
  const names: string[] = [];
  let count = 0;
  for (const match of text.matchAll(entry)) {
    const index = Number(match[1]);
    const raw = match[2] ?? match[3] ?? '';
    names[index] = raw.replace(/\\(.)/g, '$1');
    count++;
  }
  if (count === 0 || count !== names.length) return null;
  return names;
}

/** A Roboflow fine-tuned model id, `project/version` (e.g. `rock-paper-scissors-sxsw/11`). */
export interface RoboflowModelId {
  readonly project: string;
  readonly version: string;
}

const PATTERN = /^([A-Za-z0-9][\w.-]*)\/(\d+)$/;

/** Parses `project/version`, or returns null for anything else. */
export function parseRoboflowModelId(text: string): RoboflowModelId | null {
  const match = PATTERN.exec(text.trim());
  return match ? { project: match[1], version: match[2] } : null;
}

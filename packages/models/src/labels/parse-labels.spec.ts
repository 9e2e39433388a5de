import { describe, expect, it } from 'vitest';
import { parseLabelsText, parseUltralyticsNames } from './parse-labels.js';

describe('parseLabelsText', () => {
  it('one name a line, trimmed, trailing blank lines and BOM and CRLF ignored', () => {
    expect(parseLabelsText('\uFEFFcat\r\n dog \r\n\r\n')).toEqual(['cat', 'dog']);
  });
  it('keeps an inner blank line so ids stay aligned', () => {
    expect(parseLabelsText('a\n\nc\n')).toEqual(['a', '', 'c']);
  });
});

describe('parseUltralyticsNames', () => {
  it('parses the Python dict literal Ultralytics writes into ONNX metadata', () => {
    expect(parseUltralyticsNames(`{0: 'person', 1: "traffic light", 2: 'it\\'s'}`)).toEqual(['person', 'traffic light', "it's"]);
  });
  it('returns null for anything else or for gaps in the ids', () => {
    expect(parseUltralyticsNames('person,car')).toBeNull();
    expect(parseUltralyticsNames(`{0: 'a', 2: 'c'}`)).toBeNull();
  });
});

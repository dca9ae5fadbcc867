// Byte-level features of the input that rules never see but the output keeps: a leading BOM and
// CRLF line endings (also mixed with LF). Rules work on the text without either; the output is
// rebuilt on the input so that every region no edit touched is copied unchanged.
import type { Change } from './changes.js';
import type { TextChange } from './types.js';

export interface Layout {
  /** The input as given. */
  readonly input: string;
  /** What the rules see: no BOM, every CRLF turned into LF. */
  readonly text: string;
  /** Maps an offset of `text` to the same place in `input`. */
  toInput(offset: number): number;
  readonly hasBom: boolean;
  /** Offsets in `text` of the line breaks that were CRLF in the input, ascending. */
  readonly crlfBreaks: readonly number[];
}

const BOM = '\ufeff';

export function decodeLayout(input: string): Layout {
  const hasBom = input.startsWith(BOM);
  const bom = hasBom ? 1 : 0;
  const body = hasBom ? input.slice(1) : input;
  if (!body.includes('\r\n')) {
    return { input, text: body, hasBom, crlfBreaks: [], toInput: (offset) => offset + bom };
  }
  const crlfBreaks: number[] = [];
  const parts: string[] = [];
  let from = 0;
  for (let cr = body.indexOf('\r\n'); cr >= 0; cr = body.indexOf('\r\n', cr + 2)) {
    parts.push(body.slice(from, cr));
    crlfBreaks.push(cr - crlfBreaks.length); // the LF's offset once the CRs before it are gone
    from = cr + 1;
  }
  parts.push(body.slice(from));
  const text = parts.join('');
  const toInput = (offset: number): number => offset + bom + countBelow(crlfBreaks, offset);
  return { input, text, hasBom, crlfBreaks, toInput };
}

/**
 * The output for `text`, the result of `changes` on `layout.text`, in the input's layout, and the
 * changes on input and output offsets.
 */
export function encodeLayout(layout: Layout, text: string, changes: readonly Change[]): { output: string; changes: TextChange[] } {
  const bom = layout.hasBom ? 1 : 0;
  if (layout.crlfBreaks.length === 0) {
    return {
      output: layout.hasBom ? BOM + text : text,
      changes: changes.map((c) => ({ start: c.from + bom, end: c.to + bom, outStart: c.fromNew + bom, outEnd: c.toNew + bom })),
    };
  }
  // New line breaks follow the input's majority style.
  const newBreak = layout.crlfBreaks.length * 2 >= countBreaks(layout.text) ? '\r\n' : '\n';
  const parts: string[] = [];
  const located: TextChange[] = [];
  let length = 0;
  let cursor = 0;
  for (const change of changes) {
    const start = layout.toInput(change.from);
    const kept = layout.input.slice(cursor, start);
    const fragment = text.slice(change.fromNew, change.toNew).replaceAll('\n', newBreak);
    cursor = layout.toInput(change.to);
    located.push({ start, end: cursor, outStart: length + kept.length, outEnd: length + kept.length + fragment.length });
    parts.push(kept, fragment);
    length += kept.length + fragment.length;
  }
  parts.push(layout.input.slice(cursor));
  return { output: parts.join(''), changes: located };
}

/** How many of the ascending `values` are below `limit`. */
function countBelow(values: readonly number[], limit: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function countBreaks(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { check, clean } from '../../src/index.js';
import { cleanStream } from '../../src/cli/stream.js';
import { InputError } from '../../src/cli/input.js';

const ARTICLE = 'US Secretary of State Anthony Blingen told reporters.\n\nThe talks  ended .\n\n';

/** Streams bytes in slices of `size`. */
function bytes(buffer: Buffer, size: number): Readable {
  const slices: Buffer[] = [];
  for (let i = 0; i < buffer.length; i += size) slices.push(buffer.subarray(i, i + size));
  return Readable.from(slices);
}

async function streamed(input: Buffer, size = 997) {
  let output = '';
  const outcome = await cleanStream(bytes(input, size), 'in.txt', {}, (text) => {
    output += text;
  });
  return { output, ...outcome };
}

describe('cleaning a stream', () => {
  it('gives exactly what clean() gives for a text shorter than a piece', async () => {
    const text = `\ufeff${ARTICLE.replaceAll('\n', '\r\n')}See also: more\r\n`;
    const { output, findings } = await streamed(Buffer.from(text), 5);
    expect(output).toBe(clean(text).text);
    expect(findings).toEqual(check(text));
  });

  it('cleans a large text piece by piece, with findings on the whole text’s lines', async () => {
    const text = ARTICLE.repeat(3000); // about 210 KB: several pieces
    const { output, findings, changed } = await streamed(Buffer.from(text));
    expect(changed).toBe(true);
    expect(output).toBe(clean(ARTICLE).text.replace(/\n$/, '\n\n').repeat(2999) + clean(ARTICLE).text);
    const lines = text.split('\n');
    for (const finding of findings) {
      expect(lines[finding.line - 1]!.slice(finding.column - 1)).toContain(finding.before.replace(/\n[\s\S]*/, ''));
    }
    expect(findings.filter((f) => f.ruleId === 'names')).toHaveLength(3000);
  });

  it('reports invalid UTF-8 with its byte offset, also across a chunk boundary', async () => {
    const good = Buffer.from('a'.repeat(100));
    const bad = Buffer.concat([good, Buffer.from([0xc3]), Buffer.from('x')]);
    await expect(streamed(bad, 101)).rejects.toThrow(InputError);
    await expect(streamed(bad, 101)).rejects.toThrow('in.txt: is not valid UTF-8 (byte 0xc3 at offset 100)');
  });

  it('decodes a character split across chunks', async () => {
    const { output } = await streamed(Buffer.from('café 😀 Blingen'), 1);
    expect(output).toBe('café 😀 Blinken');
  });

  it('reports a NUL byte as binary', async () => {
    await expect(streamed(Buffer.from([0x61, 0x00, 0x62]), 2)).rejects.toThrow('in.txt: looks like a binary file (NUL byte at offset 1)');
  });
});

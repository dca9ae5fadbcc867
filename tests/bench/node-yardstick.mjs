// The same rules as node-replace.mjs, streamed: stdin is read in chunks, each
// run of complete lines is cleaned and written, with back-pressure. Memory
// stays flat whatever the input size (the rules are line-local).
//   node tests/bench/node-yardstick.mjs < in > out (copied from the project workspace's shared bench)
import { once } from 'node:events';
import { applyRules } from './rules.mjs';

process.stdin.setEncoding('utf8');
let carry = '';
for await (const chunk of process.stdin) {
  const text = carry + chunk;
  const cut = text.lastIndexOf('\n') + 1;
  carry = text.slice(cut);
  if (cut > 0 && !process.stdout.write(applyRules(text.slice(0, cut)))) await once(process.stdout, 'drain');
}
if (carry) process.stdout.write(applyRules(carry));

// The Node.js yardstick: about 25 regular-expression substitutions of the kind newsclean makes
// (names, glued words, quotes, link lines, spaces), applied to standard input in 64 KiB chunks cut
// at line ends, written to standard output with back-pressure. A fraction of newsclean's work:
// no conflicts, no passes, no protection, no explanations.
import { stdin, stdout } from 'node:process';
import { once } from 'node:events';

export const SUBSTITUTIONS = [
  [/Anthony Blinken/g, 'Antony Blinken'],
  [/Blingen/g, 'Blinken'],
  [/Riya Novosti/g, 'RIA Novosti'],
  [/Toss reports/g, 'TASS reports'],
  [/Vladimir Zelensky/g, 'Volodymyr Zelensky'],
  [/Wladimir Putin/g, 'Vladimir Putin'],
  [/Sergej Lawrow/g, 'Sergei Lavrov'],
  [/([a-z])([A-Z][a-z]+)/g, '$1 $2'],
  [/([a-z]{2}[.!?])([A-Z][a-z])/g, '$1 $2'],
  [/,([a-z]{2})/g, ', $1'],
  [/ +([,.;:!?])/g, '$1'],
  [/ {2,}/g, ' '],
  [/[ \t]+$/gm, ''],
  [/^See also.*\n?/gm, ''],
  [/^Read also.*\n?/gm, ''],
  [/^Read more.*\n?/gm, ''],
  [/^Related Posts\n?/gm, ''],
  [/^.*© Copyright.*\n?/gm, ''],
  [/“([^”“\n]*)“([A-Z])/g, '“$1” $2'],
  [/ ”([a-z])/g, '” $1'],
  [/:” ([A-Z])/g, ': “$1'],
  [/\. “$/gm, '.”'],
  [/The (Russia|Ukraine) (wants|accuses)/g, '$1 $2'],
  [/& quot;/g, '"'],
  [/ in kyiv/g, ' in Kyiv'],
];

const CHUNK = 64 * 1024;

function transform(text) {
  for (const [pattern, replacement] of SUBSTITUTIONS) text = text.replace(pattern, replacement);
  return text;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  stdin.setEncoding('utf8');
  let rest = '';
  for await (const chunk of stdin) {
    rest += chunk;
    if (rest.length < CHUNK) continue;
    const cut = rest.lastIndexOf('\n') + 1;
    if (cut === 0) continue;
    if (!stdout.write(transform(rest.slice(0, cut)))) await once(stdout, 'drain');
    rest = rest.slice(cut);
  }
  if (rest !== '' && !stdout.write(transform(rest))) await once(stdout, 'drain');
}

// Maintenance step (`npm run schema`, after `npm run build`): refreshes the rule list of
// src/config/schema.json from the rules themselves, so editors complete every rule id with its
// description. A test fails when the two disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { RULES } from '../index.js';

const file = new URL('../../src/config/schema.json', import.meta.url);
const schema = JSON.parse(readFileSync(file, 'utf8')) as { properties: { rules: { properties: Record<string, unknown> } } };
schema.properties.rules.properties = Object.fromEntries(
  RULES.map((rule) => [rule.id, { $ref: '#/definitions/mode', description: `${rule.description}. Leaves: ${rule.leaves ?? '—'}` }]),
);
writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);

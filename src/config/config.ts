// The configuration a team writes (newsclean.config.json and friends): what it may say, how it is
// checked against the published JSON Schema, and how it turns into clean() options. Reading the
// file is the command line's business (src/cli/config-file.ts); this module only sees values.
import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv } from 'ajv';
import type { NameEntry } from '../data/names.js';
import type { CleanOptions, RuleMode } from '../index.js';
import { defaultLexicon } from '../lexicon/default.js';
import { extendLexicon } from '../lexicon/lexicon.js';
import { createSettings, SettingsError } from '../settings.js';
import { closestMatch } from '../text/distance.js';

export interface Config {
  /** A mode per rule id. */
  readonly rules?: Readonly<Record<string, RuleMode>>;
  readonly names?: {
    readonly add?: readonly NameEntry[];
    readonly disable?: readonly string[];
  };
  readonly boilerplate?: readonly string[];
  readonly seeAlso?: readonly string[];
  readonly keep?: readonly string[];
  readonly extensions?: readonly string[];
  readonly ignore?: readonly string[];
}

/** A configuration that cannot be used; the message names the file, the key and what is expected. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export const CONFIG_SCHEMA_URL = new URL('./schema.json', import.meta.url);

let validator: ValidateFunction | undefined;

function compiledSchema(): ValidateFunction {
  validator ??= new Ajv({ allErrors: true, strict: false, verbose: true }).compile(JSON.parse(readFileSync(CONFIG_SCHEMA_URL, 'utf8')) as object);
  return validator;
}

/** Checks a parsed configuration against the schema and the built-in data; `source` names it in errors. */
export function validateConfig(value: unknown, source: string): Config {
  return checkConfig(value, source).config;
}

/**
 * Checks a parsed configuration as `validateConfig` does and returns the clean() options it
 * stands for too: building them is part of the check, so a caller that needs both builds the
 * settings once.
 */
export function checkConfig(value: unknown, source: string): { config: Config; options: CleanOptions } {
  const validate = compiledSchema();
  if (!validate(value)) {
    const problems = describeErrors(validate.errors ?? [], value);
    throw new ConfigError(`${source}: ${problems.join('; ')}.`);
  }
  const config = value as Config;
  const known = new Set(defaultLexicon().nameEntries.map((entry) => entry.name));
  for (const name of config.names?.disable ?? []) {
    if (!known.has(name)) {
      const hint = closestMatch(name, [...known]);
      throw new ConfigError(`${source}: "names.disable" lists "${name}", which is not a built-in entry${hint ? `; did you mean "${hint}"?` : '.'}`);
    }
  }
  try {
    const options = configure(config);
    const { settings } = options;
    // Name entries reach the lexicon only when a text is cleaned; build the table now to report a clash here.
    if (settings && (settings.names.add.length > 0 || settings.names.disable.length > 0)) {
      extendLexicon(defaultLexicon(), { addNames: settings.names.add, disableNames: settings.names.disable });
    }
    return { config, options };
  } catch (error) {
    if (error instanceof SettingsError || (error instanceof Error && error.message.startsWith('name table:'))) {
      throw new ConfigError(`${source}: ${error.message}.`);
    }
    throw error;
  }
}

/** The clean() options a configuration stands for. */
export function configure(config: Config): CleanOptions {
  const settings = createSettings({
    ...(config.names?.add ? { addNames: config.names.add } : {}),
    ...(config.names?.disable ? { disableNames: config.names.disable } : {}),
    ...(config.keep ? { keep: config.keep } : {}),
    ...(config.boilerplate ? { boilerplateLines: config.boilerplate } : {}),
    ...(config.seeAlso ? { seeAlsoLines: config.seeAlso } : {}),
  });
  return { settings, ...(config.rules ? { modes: config.rules } : {}) };
}

/** One sentence per problem, the deepest first: `"rules.casing" must be one of fix, report, off (got "on")`. */
function describeErrors(errors: readonly ErrorObject[], value: unknown): string[] {
  // anyOf reports every branch; keep the errors of the branch that got furthest.
  const useful = errors.filter((error) => error.keyword !== 'anyOf' && error.keyword !== 'if');
  const deepest = Math.max(...useful.map((error) => error.instancePath.split('/').length));
  const shown = useful.filter((error) => error.instancePath.split('/').length === deepest || error.keyword === 'additionalProperties');
  return [...new Set(shown.map((error) => describeError(error, value)))].slice(0, 3);
}

function describeError(error: ErrorObject, value: unknown): string {
  const path = keyPath(error.instancePath);
  const at = path === '' ? 'the configuration' : `"${path}"`;
  const got = JSON.stringify(valueAt(value, error.instancePath));
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const hint = closestMatch(key, allowed);
      return `unknown key "${path === '' ? key : `${path}.${key}`}"${hint ? ` (did you mean "${hint}"?)` : allowed.length ? ` (expected one of ${allowed.join(', ')})` : ''}`;
    }
    case 'enum':
      return `${at} must be one of ${(params['allowedValues'] as unknown[]).map(String).join(', ')} (got ${got})`;
    case 'type':
      return `${at} must be ${articleFor(String(params['type']))} (got ${got})`;
    case 'required':
      return `${at} needs "${String(params['missingProperty'])}"`;
    default:
      return `${at} ${error.message ?? 'is not valid'} (got ${got})`;
  }
}

/** `/names/add/0/forms/X/1` → `names.add[0].forms.X[1]` */
function keyPath(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path === '' ? part : `${path}.${part}`), '');
}

function valueAt(value: unknown, instancePath: string): unknown {
  let current = value;
  for (const part of instancePath.split('/').slice(1)) {
    current = (current as Record<string, unknown> | undefined)?.[part.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return current;
}

function articleFor(type: string): string {
  return type === 'array' || type === 'object' || type === 'integer' ? `an ${type}` : `a ${type}`;
}

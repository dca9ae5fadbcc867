// What the command line asked for, as plain data: the configuration file's contents and the rule
// flags. Both the main thread and the --jobs workers turn it into clean() options the same way,
// so a worker cleans exactly as the main thread would.
import type { CleanOptions } from '../index.js';
import type { Config } from '../config/config.js';

export interface OptionsSpec {
  /** The configuration file's contents, when one was found. */
  readonly config?: Config;
  readonly enable: readonly string[];
  readonly disable: readonly string[];
  readonly only?: readonly string[];
}

export async function optionsFromSpec(spec: OptionsSpec): Promise<CleanOptions> {
  const fromConfig: CleanOptions = spec.config === undefined ? {} : (await import('../config/config.js')).configure(spec.config);
  return {
    ...fromConfig,
    enable: spec.enable,
    disable: spec.disable,
    ...(spec.only ? { only: spec.only } : {}),
  };
}

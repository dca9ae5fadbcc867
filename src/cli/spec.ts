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

/**
 * The clean() options of a spec. `fromConfig`, when the caller already has the configuration's
 * options (the main thread builds them while checking the file), saves building its settings again.
 */
export async function optionsFromSpec(spec: OptionsSpec, fromConfig?: CleanOptions): Promise<CleanOptions> {
  fromConfig ??= spec.config === undefined ? {} : (await import('../config/config.js')).configure(spec.config);
  return {
    ...fromConfig,
    enable: spec.enable,
    disable: spec.disable,
    ...(spec.only ? { only: spec.only } : {}),
  };
}

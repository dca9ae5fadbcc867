// The command line: parses arguments, finds the configuration and the inputs, builds one run
// context and hands it to the files or JSON Lines run, and returns the exit code. It holds no text
// pattern and touches no global state (the working directory comes in with the streams), so tests
// drive it in memory.
import { relative, resolve } from 'node:path';
import { CommanderError } from 'commander';
import { resolveRules, RULES, UnknownRuleError, type CleanOptions, type RuleMode } from '../index.js';
import { buildProgram, checkUsage, UsageError, type Options } from './args.js';
import { ConfigFileError, loadConfig, type LoadedConfig } from './config-file.js';
import { checkReportPath, createRunContext, EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, Interrupted, write, type CliStreams } from './context.js';
import { DEFAULT_EXTENSIONS, expandInputs, IGNORE_FILE, ignoredBy, ignoreList, readIgnoreFile, type IgnoreList } from './inputs.js';
import { createPaint, wantsColor } from './paint.js';
import { runFiles } from './run-files.js';
import { runJsonl } from './run-jsonl.js';
import { optionsFromSpec, type OptionsSpec } from './spec.js';
import { DEFAULT_PROCESS_MODEL, Workers, type ProcessModel } from './workers.js';
import { describeRules } from '../rules/metadata.js';

export { EXIT_CHANGES, EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, type CliStreams } from './context.js';
export { parseSize } from './args.js';

/**
 * Runs newsclean with the given arguments and streams and returns the exit code. `model` decides
 * when worker threads start (tests pass their own; see workers.ts).
 */
export async function main(io: CliStreams, model: ProcessModel = DEFAULT_PROCESS_MODEL): Promise<number> {
  let exitCode = EXIT_OK;
  const cwd = io.cwd ?? process.cwd();
  const program = buildProgram(
    async (inputs, options) => {
      try {
        exitCode = await run(inputs, options, io, cwd, model);
      } catch (error) {
        if (!(error instanceof Interrupted)) throw error;
        io.stderr.write(`newsclean: ${error.message}\n`);
        exitCode = EXIT_INTERRUPTED;
      }
    },
    async (options) => {
      const paint = await createPaint(wantsColor(options.color === false ? false : undefined, io.env, io.stdout));
      const views = describeRules(RULES, paint);
      await write(io.stdout, options.verbose === true ? views.verboseListing : views.listing);
    },
    { out: (text) => io.stdout.write(text), err: (text) => io.stderr.write(text) },
  );
  try {
    await program.parseAsync([...io.argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_ERROR;
    if (error instanceof UsageError || error instanceof ConfigFileError || (error instanceof Error && error.name === 'ConfigError')) {
      io.stderr.write(`newsclean: ${error.message}\n`);
      return EXIT_ERROR;
    }
    throw error;
  }
  return exitCode;
}

async function run(inputs: string[], options: Options, io: CliStreams, cwd: string, model: ProcessModel): Promise<number> {
  checkUsage(inputs, options);
  const loaded = await loadConfig(cwd, typeof options.config === 'string' ? options.config : undefined, options.config !== false);
  const { spec, cleanOptions } = await buildCleanOptions(options, loaded);
  const ignores = options.ignore === false ? [] : ignoreLists(options, loaded, cwd);
  if (options.printConfig !== undefined) {
    await write(io.stdout, printConfig(options.printConfig, loaded, cleanOptions, ignores, cwd));
    return EXIT_OK;
  }
  if (options.report !== undefined) await checkReportPath(options.report, cwd);
  // A bare `newsclean` typed at a terminal would wait in silence for text to be typed or pasted.
  if (inputs.length === 0 && io.stdin.isTTY === true) {
    const end = process.platform === 'win32' ? 'Ctrl-Z, then Enter' : 'Ctrl-D';
    io.stderr.write(`newsclean: reading the text to clean from the terminal; end it with ${end} (newsclean --help shows how to clean files).\n`);
  }
  const plan = await expandInputs(inputs, {
    cwd,
    extensions: options.ext ?? loaded.config.extensions ?? (options.jsonl ? ['.jsonl'] : DEFAULT_EXTENSIONS),
    ignores,
  });
  const workers = new Workers(model, options.jobs, spec);
  try {
    const ctx = await createRunContext(io, cwd, options, cleanOptions, plan, workers);
    return await (options.jsonl ? runJsonl(ctx) : runFiles(ctx));
  } finally {
    await workers.close();
  }
}

/**
 * The configuration's options with the command line's rule flags on top; checks every rule id.
 * The configuration's settings were built once, while checking it; they are not built again.
 */
async function buildCleanOptions(options: Options, loaded: LoadedConfig): Promise<{ spec: OptionsSpec; cleanOptions: CleanOptions }> {
  const spec: OptionsSpec = {
    ...(loaded.path === undefined ? {} : { config: loaded.config }),
    enable: options.enable ?? [],
    disable: options.disable ?? [],
    ...(options.only ? { only: options.only } : {}),
  };
  const cleanOptions = await optionsFromSpec(spec, loaded.path === undefined ? {} : loaded.options);
  try {
    resolveRules(cleanOptions);
  } catch (error) {
    if (!(error instanceof UnknownRuleError)) throw error;
    const flag = spec.disable.includes(error.ruleId) ? '--disable' : spec.enable.includes(error.ruleId) ? '--enable' : '--only';
    const hint = error.suggestion ? ` Did you mean "${error.suggestion}"?` : '';
    throw new UsageError(`unknown rule "${error.ruleId}" in ${flag}.${hint} (newsclean rules lists them)`);
  }
  return { spec, cleanOptions };
}

function ignoreLists(options: Options, loaded: LoadedConfig, cwd: string): IgnoreList[] {
  const lists: IgnoreList[] = [];
  const path = resolve(cwd, options.ignorePath ?? IGNORE_FILE);
  const fromFile = readIgnoreFile(path, cwd, options.ignorePath ?? IGNORE_FILE);
  if (!fromFile && options.ignorePath !== undefined) throw new UsageError(`cannot read ignore file "${options.ignorePath}": no such file.`);
  if (fromFile) lists.push(fromFile);
  if (loaded.config.ignore && loaded.path) {
    const file = loaded.path.replace(/#newsclean$/, '');
    lists.push(ignoreList(loaded.config.ignore, resolve(file, '..'), `"ignore" in ${relative(cwd, loaded.path) || loaded.path}`));
  }
  return lists;
}

/**
 * The effective configuration for a file, as JSON: where it came from, whether it is ignored
 * (and by which list), and every rule's mode.
 */
function printConfig(file: string, loaded: LoadedConfig, options: CleanOptions, ignores: readonly IgnoreList[], cwd: string): string {
  const { rules, reportOnly } = resolveRules(options);
  const on = new Set(rules.map((rule) => rule.id));
  const modes: Record<string, RuleMode> = {};
  for (const rule of RULES) modes[rule.id] = !on.has(rule.id) ? 'off' : reportOnly.has(rule.id) ? 'report' : 'fix';
  const { config } = loaded;
  const by = ignoredBy(resolve(cwd, file), ignores);
  const effective = {
    file: resolve(cwd, file),
    configFile: loaded.path ?? null,
    ignored: by !== undefined,
    ...(by ? { ignoredBy: by.source } : {}),
    rules: modes,
    names: { add: config.names?.add ?? [], disable: config.names?.disable ?? [] },
    boilerplate: config.boilerplate ?? [],
    seeAlso: config.seeAlso ?? [],
    keep: config.keep ?? [],
    extensions: config.extensions ?? DEFAULT_EXTENSIONS,
    ignore: config.ignore ?? [],
  };
  return `${JSON.stringify(effective, null, 2)}\n`;
}

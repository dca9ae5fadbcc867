// A worker thread of the --jobs pool as the command line starts it: the worker's code from the
// bundle, with its code cache (see load-bundle.ts), so that a thread starts as fast as the
// command does instead of loading and compiling some ninety modules.
import { loadBundle } from './load-bundle.js';

export default loadBundle().runTask;

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Unit tests never time anything; `npm run bench:linearity` runs the measurements (*.perf.ts).
    // `npm run test:ftfy` runs the suites on other projects' data, which is not committed (*.suite.ts).
    include: process.env['NEWSCLEAN_PERF']
      ? ['tests/**/*.perf.ts']
      : process.env['NEWSCLEAN_FTFY_CASES']
        ? ['tests/suites/*.suite.ts']
        : ['tests/**/*.test.ts'],
    // The CLI tests spawn the built command; give slow machines room.
    testTimeout: 20_000,
  },
});

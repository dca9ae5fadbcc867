import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Unit tests never time anything; `npm run bench:linearity` runs the measurements (*.perf.ts).
    include: process.env['NEWSCLEAN_PERF'] ? ['tests/**/*.perf.ts'] : ['tests/**/*.test.ts'],
    // The CLI tests spawn the built command; give slow machines room.
    testTimeout: 20_000,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Generous: several tests start real child processes (tsx), which is slow on a loaded 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 20_000,
    pool: 'forks',
  },
});

import { defineConfig } from 'vitest/config';

/**
 * Unit tests (tests/unit/, one file a module) run twice, in two time zones far apart (UTC+14 and
 * UTC−11), so that a date read in local time instead of UTC fails one of them; integration tests
 * (tests/integration/: real builds, served and crawled) run once. Every temporary folder lives
 * under one folder per run, removed at the end.
 */
const unit = (name: string, TZ: string) => ({
  extends: true as const,
  test: { name, include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'], env: { TZ } },
});

export default defineConfig({
  test: {
    environment: 'node',
    globalSetup: ['tests/helpers/temp-root.ts'],
    projects: [
      unit('unit (Pacific/Kiritimati)', 'Pacific/Kiritimati'),
      unit('unit (Pacific/Pago_Pago)', 'Pacific/Pago_Pago'),
      { extends: true, test: { name: 'integration', include: ['tests/integration/**/*.test.ts'] } },
    ],
  },
});

import { defineConfig } from 'vitest/config';

/**
 * Pure unit tests run twice, in two time zones far apart (UTC+14 and UTC−11), so that a date read
 * in local time instead of UTC fails one of them; full builds (which spawn the build script) run
 * once. Every temporary folder lives under one folder per run, removed at the end.
 */
const BUILDS = [
  'tests/unit/build.test.ts',
  'tests/unit/deploy.test.ts',
  'tests/unit/discovery-build.test.ts',
  'tests/unit/reading-aids-build.test.ts',
  'tests/unit/corpus.test.ts',
];
const unit = (name: string, TZ: string) => ({
  extends: true as const,
  test: {
    name,
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    exclude: BUILDS,
    env: { TZ },
  },
});

export default defineConfig({
  test: {
    environment: 'node',
    globalSetup: ['tests/helpers/temp-root.ts'],
    projects: [
      unit('unit (Pacific/Kiritimati)', 'Pacific/Kiritimati'),
      unit('unit (Pacific/Pago_Pago)', 'Pacific/Pago_Pago'),
      { extends: true, test: { name: 'builds', include: BUILDS } },
    ],
  },
});

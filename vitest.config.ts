import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    // A timeout only catches a hang: the heaviest property tests take 20-70 s on a quiet 2-core
    // machine and more than twice that when the machine is shared, which must not fail them.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    pool: "forks",
  },
});

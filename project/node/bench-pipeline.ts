import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { runPipeline } from './run-pipeline';

/** `npm run bench:pipeline`: the full pipeline from scratch, wall time and peak RSS per stage. */
async function main(): Promise<void> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'bench-pipeline-'));
  try {
    const started = performance.now();
    const { timings } = await runPipeline({ outDir, force: true, log: () => {} });
    const total = performance.now() - started;
    console.log('stage                      wall ms   peak RSS MB');
    for (const t of timings) console.log(`${t.stage.padEnd(26)} ${String(t.ms).padStart(7)}   ${String(t.peakRssMb).padStart(8)}`);
    console.log(`${'total'.padEnd(26)} ${String(Math.round(total)).padStart(7)}   ${String(Math.round(process.resourceUsage().maxRSS / 1024)).padStart(8)}`);
    console.log(`target: ≤ 15 000 ms on 2 cores (this machine: ${availableParallelism()} cores)`);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

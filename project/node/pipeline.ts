import { fileURLToPath } from 'node:url';
import { runPipeline, STAGE_COUNT } from './run-pipeline';
import { stageProgress } from './stage-progress';

/** `npm run pipeline [-- --force] [-- --out DIR]`: rebuilds `generated/` when its inputs changed. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const outDir = outIndex >= 0 ? args[outIndex + 1] : fileURLToPath(new URL('../../generated', import.meta.url));
  const started = performance.now();
  const run = await runPipeline({ outDir, force: args.includes('--force'), progress: stageProgress(process.stdout, STAGE_COUNT) });
  if (!run.skipped) console.log(`pipeline: done in ${((performance.now() - started) / 1000).toFixed(1)} s → ${outDir}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

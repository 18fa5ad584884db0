import { buildFromCorpus, writeGenerated } from '../../scripts/claims-io.ts';

/**
 * Vitest globalSetup: run the claim build in-process before any test, so tests (and the modules
 * that import src/claims/generated/*.json) never see a missing or stale database. A build error
 * stops the run here, with the claim id and source in the message. The coverage report is left
 * to `npm run build:claims`, to keep test output quiet.
 */
export default function setup(): void {
  writeGenerated(buildFromCorpus().db);
}

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// `npm run migrate:create -w @portals/cms -- <name>`: Payload's generator, then one fix.
// Generated migrations import their argument types as values; Node's type stripping, which
// runs them, then fails ("does not provide an export named 'MigrateDownArgs'"). Mark them
// `type` in every migration.
const name = process.argv[2];
execFileSync('npx', ['payload', 'migrate:create', ...(name ? [name] : [])], { stdio: 'inherit' });

const dir = path.resolve(import.meta.dirname, '../src/migrations');
for (const file of readdirSync(dir).filter((entry) => entry.endsWith('.ts'))) {
  const full = path.join(dir, file);
  const source = readFileSync(full, 'utf8');
  const fixed = source.replace(
    /import \{ MigrateUpArgs, MigrateDownArgs, sql \}/,
    'import { type MigrateUpArgs, type MigrateDownArgs, sql }',
  );
  if (fixed !== source) writeFileSync(full, fixed);
}

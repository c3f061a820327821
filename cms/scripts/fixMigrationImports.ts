import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// `payload migrate:create` imports its argument types as values; Node's type stripping,
// which runs the migrations, then fails on them ("does not provide an export named
// 'MigrateDownArgs'"). Mark them `type` in every generated migration.
const dir = path.resolve(import.meta.dirname, '../src/migrations');
for (const name of readdirSync(dir).filter((file) => file.endsWith('.ts'))) {
  const file = path.join(dir, name);
  const source = readFileSync(file, 'utf8');
  const fixed = source.replace(
    /import \{ MigrateUpArgs, MigrateDownArgs, sql \}/,
    'import { type MigrateUpArgs, type MigrateDownArgs, sql }',
  );
  if (fixed !== source) writeFileSync(file, fixed);
}

import './withoutRebuilds.ts';
import { getPayload } from 'payload';
import config from '../payload.config.ts';
import { env } from '../env.ts';
import { isEmpty, seed } from './index.ts';
import { refuseDemoPassword } from './refuseDemoPassword.ts';

// `npm run seed` seeds always (idempotently); `--if-empty` is what `npm start` uses.
const onlyIfEmpty = process.argv.includes('--if-empty');

const payload = await getPayload({ config });
try {
  if (onlyIfEmpty && !(await isEmpty(payload))) {
    console.log('Database already holds content: seed skipped.');
  } else {
    refuseDemoPassword(env);
    await seed(payload, {
      credentials: { email: env.CMS_ADMIN_EMAIL, password: env.CMS_ADMIN_PASSWORD },
    });
  }
} finally {
  await payload.destroy();
}
process.exit(0);

/** Writes docs/profile.schema.json from the zod schema (tests/unit/schema-file.test.ts fails when it is stale). */
import { writeFileSync } from 'node:fs';
import { profileJsonSchema } from '@/lib/backup';

writeFileSync(new URL('../docs/profile.schema.json', import.meta.url), `${JSON.stringify(profileJsonSchema(), null, 2)}\n`);
console.log('wrote docs/profile.schema.json');

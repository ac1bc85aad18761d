// node bodies.mjs <folder>: writes each workload's JSON request body to <folder>/<workload>.json, for wrk.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { queries } from './queries.mjs';

const folder = process.argv[2] ?? 'bodies';
mkdirSync(folder, { recursive: true });
for (const [name, query] of Object.entries(queries)) writeFileSync(join(folder, `${name}.json`), JSON.stringify({ query }));
console.log(Object.keys(queries).map(name => join(folder, `${name}.json`)).join('\n'));

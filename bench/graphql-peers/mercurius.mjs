// mercurius on fastify, with graphql-jit compiling each query after its first run (jit: 1).
import Fastify from 'fastify';
import mercurius from 'mercurius';
import { readFileSync } from 'node:fs';
import { resolvers } from './data.mjs';

const port = Number(process.env.PORT ?? 4001);
const app = Fastify({ logger: false });
app.register(mercurius, { schema: readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'), resolvers, jit: 1 });
await app.listen({ port, host: '127.0.0.1' });
console.log(`mercurius+graphql-jit listening on http://127.0.0.1:${port}/graphql`);

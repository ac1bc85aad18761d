// graphql-yoga on node:http with its defaults (graphql-js execution).
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';
import { readFileSync } from 'node:fs';
import { resolvers } from './data.mjs';

const port = Number(process.env.PORT ?? 4002);
const yoga = createYoga({
  schema: createSchema({ typeDefs: readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'), resolvers }),
  graphiql: false,
  logging: false,
});
createServer(yoga).listen(port, '127.0.0.1', () => console.log(`graphql-yoga listening on http://127.0.0.1:${port}/graphql`));

// In-process micro-benchmark of the Node peers, to stand beside bench/Actors.GraphQL.Bench/EngineBenchmarks.cs.
// For each workload of queries.mjs, with no HTTP:
//   parse                  graphql-js parse(query)
//   validate               graphql-js validate(schema, document), document parsed beforehand
//   execute (graphql-js)   execute() of the parsed, validated document, then Buffer.from(JSON.stringify(result))
//   execute (graphql-jit)  compiled.query() of a document compiled once beforehand, then compiled.stringify(result)
//                          (graphql-jit's fast-json-stringify serializer, customJSONSerializer: true) into a Buffer
// The schema, resolvers, root value and context are built as mercurius.mjs builds them, so the data served is
// identical. Before timing, each workload's execute variants must produce the same JSON, or the script throws.
// Timing is a hand loop: ~1 s warm-up, then ~3 s measured, reported as mean µs per op and ops/s, one JSON line per
// (workload, operation). Single-threaded: Node runs JavaScript on one thread, so this is one core's throughput.
// Run: cd bench/graphql-peers && node micro.mjs   (or npm run micro)
import { buildSchema, execute, parse, validate } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { readFileSync } from 'node:fs';
import { resolvers } from './data.mjs';
import { queries } from './queries.mjs';

// As mercurius does: buildSchema on the SDL, then each resolver becomes its field's resolve; root is mercurius'
// (empty, since every resolver belongs to a type) and the context is a plain object (no resolver reads it).
const schema = buildSchema(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));
for (const [typeName, fields] of Object.entries(resolvers)) {
  const typeFields = schema.getType(typeName).getFields();
  for (const [field, resolve] of Object.entries(fields)) typeFields[field].resolve = resolve;
}
const root = {};
const context = {};
const variables = {};

// Runs fn (sync, or returning a promise) in batches of `batch` until `ms` have passed; returns ops and elapsed ms.
async function loop(fn, batch, ms) {
  let ops = 0;
  const start = performance.now();
  let elapsed;
  do {
    for (let i = 0; i < batch; i++) {
      const r = fn();
      if (r instanceof Promise) await r;
    }
    ops += batch;
  } while ((elapsed = performance.now() - start) < ms);
  return { ops, elapsed };
}

async function measure(fn) {
  const warm = await loop(fn, 1, 1000);
  const batch = Math.max(1, Math.round(warm.ops / warm.elapsed)); // about 1 ms of work per clock read
  const { ops, elapsed } = await loop(fn, batch, 3000);
  return { meanUs: Number(((elapsed * 1000) / ops).toFixed(2)), opsPerSecond: Math.round((ops * 1000) / elapsed) };
}

for (const [workload, query] of Object.entries(queries)) {
  const document = parse(query);
  const errors = validate(schema, document);
  if (errors.length > 0) throw new Error(`${workload}: ${errors.map(e => e.message).join('; ')}`);
  const compiled = compileQuery(schema, document, undefined, { customJSONSerializer: true });
  if (!isCompiledQuery(compiled)) throw new Error(`${workload}: graphql-jit did not compile: ${JSON.stringify(compiled)}`);

  const toBytes = result => Buffer.from(JSON.stringify(result));
  const jitToBytes = result => Buffer.from(compiled.stringify(result));
  const operations = {
    parse: () => parse(query),
    validate: () => validate(schema, document),
    'execute (graphql-js)': () => {
      const result = execute({ schema, document, rootValue: root, contextValue: context, variableValues: variables });
      return result instanceof Promise ? result.then(toBytes) : toBytes(result);
    },
    'execute (graphql-jit)': () => {
      const result = compiled.query(root, context, variables);
      return result instanceof Promise ? result.then(jitToBytes) : jitToBytes(result);
    },
  };

  // Both execute variants must do the same work: the same response, without errors.
  const js = (await operations['execute (graphql-js)']()).toString();
  const jit = (await operations['execute (graphql-jit)']()).toString();
  if (JSON.parse(js).errors) throw new Error(`${workload}: graphql-js returned errors: ${js}`);
  if (js !== jit) throw new Error(`${workload}: graphql-js and graphql-jit responses differ\n${js}\n${jit}`);

  for (const [operation, fn] of Object.entries(operations)) console.log(JSON.stringify({ workload, operation, ...(await measure(fn)) }));
}

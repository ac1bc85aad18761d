// node introspection/round-trip.mjs <schema.graphql> <introspection-result.json>
// graphql-js rebuilds a client schema from our introspection result (buildClientSchema must accept it)
// and prints it; the printed schema must equal graphql-js's own print of the SDL. Prints "equal", or the
// first differing lines and exits 1.
import { readFileSync } from 'node:fs';
import { buildClientSchema, buildSchema, printSchema } from 'graphql';

const [sdlFile, resultFile] = process.argv.slice(2);
const result = JSON.parse(readFileSync(resultFile, 'utf8'));
if (result.errors) {
  console.error(JSON.stringify(result.errors));
  process.exit(1);
}

const ours = printSchema(buildClientSchema(result.data));
const expected = printSchema(buildSchema(readFileSync(sdlFile, 'utf8')));
if (ours === expected) {
  console.log('equal');
} else {
  const a = ours.split('\n');
  const b = expected.split('\n');
  const at = a.findIndex((line, i) => line !== b[i]);
  console.log(`differs at line ${at + 1}:\n  ours:     ${a.slice(at, at + 3).join('\n            ')}\n  expected: ${b.slice(at, at + 3).join('\n            ')}`);
  process.exit(1);
}

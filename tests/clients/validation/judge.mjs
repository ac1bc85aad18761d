// Judges the validation corpus with graphql-js and writes expected.json.
//
//   node validation/judge.mjs          (or: npm run judge)
//
// For every corpus/*.graphql file: parse, then validate(schema, document, specifiedRules). A parse
// error counts as invalid, with the syntax error's message and location. The result maps each file
// name to { "valid": bool, "errors": [ { "message": string, "locations": [ { "line", "column" } ] } ] }.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  GraphQLError,
  assertValidSchema,
  buildSchema,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { installScalarRules } from './scalars.mjs';

export const validationDir = dirname(fileURLToPath(import.meta.url));
export const schemaPath = join(validationDir, 'schema.graphql');
export const corpusDir = join(validationDir, 'corpus');
export const expectedPath = join(validationDir, 'expected.json');

/** The test schema, with the custom scalars' literal rules installed. */
export function loadSchema() {
  const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
  assertValidSchema(schema);
  return installScalarRules(schema);
}

/** Corpus file names, sorted by code unit so the order is the same on every machine. */
export function corpusFiles() {
  return readdirSync(corpusDir)
    .filter((name) => name.endsWith('.graphql'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function toJson(error) {
  return {
    message: error.message,
    locations: (error.locations ?? []).map(({ line, column }) => ({ line, column })),
  };
}

/** Parses `source`; returns the document, or the syntax error. */
export function parseSource(source) {
  try {
    return { document: parse(source) };
  } catch (error) {
    if (error instanceof GraphQLError) return { syntaxError: error };
    throw error;
  }
}

/** graphql-js' decision on one document: { valid, errors }. */
export function judgeSource(schema, source, rules = specifiedRules) {
  const { document, syntaxError } = parseSource(source);
  if (syntaxError) return { valid: false, errors: [toJson(syntaxError)] };
  const errors = validate(schema, document, rules).map(toJson);
  return { valid: errors.length === 0, errors };
}

/** Decisions for the whole corpus, keyed by file name in corpusFiles() order. */
export function judgeCorpus(schema = loadSchema()) {
  const result = {};
  for (const name of corpusFiles()) {
    const source = readFileSync(join(corpusDir, name), 'utf8');
    try {
      result[name] = judgeSource(schema, source);
    } catch (error) {
      throw new Error(`${name}: graphql-js threw instead of deciding: ${error.message}`, { cause: error });
    }
  }
  return result;
}

/** The exact text of expected.json for a judged corpus. */
export function serialize(judged) {
  return JSON.stringify(judged, null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const judged = judgeCorpus();
  writeFileSync(expectedPath, serialize(judged));
  const names = Object.keys(judged);
  const valid = names.filter((name) => judged[name].valid).length;
  console.log(`judged ${names.length} documents: ${valid} valid, ${names.length - valid} invalid -> ${expectedPath}`);
}

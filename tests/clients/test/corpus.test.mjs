// Proves the validation corpus right against graphql-js, and expected.json current.
//
// - every file name is <Rule>-<nn>-(valid|invalid).graphql, and the rule or topic is known;
// - graphql-js' decision agrees with the -valid / -invalid suffix;
// - an invalid file breaks the rule its name gives and nothing else, unless a "# also: RuleA, RuleB"
//   line names the other rules it cannot help breaking;
// - every rule in graphql-js' specifiedRules has valid and invalid files;
// - expected.json is exactly what judge.mjs writes today.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { specifiedRules, validate } from 'graphql';
import {
  corpusDir,
  corpusFiles,
  expectedPath,
  judgeCorpus,
  loadSchema,
  parseSource,
  serialize,
} from '../validation/judge.mjs';

const FILE_NAME = /^([A-Z][A-Za-z]*)-(\d{2,})-(valid|invalid)\.graphql$/;

const rulesByName = new Map(specifiedRules.map((rule) => [rule.name.replace(/Rule$/, ''), rule]));

// Topics that are not a graphql-js rule name: the rule that judges them, 'syntax' for the parser,
// or null for documents that must be valid and belong to no single rule.
const TOPICS = {
  OneOfInputObjects: 'ValuesOfCorrectType',
  InputObjectFieldNames: 'ValuesOfCorrectType',
  InputObjectRequiredFields: 'ValuesOfCorrectType',
  Syntax: 'syntax',
  Combined: null,
};

function ruleOf(topic) {
  if (rulesByName.has(topic)) return topic;
  if (Object.hasOwn(TOPICS, topic)) return TOPICS[topic];
  return undefined;
}

const schema = loadSchema();
const files = corpusFiles().map((name) => {
  const source = readFileSync(join(corpusDir, name), 'utf8');
  const match = FILE_NAME.exec(name);
  const also = /^# also: (.+)$/m.exec(source);
  return {
    name,
    source,
    match,
    topic: match?.[1],
    expectValid: match?.[3] === 'valid',
    also: also ? also[1].split(',').map((rule) => rule.trim()) : [],
  };
});
const judged = judgeCorpus(schema);

function report(problems) {
  assert.equal(problems.length, 0, `\n${problems.join('\n')}\n`);
}

const key = (error) => JSON.stringify([error.message, error.locations]);
const errorKeys = (errors) => errors.map(key).sort();

test('the corpus holds at least 320 documents, both valid and invalid', () => {
  const valid = files.filter((file) => file.expectValid).length;
  assert.ok(files.length >= 320, `only ${files.length} corpus files`);
  assert.ok(valid >= files.length * 0.35 && valid <= files.length * 0.65, `${valid} of ${files.length} valid`);
});

test('file names are <Rule>-<nn>-(valid|invalid).graphql with a known rule or topic', () => {
  const problems = [];
  for (const file of files) {
    if (!file.match) problems.push(`${file.name}: name does not match ${FILE_NAME}`);
    else if (ruleOf(file.topic) === undefined) problems.push(`${file.name}: unknown rule or topic "${file.topic}"`);
    else if (ruleOf(file.topic) === null && !file.expectValid) problems.push(`${file.name}: topic "${file.topic}" holds valid documents only`);
    for (const rule of file.also) {
      if (!rulesByName.has(rule)) problems.push(`${file.name}: "# also:" names unknown rule "${rule}"`);
    }
    if (file.also.length > 0 && file.expectValid) problems.push(`${file.name}: a valid file has an "# also:" line`);
  }
  report(problems);
});

test("graphql-js' decision agrees with every file's -valid/-invalid suffix", () => {
  const problems = [];
  for (const file of files) {
    const { valid, errors } = judged[file.name];
    if (valid !== file.expectValid) {
      const why = errors.map((error) => `    ${error.message}`).join('\n');
      problems.push(`${file.name}: graphql-js says ${valid ? 'valid' : 'invalid'}${why ? `\n${why}` : ''}`);
    }
  }
  report(problems);
});

test('each invalid file breaks the rule its name gives, and only the rules its "# also:" line adds', () => {
  const problems = [];
  for (const file of files) {
    if (file.expectValid || !file.match) continue;
    const rule = ruleOf(file.topic);
    const { document, syntaxError } = parseSource(file.source);
    if (rule === 'syntax') {
      if (!syntaxError) problems.push(`${file.name}: expected a syntax error`);
      continue;
    }
    if (syntaxError) {
      problems.push(`${file.name}: syntax error: ${syntaxError.message}`);
      continue;
    }
    if (!rule) continue;
    const own = validate(schema, document, [rulesByName.get(rule)]);
    if (own.length === 0) {
      problems.push(`${file.name}: ${rule}Rule reports nothing`);
      continue;
    }
    const named = [rule, ...file.also].map((name) => rulesByName.get(name)).filter(Boolean);
    const fromNamed = errorKeys(validate(schema, document, named));
    const all = errorKeys(judged[file.name].errors);
    if (JSON.stringify(fromNamed) !== JSON.stringify(all)) {
      const extra = all.filter((error) => !fromNamed.includes(error));
      problems.push(`${file.name}: errors from other rules:\n    ${extra.join('\n    ')}`);
    }
    for (const other of file.also) {
      const rule = rulesByName.get(other);
      if (rule && validate(schema, document, [rule]).length === 0) {
        problems.push(`${file.name}: "# also: ${other}" but that rule reports nothing`);
      }
    }
  }
  report(problems);
});

test('every rule of specifiedRules has valid and invalid files', () => {
  const seen = new Map([...rulesByName.keys()].map((name) => [name, { valid: 0, invalid: 0 }]));
  for (const file of files) {
    const rule = file.match && ruleOf(file.topic);
    if (!rule || !seen.has(rule)) continue;
    seen.get(rule)[file.expectValid ? 'valid' : 'invalid']++;
  }
  const problems = [];
  for (const [rule, count] of seen) {
    if (count.valid === 0 || count.invalid === 0) {
      problems.push(`${rule}: ${count.valid} valid and ${count.invalid} invalid files`);
    }
  }
  report(problems);
});

test('expected.json is what judge.mjs writes today (run `npm run judge` after changing the corpus)', () => {
  let stored;
  try {
    stored = JSON.parse(readFileSync(expectedPath, 'utf8'));
  } catch (error) {
    assert.fail(`cannot read ${expectedPath}: ${error.message}`);
  }
  const problems = [];
  for (const name of Object.keys(judged)) {
    if (!(name in stored)) problems.push(`${name}: missing from expected.json`);
    else if (JSON.stringify(stored[name]) !== JSON.stringify(judged[name])) problems.push(`${name}: stale entry`);
  }
  for (const name of Object.keys(stored)) {
    if (!(name in judged)) problems.push(`${name}: in expected.json but not in the corpus`);
  }
  report(problems);
  assert.equal(readFileSync(expectedPath, 'utf8'), serialize(judged), 'expected.json is not formatted as judge.mjs writes it');
});

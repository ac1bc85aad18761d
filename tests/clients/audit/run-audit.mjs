// node audit/run-audit.mjs <url>: runs graphql-http's audit suite against a running GraphQL over HTTP
// server and prints one JSON line with every audit's id, name, status (ok, warn, error) and reason.
// The C# conformance test (tests/Actors.GraphQL.Tests/Conformance) starts our server and runs this.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit/run-audit.mjs http://127.0.0.1:5000/graphql');
  process.exit(2);
}

const results = await auditServer({ url });
console.log(JSON.stringify(results.map((r) => ({ id: r.id, name: r.name, status: r.status, reason: r.reason ?? null }))));

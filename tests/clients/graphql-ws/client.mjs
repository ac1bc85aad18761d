// node graphql-ws/client.mjs <ws-url>: graphql-ws's own client (createClient, over the `ws` package)
// runs a query, a mutation and a subscription against the server and prints what it received as JSON.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const url = process.argv[2];
const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { token: 'conformance' }, retryAttempts: 0, lazy: true });

function run(query, variables) {
  return new Promise((resolve, reject) => {
    const results = [];
    client.subscribe({ query, variables }, { next: (r) => results.push(r), error: reject, complete: () => resolve(results) });
  });
}

try {
  const query = await run('{ greeting }');
  const mutation = await run('mutation($text: String!) { setGreeting(text: $text) }', { text: 'hello from graphql-ws' });
  const subscription = await run('subscription { countdown(from: 3) }');
  console.log(JSON.stringify({ query, mutation, subscription }));
} finally {
  await client.dispose();
}

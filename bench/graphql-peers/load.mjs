// node load.mjs <url> [seconds] [connections]: runs each workload with autocannon and prints req/s and p99.
import autocannon from 'autocannon';
import { queries } from './queries.mjs';

const [url, seconds = '10', connections = '64'] = process.argv.slice(2);
if (!url) {
  console.error('usage: node load.mjs http://127.0.0.1:5000/graphql [seconds] [connections]');
  process.exit(2);
}

for (const [name, query] of Object.entries(queries)) {
  const body = JSON.stringify({ query });
  // Warm up (lets JITs compile), then measure.
  await autocannon({ url, method: 'POST', duration: 3, connections: Number(connections), headers: { 'content-type': 'application/json' }, body });
  const result = await autocannon({ url, method: 'POST', duration: Number(seconds), connections: Number(connections), headers: { 'content-type': 'application/json' }, body });
  const failed = result.non2xx + result.errors;
  console.log(JSON.stringify({ workload: name, requestsPerSecond: Math.round(result.requests.average), p99Ms: result.latency.p99, p50Ms: result.latency.p50, failed }));
}

// Fixed-rate load with autocannon: sends the requests of a file (METHOD<TAB>PATH<TAB>BODY per line)
// in turn, at an overall rate, and prints one JSON line with the latency percentiles.
// Usage: node rate.js <base-url> <requests-file> <rate> <seconds> <connections>
// With GRAPHQL_ERRORS=1, an answer with status 200 whose body has a top-level "errors" member (a
// GraphQL query that failed) is counted with the non-2xx answers, as bench/lib/requests.lua does.
'use strict';
const fs = require('fs');
const autocannon = require('autocannon');

const [url, file, rate, seconds, connections] = process.argv.slice(2);
const list = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.length > 0).map((line) => {
  const [method, path, body] = line.split('\t');
  return body ? { method, path, body, headers: { 'content-type': 'application/json' } } : { method, path };
});
let next = 0;
const countGraphqlErrors = process.env.GRAPHQL_ERRORS === '1';
let graphqlErrors = 0;

autocannon({
  url,
  connections: Number(connections),
  overallRate: Number(rate),
  duration: Number(seconds),
  timeout: 10,
  requests: [{
    setupRequest: (req) => ({ ...req, ...list[next++ % list.length] }),
    ...(countGraphqlErrors ? { onResponse: (status, body) => {
      if (status === 200 && body.includes('"errors":')) graphqlErrors++;
    } } : {}),
  }],
}, (err, result) => {
  if (err) {
    console.error(err);
    process.exit(1);
  }
  console.log('RESULT ' + JSON.stringify({
    requests: result.requests.total,
    rate: result.requests.average,
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    max_ms: result.latency.max,
    non_2xx: result.non2xx + graphqlErrors,
    errors: result.errors,
    timeouts: result.timeouts,
  }));
});

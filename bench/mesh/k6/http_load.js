// One HTTP load profile for every peer: NeuroForge's REST API, the LiteLLM proxy and the
// provider itself. Everything is configured through environment variables set by run.py.
import http from 'k6/http';
import { check } from 'k6';

const vus = Number(__ENV.VUS || 1);
const duration = __ENV.DURATION || '20s';
const scenario = __ENV.MODE === 'rate'
  ? {
      executor: 'constant-arrival-rate',
      rate: Number(__ENV.RATE || 50),
      timeUnit: '1s',
      duration,
      preAllocatedVUs: vus,
      maxVUs: vus * 4,
    }
  : { executor: 'constant-vus', vus, duration };

export const options = {
  scenarios: { load: scenario },
  summaryTrendStats: ['avg', 'min', 'med', 'p(90)', 'p(99)', 'max'],
  discardResponseBodies: true,
};

const url = __ENV.TARGET_URL;
const body = __ENV.BODY;
const params = {
  headers: { 'content-type': 'application/json', authorization: `Bearer ${__ENV.TOKEN || ''}` },
  timeout: '30s',
};

// "{n}" in the body becomes a per-request id, so no cache or de-duplication helps any peer.
export default function () {
  const response = http.post(url, body.replace('{n}', `${__VU}-${__ITER}`), params);
  check(response, { 'status is 200': (r) => r.status === 200 });
}

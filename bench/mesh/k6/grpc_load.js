// gRPC load at the orchestrator (no gateway), with the same request as the REST profile.
import grpc from 'k6/net/grpc';
import { check } from 'k6';

const vus = Number(__ENV.VUS || 1);
export const options = {
  scenarios: { load: { executor: 'constant-vus', vus, duration: __ENV.DURATION || '20s' } },
  summaryTrendStats: ['avg', 'min', 'med', 'p(90)', 'p(99)', 'max'],
};

const client = new grpc.Client();
client.load([__ENV.PROTO_ROOT], 'neuroforge/inference/v1/inference_service.proto');
const template = __ENV.BODY;

export default function () {
  if (__ITER === 0) {
    client.connect(__ENV.TARGET, { plaintext: true });
  }
  const request = JSON.parse(template.replace('{n}', `${__VU}-${__ITER}`));
  const response = client.invoke('neuroforge.inference.v1.InferenceService/Infer', request, {
    metadata: { authorization: `Bearer ${__ENV.TOKEN}` },
    timeout: '30s',
  });
  check(response, { 'status is OK': (r) => r && r.status === grpc.StatusOK });
}

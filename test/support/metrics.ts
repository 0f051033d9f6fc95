/** Reading a service's Prometheus metrics (GET /metrics) in tests. */
export async function metricValue(graphqlUrl: string, name: string, labels: Record<string, string>): Promise<number | undefined> {
  const text = await (await fetch(new URL("/metrics", graphqlUrl))).text();
  for (const line of text.split("\n")) {
    const match = /^([a-z_:]+)\{([^}]*)\} (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...match[2].matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key, value]));
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return undefined;
}

/** `gateway_circuit_breaker_state` of one subgraph: 0 closed, 1 half-open, 2 open. */
export const breakerState = (gatewayUrl: string, subgraph: string) =>
  metricValue(gatewayUrl, "gateway_circuit_breaker_state", { subgraph });

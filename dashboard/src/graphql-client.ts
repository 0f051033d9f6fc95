/** One GraphQL request over HTTP, as the public API takes it (POST, JSON, the operation named). */
export interface GraphQLError {
  message: string;
  extensions?: { code?: string; service?: string };
}

export interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: GraphQLError[];
}

export async function requestGraphQL<T>(
  path: string,
  operationName: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphQLAnswer<T>> {
  const response = await fetch(path, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ operationName, query, variables }),
  });
  const type = response.headers.get("content-type") ?? "";
  if (!type.includes("json")) throw new Error(`HTTP ${response.status}`);
  // Refusals (rate limits, limits) are JSON with errors too, whatever the status.
  return (await response.json()) as GraphQLAnswer<T>;
}

/** The four subgraphs and their default local ports (the supergraph's routing URLs use these). */
export const SUBGRAPHS = [
  { name: "products", port: 4001 },
  { name: "institutions", port: 4002 },
  { name: "certifications", port: 4003 },
  { name: "exhibitions", port: 4004 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]["name"];

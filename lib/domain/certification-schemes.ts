import type { CertificationScheme, CertificationScope, Market } from "./enums.js";

/** Where each scheme's certificate is recognised: the certifications subgraph checks it, the seed follows it. */
export const SCHEME_MARKETS: Record<CertificationScheme, Market> = {
  KC: "KR",
  KS: "KR",
  CE: "EU",
  UL: "US",
  FCC: "US",
  CB: "INTERNATIONAL",
  CCC: "CN",
  PSE: "JP",
};

/** Korean schemes are domestic certification; the others international. */
export const schemeScope = (scheme: CertificationScheme): CertificationScope =>
  SCHEME_MARKETS[scheme] === "KR" ? "DOMESTIC" : "INTERNATIONAL";

import { fileURLToPath } from "node:url";
import type { DataSource } from "typeorm";
import type { SubgraphName } from "../../lib/composition.js";
import type { Dataset } from "../../lib/seed/dataset.js";
import { readSubgraphConfig, type SubgraphConfig } from "../../lib/service-config.js";
import * as certificationsConfig from "../../subgraphs/certifications/src/config.js";
import * as certificationsData from "../../subgraphs/certifications/src/data-source.js";
import * as certificationsSeed from "../../subgraphs/certifications/src/seed.js";
import * as exhibitionsConfig from "../../subgraphs/exhibitions/src/config.js";
import * as exhibitionsData from "../../subgraphs/exhibitions/src/data-source.js";
import * as exhibitionsSeed from "../../subgraphs/exhibitions/src/seed.js";
import * as institutionsConfig from "../../subgraphs/institutions/src/config.js";
import * as institutionsData from "../../subgraphs/institutions/src/data-source.js";
import * as institutionsSeed from "../../subgraphs/institutions/src/seed.js";
import * as productsConfig from "../../subgraphs/products/src/config.js";
import * as productsData from "../../subgraphs/products/src/data-source.js";
import * as productsSeed from "../../subgraphs/products/src/seed.js";

/**
 * What the development tools (start, seed, tests) need from each subgraph's own data layer: its
 * configuration, its DataSource, and the function that writes its slice of the seed dataset.
 */
export interface SubgraphDataModule {
  name: SubgraphName;
  /** The subgraph's configuration from the environment, on the given database. */
  configFor(databaseUrl: string): SubgraphConfig;
  createDataSource(config: SubgraphConfig): DataSource;
  seed(db: DataSource, dataset: Dataset): Promise<void>;
  isEmpty(db: DataSource): Promise<boolean>;
  /** The service's process entry point. */
  entry: string;
}

const entry = (name: SubgraphName) => fileURLToPath(new URL(`../../subgraphs/${name}/src/index.ts`, import.meta.url));

export const subgraphDataModules: SubgraphDataModule[] = [
  {
    name: "products",
    configFor: (url) => readSubgraphConfig(productsConfig.SUBGRAPH_NAME, productsConfig.DEFAULT_PORT, { databaseUrl: url }),
    createDataSource: productsData.createDataSource,
    seed: (db, dataset) => productsSeed.seedProducts(db, dataset.products),
    isEmpty: productsSeed.isProductsEmpty,
    entry: entry("products"),
  },
  {
    name: "institutions",
    configFor: (url) => readSubgraphConfig(institutionsConfig.SUBGRAPH_NAME, institutionsConfig.DEFAULT_PORT, { databaseUrl: url }),
    createDataSource: institutionsData.createDataSource,
    seed: (db, dataset) => institutionsSeed.seedInstitutions(db, dataset.institutions),
    isEmpty: institutionsSeed.isInstitutionsEmpty,
    entry: entry("institutions"),
  },
  {
    name: "certifications",
    configFor: (url) => readSubgraphConfig(certificationsConfig.SUBGRAPH_NAME, certificationsConfig.DEFAULT_PORT, { databaseUrl: url }),
    createDataSource: certificationsData.createDataSource,
    seed: (db, dataset) => certificationsSeed.seedCertifications(db, dataset.certifications),
    isEmpty: certificationsSeed.isCertificationsEmpty,
    entry: entry("certifications"),
  },
  {
    name: "exhibitions",
    configFor: (url) => readSubgraphConfig(exhibitionsConfig.SUBGRAPH_NAME, exhibitionsConfig.DEFAULT_PORT, { databaseUrl: url }),
    createDataSource: exhibitionsData.createDataSource,
    seed: (db, dataset) => exhibitionsSeed.seedExhibitions(db, dataset.exhibitions),
    isEmpty: exhibitionsSeed.isExhibitionsEmpty,
    entry: entry("exhibitions"),
  },
];

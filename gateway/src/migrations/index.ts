import { SchemaDeliveries1764600000000 } from "./1764600000000-schema-deliveries.js";

/** The gateway's own tables, in PostgreSQL schema `gateway`, in order. */
export const migrations = [SchemaDeliveries1764600000000];

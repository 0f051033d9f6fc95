import { Company } from "./company.js";
import { DesignationApplication } from "./designation-application.js";
import { DesignationRound } from "./designation-round.js";
import { Product } from "./product.js";

export { Company, DesignationApplication, DesignationRound, Product };
export const entities = [Company, Product, DesignationRound, DesignationApplication];

import { Institution } from "./institution.js";
import { LeadBuyerDeclaration } from "./lead-buyer-declaration.js";
import { ProductBuyer } from "./product-buyer.js";
import { Purchase } from "./purchase.js";
import { PurchaseTarget } from "./purchase-target.js";

export { Institution, LeadBuyerDeclaration, ProductBuyer, Purchase, PurchaseTarget };
export const entities = [Institution, LeadBuyerDeclaration, PurchaseTarget, Purchase, ProductBuyer];

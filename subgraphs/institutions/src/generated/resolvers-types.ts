// Generated from the SDL by `npm run codegen` (codegen.ts): do not edit.
import type { Agency } from "../../../../lib/domain/enums.js";
import type { InstitutionType } from "../../../../lib/domain/enums.js";
import type { PurchaseMethod } from "../../../../lib/domain/enums.js";
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from "graphql";
import type {
  Institution as InstitutionEntity,
  LeadBuyerDeclaration as LeadBuyerDeclarationEntity,
  Purchase as PurchaseEntity,
  PurchaseTarget as PurchaseTargetEntity,
} from "../entities/index.js";
import type { Connection } from "../../../../lib/data/pagination.js";
import type { Context } from "../context.js";
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A calendar date `YYYY-MM-DD` (Korea Standard Time), with no time and no zone. */
  Date: { input: string; output: string };
  /**
   * Korean won in whole units (KRW has no minor unit). A JSON integer, exact up to 2^53 - 1; totals pass
   * 2^31, which GraphQL `Int` cannot hold.
   */
  Money: { input: number; output: number };
  _FieldSet: { input: string; output: string };
};

export { Agency };

/** An agency's program figures for one year. */
export type AnnualProgramFigures = {
  __typename?: "AnnualProgramFigures";
  agency: Agency;
  /** Public procurement of the agency's designated products contracted in the year. */
  procurementGenerated?: Maybe<Scalars["Money"]["output"]>;
  purchaseCount?: Maybe<Scalars["Int"]["output"]>;
  year: Scalars["Int"]["output"];
};

export type DeclareLeadBuyerInput = {
  /** Not in the future, not before 2020. */
  declaredOn: Scalars["Date"]["input"];
  institutionId: Scalars["ID"]["input"];
  /** What the institution pledges, up to 2,000 characters. */
  pledge: Scalars["String"]["input"];
  /** Where it was declared, e.g. KTL headquarters, Jinju. */
  venue: Scalars["String"]["input"];
};

/** A public body that buys innovative products. */
export type Institution = {
  __typename?: "Institution";
  /** Short name, e.g. KTL. */
  abbreviation?: Maybe<Scalars["String"]["output"]>;
  id: Scalars["ID"]["output"];
  /** Set once the institution has declared itself an innovative-product purchase leader (혁신제품 구매 선도기관). */
  leadBuyer?: Maybe<LeadBuyerDeclaration>;
  name: Scalars["String"]["output"];
  nameEn: Scalars["String"]["output"];
  /** The ministry the institution reports to, e.g. MOTIE; null for local governments and schools. */
  parentMinistry?: Maybe<Scalars["String"]["output"]>;
  /** The purchase target for a year, with what has been achieved; null if none was set. */
  purchaseTarget?: Maybe<PurchaseTarget>;
  /** Purchases of innovative products, newest contract first; `year` keeps one contract year. */
  purchases: PurchaseConnection;
  /** Province or metropolitan city of the headquarters. */
  region: Scalars["String"]["output"];
  /** Total amount of innovative-product purchases, in one contract year or in all years. */
  totalPurchased: Scalars["Money"]["output"];
  type: InstitutionType;
};

/** A public body that buys innovative products. */
export type InstitutionPurchaseTargetArgs = {
  year: Scalars["Int"]["input"];
};

/** A public body that buys innovative products. */
export type InstitutionPurchasesArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  year?: InputMaybe<Scalars["Int"]["input"]>;
};

/** A public body that buys innovative products. */
export type InstitutionTotalPurchasedArgs = {
  year?: InputMaybe<Scalars["Int"]["input"]>;
};

export type InstitutionConnection = {
  __typename?: "InstitutionConnection";
  nodes: Array<Institution>;
  pageInfo: PageInfo;
  totalCount: Scalars["Int"]["output"];
};

export type InstitutionFilter = {
  isLeadBuyer?: InputMaybe<Scalars["Boolean"]["input"]>;
  parentMinistry?: InputMaybe<Scalars["String"]["input"]>;
  region?: InputMaybe<Scalars["String"]["input"]>;
  /** Case-insensitive match in the Korean or English name or the abbreviation. */
  search?: InputMaybe<Scalars["String"]["input"]>;
  type?: InputMaybe<InstitutionType>;
};

export { InstitutionType };

/** An institution's declaration as an innovative-product purchase leader. */
export type LeadBuyerDeclaration = {
  __typename?: "LeadBuyerDeclaration";
  declaredOn: Scalars["Date"]["output"];
  /** Stable, derived from the institution (it declares once). */
  id: Scalars["ID"]["output"];
  pledge: Scalars["String"]["output"];
  /** Where it was declared, e.g. KTL headquarters, Jinju. */
  venue: Scalars["String"]["output"];
};

export type Mutation = {
  __typename?: "Mutation";
  /**
   * Records an institution's declaration as an innovative-product purchase leader (혁신제품 구매 선도기관).
   * Made once: a second declaration is refused with CONFLICT.
   */
  declareLeadBuyer: Institution;
  /**
   * Records a contract by which an institution bought a designated product. The product's owner (the
   * products service) is asked first: an unknown product is NOT_FOUND; a negotiated contract on a date
   * the designation is not in force is a CONFLICT; if the products service cannot answer, nothing is
   * written (SERVICE_UNAVAILABLE). Retriable with an idempotency key.
   */
  recordPurchase: Purchase;
  /** Adds a public body that buys innovative products. An abbreviation already used (whatever its case) is refused with CONFLICT. */
  registerInstitution: Institution;
  /** Creates or replaces an institution's purchase target for a year (one per institution and year). */
  setPurchaseTarget: PurchaseTarget;
};

export type MutationDeclareLeadBuyerArgs = {
  input: DeclareLeadBuyerInput;
};

export type MutationRecordPurchaseArgs = {
  input: RecordPurchaseInput;
};

export type MutationRegisterInstitutionArgs = {
  input: RegisterInstitutionInput;
};

export type MutationSetPurchaseTargetArgs = {
  input: SetPurchaseTargetInput;
};

export type PageInfo = {
  __typename?: "PageInfo";
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars["String"]["output"]>;
  hasNextPage: Scalars["Boolean"]["output"];
};

/** An agency's program figures from 2020 through `throughYear`. */
export type ProcurementSummary = {
  __typename?: "ProcurementSummary";
  agency: Agency;
  /** Public procurement of the agency's designated products, contracted from 2020 through `throughYear`. */
  procurementGenerated?: Maybe<Scalars["Money"]["output"]>;
  purchaseCount?: Maybe<Scalars["Int"]["output"]>;
  throughYear: Scalars["Int"]["output"];
};

export type Product = {
  __typename?: "Product";
  /** How many institutions have bought it. */
  buyerCount?: Maybe<Scalars["Int"]["output"]>;
  /** The institutions that have bought it, by name. */
  buyers?: Maybe<InstitutionConnection>;
  id: Scalars["ID"]["output"];
  /** Public purchases of this product, newest contract first. */
  purchases?: Maybe<PurchaseConnection>;
  /** Total amount of all public purchases of this product. */
  totalProcurement?: Maybe<Scalars["Money"]["output"]>;
};

export type ProductBuyersArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

export type ProductPurchasesArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

/** A contract by which an institution bought a designated product. */
export type Purchase = {
  __typename?: "Purchase";
  amount: Scalars["Money"]["output"];
  contractedOn: Scalars["Date"]["output"];
  id: Scalars["ID"]["output"];
  institution: Institution;
  method: PurchaseMethod;
  product?: Maybe<Product>;
  quantity: Scalars["Int"]["output"];
};

export type PurchaseConnection = {
  __typename?: "PurchaseConnection";
  nodes: Array<Purchase>;
  pageInfo: PageInfo;
  totalCount: Scalars["Int"]["output"];
};

export type PurchaseFilter = {
  institutionId?: InputMaybe<Scalars["ID"]["input"]>;
  method?: InputMaybe<PurchaseMethod>;
  productId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Contracted in this year. */
  year?: InputMaybe<Scalars["Int"]["input"]>;
};

export { PurchaseMethod };

/** An institution's innovative-product purchase target for a year (구매목표제). */
export type PurchaseTarget = {
  __typename?: "PurchaseTarget";
  /** Innovative-product purchases contracted in the year. */
  achievedAmount: Scalars["Money"]["output"];
  /** achievedAmount / targetAmount, e.g. 0.85 for 85 %. */
  achievementRate: Scalars["Float"]["output"];
  /** Stable: setting the target of the same institution and year again changes this target, keeping its id. */
  id: Scalars["ID"]["output"];
  institution: Institution;
  targetAmount: Scalars["Money"]["output"];
  year: Scalars["Int"]["output"];
};

export type Query = {
  __typename?: "Query";
  institution?: Maybe<Institution>;
  /** An institution by its short name, e.g. `KTL`. */
  institutionByAbbreviation?: Maybe<Institution>;
  /** Public institutions by name. */
  institutions?: Maybe<InstitutionConnection>;
  /** Institutions that declared themselves innovative-product purchase leaders, earliest declaration first. */
  leadBuyers?: Maybe<InstitutionConnection>;
  purchase?: Maybe<Purchase>;
  /** Purchases of innovative products, newest contract first. */
  purchases?: Maybe<PurchaseConnection>;
};

export type QueryInstitutionArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryInstitutionByAbbreviationArgs = {
  abbreviation: Scalars["String"]["input"];
};

export type QueryInstitutionsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<InstitutionFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

export type QueryLeadBuyersArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

export type QueryPurchaseArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryPurchasesArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<PurchaseFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

export type RecordPurchaseInput = {
  /** Greater than 0. */
  amount: Scalars["Money"]["input"];
  /** Not in the future. A NEGOTIATED_CONTRACT must fall within the product's designation. */
  contractedOn: Scalars["Date"]["input"];
  /**
   * Any string of 1 to 200 characters, new for each purchase: a retry with the same key returns the first
   * purchase and writes nothing; the same key with a different purchase is refused with CONFLICT.
   */
  idempotencyKey?: InputMaybe<Scalars["String"]["input"]>;
  institutionId: Scalars["ID"]["input"];
  method: PurchaseMethod;
  productId: Scalars["ID"]["input"];
  /** At least 1. */
  quantity: Scalars["Int"]["input"];
};

export type RegisterInstitutionInput = {
  /** Short name, e.g. KTL; unique whatever its case. */
  abbreviation?: InputMaybe<Scalars["String"]["input"]>;
  /** Official Korean name, 1 to 200 characters. */
  name: Scalars["String"]["input"];
  /** English rendering, 1 to 200 characters. */
  nameEn: Scalars["String"]["input"];
  /** The ministry the institution reports to, e.g. MOTIE. */
  parentMinistry?: InputMaybe<Scalars["String"]["input"]>;
  /** Province or metropolitan city of the headquarters. */
  region: Scalars["String"]["input"];
  type: InstitutionType;
};

export type SetPurchaseTargetInput = {
  institutionId: Scalars["ID"]["input"];
  /** Greater than 0. */
  targetAmount: Scalars["Money"]["input"];
  /** 2020 to 2100. */
  year: Scalars["Int"]["input"];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
  reference: TReference,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs> | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo,
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  AnnualProgramFigures: AnnualProgramFigures;
  Institution: Institution;
  ProcurementSummary: ProcurementSummary;
  Product: Product;
  Purchase: Purchase;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  AnnualProgramFigures: { __typename: "AnnualProgramFigures" } & GraphQLRecursivePick<
    FederationTypes["AnnualProgramFigures"],
    { agency: true; year: true }
  >;
  Institution: { __typename: "Institution" } & GraphQLRecursivePick<FederationTypes["Institution"], { id: true }>;
  ProcurementSummary: { __typename: "ProcurementSummary" } & GraphQLRecursivePick<
    FederationTypes["ProcurementSummary"],
    { agency: true; throughYear: true }
  >;
  Product: { __typename: "Product" } & GraphQLRecursivePick<FederationTypes["Product"], { id: true }>;
  Purchase: { __typename: "Purchase" } & GraphQLRecursivePick<FederationTypes["Purchase"], { id: true }>;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Agency: Agency;
  AnnualProgramFigures: ResolverTypeWrapper<{ agency: Agency; year: number }>;
  Int: ResolverTypeWrapper<Scalars["Int"]["output"]>;
  Date: ResolverTypeWrapper<Scalars["Date"]["output"]>;
  DeclareLeadBuyerInput: DeclareLeadBuyerInput;
  ID: ResolverTypeWrapper<Scalars["ID"]["output"]>;
  String: ResolverTypeWrapper<Scalars["String"]["output"]>;
  Institution: ResolverTypeWrapper<InstitutionEntity>;
  InstitutionConnection: ResolverTypeWrapper<Connection<InstitutionEntity>>;
  InstitutionFilter: InstitutionFilter;
  Boolean: ResolverTypeWrapper<Scalars["Boolean"]["output"]>;
  InstitutionType: InstitutionType;
  LeadBuyerDeclaration: ResolverTypeWrapper<LeadBuyerDeclarationEntity>;
  Money: ResolverTypeWrapper<Scalars["Money"]["output"]>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ProcurementSummary: ResolverTypeWrapper<{ agency: Agency; throughYear: number }>;
  Product: ResolverTypeWrapper<{ id: string }>;
  Purchase: ResolverTypeWrapper<PurchaseEntity>;
  PurchaseConnection: ResolverTypeWrapper<Connection<PurchaseEntity>>;
  PurchaseFilter: PurchaseFilter;
  PurchaseMethod: PurchaseMethod;
  PurchaseTarget: ResolverTypeWrapper<PurchaseTargetEntity>;
  Float: ResolverTypeWrapper<Scalars["Float"]["output"]>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordPurchaseInput: RecordPurchaseInput;
  RegisterInstitutionInput: RegisterInstitutionInput;
  SetPurchaseTargetInput: SetPurchaseTargetInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AnnualProgramFigures: { agency: Agency; year: number };
  Int: Scalars["Int"]["output"];
  Date: Scalars["Date"]["output"];
  DeclareLeadBuyerInput: DeclareLeadBuyerInput;
  ID: Scalars["ID"]["output"];
  String: Scalars["String"]["output"];
  Institution: InstitutionEntity;
  InstitutionConnection: Connection<InstitutionEntity>;
  InstitutionFilter: InstitutionFilter;
  Boolean: Scalars["Boolean"]["output"];
  LeadBuyerDeclaration: LeadBuyerDeclarationEntity;
  Money: Scalars["Money"]["output"];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  ProcurementSummary: { agency: Agency; throughYear: number };
  Product: { id: string };
  Purchase: PurchaseEntity;
  PurchaseConnection: Connection<PurchaseEntity>;
  PurchaseFilter: PurchaseFilter;
  PurchaseTarget: PurchaseTargetEntity;
  Float: Scalars["Float"]["output"];
  Query: Record<PropertyKey, never>;
  RecordPurchaseInput: RecordPurchaseInput;
  RegisterInstitutionInput: RegisterInstitutionInput;
  SetPurchaseTargetInput: SetPurchaseTargetInput;
}>;

export type AgencyResolvers = EnumResolverSignature<
  { ME?: any; MOLIT?: any; MOTIE?: any; MSIT?: any; MSS?: any; PPS?: any },
  ResolversTypes["Agency"]
>;

export type AnnualProgramFiguresResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["AnnualProgramFigures"] = ResolversParentTypes["AnnualProgramFigures"],
  FederationReferenceType extends FederationReferenceTypes["AnnualProgramFigures"] = FederationReferenceTypes["AnnualProgramFigures"],
> = ResolversObject<{
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["AnnualProgramFigures"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  agency?: Resolver<ResolversTypes["Agency"], ParentType, ContextType>;
  procurementGenerated?: Resolver<Maybe<ResolversTypes["Money"]>, ParentType, ContextType>;
  purchaseCount?: Resolver<Maybe<ResolversTypes["Int"]>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes["Date"], any> {
  name: "Date";
}

export type InstitutionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["Institution"] = ResolversParentTypes["Institution"],
  FederationReferenceType extends FederationReferenceTypes["Institution"] = FederationReferenceTypes["Institution"],
> = ResolversObject<{
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["Institution"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  abbreviation?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  leadBuyer?: Resolver<Maybe<ResolversTypes["LeadBuyerDeclaration"]>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  parentMinistry?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  purchaseTarget?: Resolver<
    Maybe<ResolversTypes["PurchaseTarget"]>,
    ParentType,
    ContextType,
    RequireFields<InstitutionPurchaseTargetArgs, "year">
  >;
  purchases?: Resolver<ResolversTypes["PurchaseConnection"], ParentType, ContextType, RequireFields<InstitutionPurchasesArgs, "first">>;
  region?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  totalPurchased?: Resolver<ResolversTypes["Money"], ParentType, ContextType, Partial<InstitutionTotalPurchasedArgs>>;
  type?: Resolver<ResolversTypes["InstitutionType"], ParentType, ContextType>;
}>;

export type InstitutionConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["InstitutionConnection"] = ResolversParentTypes["InstitutionConnection"],
> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes["Institution"]>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes["PageInfo"], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
}>;

export type InstitutionTypeResolvers = EnumResolverSignature<
  { CENTRAL_GOVERNMENT?: any; EDUCATION?: any; LOCAL_GOVERNMENT?: any; OTHER?: any; PUBLIC_INSTITUTION?: any },
  ResolversTypes["InstitutionType"]
>;

export type LeadBuyerDeclarationResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["LeadBuyerDeclaration"] = ResolversParentTypes["LeadBuyerDeclaration"],
> = ResolversObject<{
  declaredOn?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  pledge?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  venue?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
}>;

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes["Money"], any> {
  name: "Money";
}

export type MutationResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["Mutation"] = ResolversParentTypes["Mutation"],
> = ResolversObject<{
  declareLeadBuyer?: Resolver<ResolversTypes["Institution"], ParentType, ContextType, RequireFields<MutationDeclareLeadBuyerArgs, "input">>;
  recordPurchase?: Resolver<ResolversTypes["Purchase"], ParentType, ContextType, RequireFields<MutationRecordPurchaseArgs, "input">>;
  registerInstitution?: Resolver<
    ResolversTypes["Institution"],
    ParentType,
    ContextType,
    RequireFields<MutationRegisterInstitutionArgs, "input">
  >;
  setPurchaseTarget?: Resolver<
    ResolversTypes["PurchaseTarget"],
    ParentType,
    ContextType,
    RequireFields<MutationSetPurchaseTargetArgs, "input">
  >;
}>;

export type PageInfoResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["PageInfo"] = ResolversParentTypes["PageInfo"],
> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
}>;

export type ProcurementSummaryResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["ProcurementSummary"] = ResolversParentTypes["ProcurementSummary"],
  FederationReferenceType extends FederationReferenceTypes["ProcurementSummary"] = FederationReferenceTypes["ProcurementSummary"],
> = ResolversObject<{
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["ProcurementSummary"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  agency?: Resolver<ResolversTypes["Agency"], ParentType, ContextType>;
  procurementGenerated?: Resolver<Maybe<ResolversTypes["Money"]>, ParentType, ContextType>;
  purchaseCount?: Resolver<Maybe<ResolversTypes["Int"]>, ParentType, ContextType>;
  throughYear?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
}>;

export type ProductResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["Product"] = ResolversParentTypes["Product"],
  FederationReferenceType extends FederationReferenceTypes["Product"] = FederationReferenceTypes["Product"],
> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes["Product"]> | FederationReferenceType, FederationReferenceType, ContextType>;
  buyerCount?: Resolver<Maybe<ResolversTypes["Int"]>, ParentType, ContextType>;
  buyers?: Resolver<Maybe<ResolversTypes["InstitutionConnection"]>, ParentType, ContextType, RequireFields<ProductBuyersArgs, "first">>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  purchases?: Resolver<Maybe<ResolversTypes["PurchaseConnection"]>, ParentType, ContextType, RequireFields<ProductPurchasesArgs, "first">>;
  totalProcurement?: Resolver<Maybe<ResolversTypes["Money"]>, ParentType, ContextType>;
}>;

export type PurchaseResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["Purchase"] = ResolversParentTypes["Purchase"],
  FederationReferenceType extends FederationReferenceTypes["Purchase"] = FederationReferenceTypes["Purchase"],
> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes["Purchase"]> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<ResolversTypes["Money"], ParentType, ContextType>;
  contractedOn?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  institution?: Resolver<ResolversTypes["Institution"], ParentType, ContextType>;
  method?: Resolver<ResolversTypes["PurchaseMethod"], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes["Product"]>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
}>;

export type PurchaseConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["PurchaseConnection"] = ResolversParentTypes["PurchaseConnection"],
> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes["Purchase"]>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes["PageInfo"], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
}>;

export type PurchaseMethodResolvers = EnumResolverSignature<
  { COMPETITIVE_BID?: any; NEGOTIATED_CONTRACT?: any; OTHER?: any; PILOT_PURCHASE?: any },
  ResolversTypes["PurchaseMethod"]
>;

export type PurchaseTargetResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["PurchaseTarget"] = ResolversParentTypes["PurchaseTarget"],
> = ResolversObject<{
  achievedAmount?: Resolver<ResolversTypes["Money"], ParentType, ContextType>;
  achievementRate?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  institution?: Resolver<ResolversTypes["Institution"], ParentType, ContextType>;
  targetAmount?: Resolver<ResolversTypes["Money"], ParentType, ContextType>;
  year?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
}>;

export type QueryResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["Query"] = ResolversParentTypes["Query"],
> = ResolversObject<{
  institution?: Resolver<Maybe<ResolversTypes["Institution"]>, ParentType, ContextType, RequireFields<QueryInstitutionArgs, "id">>;
  institutionByAbbreviation?: Resolver<
    Maybe<ResolversTypes["Institution"]>,
    ParentType,
    ContextType,
    RequireFields<QueryInstitutionByAbbreviationArgs, "abbreviation">
  >;
  institutions?: Resolver<
    Maybe<ResolversTypes["InstitutionConnection"]>,
    ParentType,
    ContextType,
    RequireFields<QueryInstitutionsArgs, "first">
  >;
  leadBuyers?: Resolver<
    Maybe<ResolversTypes["InstitutionConnection"]>,
    ParentType,
    ContextType,
    RequireFields<QueryLeadBuyersArgs, "first">
  >;
  purchase?: Resolver<Maybe<ResolversTypes["Purchase"]>, ParentType, ContextType, RequireFields<QueryPurchaseArgs, "id">>;
  purchases?: Resolver<Maybe<ResolversTypes["PurchaseConnection"]>, ParentType, ContextType, RequireFields<QueryPurchasesArgs, "first">>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Agency?: AgencyResolvers;
  AnnualProgramFigures?: AnnualProgramFiguresResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Institution?: InstitutionResolvers<ContextType>;
  InstitutionConnection?: InstitutionConnectionResolvers<ContextType>;
  InstitutionType?: InstitutionTypeResolvers;
  LeadBuyerDeclaration?: LeadBuyerDeclarationResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ProcurementSummary?: ProcurementSummaryResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  Purchase?: PurchaseResolvers<ContextType>;
  PurchaseConnection?: PurchaseConnectionResolvers<ContextType>;
  PurchaseMethod?: PurchaseMethodResolvers;
  PurchaseTarget?: PurchaseTargetResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

// Generated from the SDL by `npm run codegen` (codegen.ts): do not edit.
import type { Agency } from "../../../../lib/domain/enums.js";
import type { ApplicationStage } from "../../../../lib/domain/enums.js";
import type { CompanySize } from "../../../../lib/domain/enums.js";
import type { DesignationStatus } from "../../../../lib/domain/enums.js";
import type { ProcurementBenefit } from "../../../../lib/domain/enums.js";
import type { ProductField } from "../../../../lib/domain/enums.js";
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from "graphql";
import type {
  Product as ProductEntity,
  Company as CompanyEntity,
  DesignationRound as DesignationRoundEntity,
  DesignationApplication as DesignationApplicationEntity,
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
  /** Products the agency designated in the year. */
  designatedProducts: Scalars["Int"]["output"];
  /** Stable, derived from the agency and the year. */
  id: Scalars["ID"]["output"];
  year: Scalars["Int"]["output"];
};

export { ApplicationStage };

/** A small or medium (중소) or mid-sized (중견) company. */
export type Company = {
  __typename?: "Company";
  /** `123-45-67890`, checksum-validated. For program administrators and certification operators only: null, with an error, for anyone else. */
  businessRegistrationNumber?: Maybe<Scalars["String"]["output"]>;
  id: Scalars["ID"]["output"];
  name: Scalars["String"]["output"];
  nameEn: Scalars["String"]["output"];
  products: ProductConnection;
  /** Province or metropolitan city, e.g. 경상남도. */
  region: Scalars["String"]["output"];
  size: CompanySize;
};

/** A small or medium (중소) or mid-sized (중견) company. */
export type CompanyProductsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

export type CompanyConnection = {
  __typename?: "CompanyConnection";
  nodes: Array<Company>;
  pageInfo: PageInfo;
  totalCount: Scalars["Int"]["output"];
};

export type CompanyFilter = {
  region?: InputMaybe<Scalars["String"]["input"]>;
  search?: InputMaybe<Scalars["String"]["input"]>;
  size?: InputMaybe<CompanySize>;
};

export { CompanySize };

export type DesignationApplication = {
  __typename?: "DesignationApplication";
  company: Company;
  field: ProductField;
  id: Scalars["ID"]["output"];
  /** The product this application created, once DESIGNATED. */
  product?: Maybe<Product>;
  productName: Scalars["String"]["output"];
  productNameEn: Scalars["String"]["output"];
  round: DesignationRound;
  /** Null until the technical-innovation evaluation has scored it. */
  scores?: Maybe<EvaluationScores>;
  stage: ApplicationStage;
  submittedOn: Scalars["Date"]["output"];
};

export type DesignationApplicationConnection = {
  __typename?: "DesignationApplicationConnection";
  nodes: Array<DesignationApplication>;
  pageInfo: PageInfo;
  totalCount: Scalars["Int"]["output"];
};

/** What a designation decides; the product's name, field, company and agency come from the application and its round. */
export type DesignationInput = {
  benefits: Array<ProcurementBenefit>;
  description: Scalars["String"]["input"];
  /** Not before the application's submission, not after today. The designation is valid for 3 years from it. */
  designatedOn: Scalars["Date"]["input"];
  /** The G2B (나라장터) item identification number. */
  procurementItemNumber: Scalars["String"]["input"];
  unitPrice: Scalars["Money"]["input"];
};

/** A call for designation applications, e.g. MOTIE's 2025 round (2025-02-27 to 2025-03-26). */
export type DesignationRound = {
  __typename?: "DesignationRound";
  agency: Agency;
  /** The round's applications (unpublished): for program administrators and certification operators; null, with an error, for anyone else. */
  applications?: Maybe<DesignationApplicationConnection>;
  closesOn: Scalars["Date"]["output"];
  id: Scalars["ID"]["output"];
  /** Whether applications are accepted today. */
  isOpen: Scalars["Boolean"]["output"];
  opensOn: Scalars["Date"]["output"];
  title: Scalars["String"]["output"];
  year: Scalars["Int"]["output"];
};

/** A call for designation applications, e.g. MOTIE's 2025 round (2025-02-27 to 2025-03-26). */
export type DesignationRoundApplicationsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  stage?: InputMaybe<ApplicationStage>;
};

export type DesignationRoundConnection = {
  __typename?: "DesignationRoundConnection";
  nodes: Array<DesignationRound>;
  pageInfo: PageInfo;
  totalCount: Scalars["Int"]["output"];
};

export { DesignationStatus };

/** Scores from the technical-innovation evaluation, each out of 100. */
export type EvaluationScores = {
  __typename?: "EvaluationScores";
  innovativeness: Scalars["Float"]["output"];
  marketability: Scalars["Float"]["output"];
  /** The mean of the three. */
  overall: Scalars["Float"]["output"];
  publicValue: Scalars["Float"]["output"];
};

/** The technical-innovation evaluation's scores, each 0 to 100. */
export type EvaluationScoresInput = {
  innovativeness: Scalars["Float"]["input"];
  marketability: Scalars["Float"]["input"];
  publicValue: Scalars["Float"]["input"];
};

export type MoveDesignationApplicationInput = {
  applicationId: Scalars["ID"]["input"];
  /** Required when moving to DESIGNATED, refused otherwise. */
  designation?: InputMaybe<DesignationInput>;
  /**
   * The technical evaluation's result, given when the application leaves TECHNICAL_EVALUATION: required to
   * enter FINAL_DELIBERATION (unless already recorded), optional when rejecting it; refused on any other move.
   */
  scores?: InputMaybe<EvaluationScoresInput>;
  to: ApplicationStage;
};

/**
 * The products subgraph's writes. A refused write answers an error with `extensions.code`
 * (BAD_USER_INPUT, NOT_FOUND, CONFLICT) and `extensions.field` naming the input field at fault.
 */
export type Mutation = {
  __typename?: "Mutation";
  /**
   * Moves an application one stage: SUBMITTED → DOCUMENT_REVIEW → TECHNICAL_EVALUATION → FINAL_DELIBERATION →
   * DESIGNATED, or to REJECTED from any open stage; any other move is a CONFLICT naming the allowed ones.
   * Moving to DESIGNATED creates the product.
   */
  moveDesignationApplication: DesignationApplication;
  /** Opens an agency's designation round (an administrator's task). A duplicate title is a CONFLICT. */
  openDesignationRound: DesignationRound;
  /** Registers a company that may apply for designation. A duplicate business registration number is a CONFLICT. */
  registerCompany: Company;
  /** Revokes a product's designation. An already revoked designation is a CONFLICT. */
  revokeDesignation: Product;
  /** Submits a company's application to a round that is open today; it starts SUBMITTED, dated today. */
  submitDesignationApplication: DesignationApplication;
};

/**
 * The products subgraph's writes. A refused write answers an error with `extensions.code`
 * (BAD_USER_INPUT, NOT_FOUND, CONFLICT) and `extensions.field` naming the input field at fault.
 */
export type MutationMoveDesignationApplicationArgs = {
  input: MoveDesignationApplicationInput;
};

/**
 * The products subgraph's writes. A refused write answers an error with `extensions.code`
 * (BAD_USER_INPUT, NOT_FOUND, CONFLICT) and `extensions.field` naming the input field at fault.
 */
export type MutationOpenDesignationRoundArgs = {
  input: OpenDesignationRoundInput;
};

/**
 * The products subgraph's writes. A refused write answers an error with `extensions.code`
 * (BAD_USER_INPUT, NOT_FOUND, CONFLICT) and `extensions.field` naming the input field at fault.
 */
export type MutationRegisterCompanyArgs = {
  input: RegisterCompanyInput;
};

/**
 * The products subgraph's writes. A refused write answers an error with `extensions.code`
 * (BAD_USER_INPUT, NOT_FOUND, CONFLICT) and `extensions.field` naming the input field at fault.
 */
export type MutationRevokeDesignationArgs = {
  input: RevokeDesignationInput;
};

/**
 * The products subgraph's writes. A refused write answers an error with `extensions.code`
 * (BAD_USER_INPUT, NOT_FOUND, CONFLICT) and `extensions.field` naming the input field at fault.
 */
export type MutationSubmitDesignationApplicationArgs = {
  input: SubmitDesignationApplicationInput;
};

export type OpenDesignationRoundInput = {
  agency: Agency;
  /** On or after `opensOn`; applications are accepted through this day. */
  closesOn: Scalars["Date"]["input"];
  opensOn: Scalars["Date"]["input"];
  /** Unique, e.g. `2025년 산업통상자원부 우수연구개발 혁신제품 지정`. */
  title: Scalars["String"]["input"];
  /** The designation year; designation numbers read `AGENCY-YEAR-0001`. */
  year: Scalars["Int"]["input"];
};

export type PageInfo = {
  __typename?: "PageInfo";
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars["String"]["output"]>;
  hasNextPage: Scalars["Boolean"]["output"];
};

export { ProcurementBenefit };

/** An agency's program figures from 2020 through `throughYear`. */
export type ProcurementSummary = {
  __typename?: "ProcurementSummary";
  agency: Agency;
  /** The same figures year by year. */
  byYear: Array<AnnualProgramFigures>;
  /** Products the agency designated from 2020 through `throughYear`. */
  designatedProducts: Scalars["Int"]["output"];
  /** Stable, derived from the agency and `throughYear` (a client's cache keeps one copy of each summary). */
  id: Scalars["ID"]["output"];
  throughYear: Scalars["Int"]["output"];
};

/** An innovative product designated by a ministry. */
export type Product = {
  __typename?: "Product";
  benefits: Array<ProcurementBenefit>;
  company: Company;
  description: Scalars["String"]["output"];
  designatedOn: Scalars["Date"]["output"];
  designatingAgency: Agency;
  /** Unique, e.g. `MOTIE-2024-0123`. */
  designationNumber: Scalars["String"]["output"];
  field: ProductField;
  id: Scalars["ID"]["output"];
  /** Whether the designation is in force (designated, not revoked, not expired) on the given date. */
  isDesignatedOn: Scalars["Boolean"]["output"];
  /** Korean name, as designated. */
  name: Scalars["String"]["output"];
  /** English rendering of the name. */
  nameEn: Scalars["String"]["output"];
  /** The G2B (나라장터) item identification number. */
  procurementItemNumber: Scalars["String"]["output"];
  /** Why the designation was revoked, when the revocation recorded a reason. */
  revocationReason?: Maybe<Scalars["String"]["output"]>;
  revokedOn?: Maybe<Scalars["Date"]["output"]>;
  status: DesignationStatus;
  unitPrice: Scalars["Money"]["output"];
  /** designatedOn + 3 years: the last day a negotiated contract may be signed. */
  validUntil: Scalars["Date"]["output"];
};

/** An innovative product designated by a ministry. */
export type ProductIsDesignatedOnArgs = {
  date: Scalars["Date"]["input"];
};

export type ProductConnection = {
  __typename?: "ProductConnection";
  nodes: Array<Product>;
  pageInfo: PageInfo;
  totalCount: Scalars["Int"]["output"];
};

export { ProductField };

export type ProductFilter = {
  companyId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Designated in this year. */
  designatedYear?: InputMaybe<Scalars["Int"]["input"]>;
  designatingAgency?: InputMaybe<Agency>;
  field?: InputMaybe<ProductField>;
  /** Case-insensitive match in the Korean or English name. */
  search?: InputMaybe<Scalars["String"]["input"]>;
  status?: InputMaybe<DesignationStatus>;
};

export type Query = {
  __typename?: "Query";
  /** Companies by name. */
  companies?: Maybe<CompanyConnection>;
  company?: Maybe<Company>;
  /** An application, published or not: for program administrators and certification operators. */
  designationApplication?: Maybe<DesignationApplication>;
  designationRound?: Maybe<DesignationRound>;
  /** Designation rounds, newest first. */
  designationRounds?: Maybe<DesignationRoundConnection>;
  /**
   * The program's figures for one designating agency from the program's start (2020) through a year:
   * products designated and, from the institutions subgraph, the procurement they generated.
   */
  procurementSummary?: Maybe<ProcurementSummary>;
  /** A designated product by its id. */
  product?: Maybe<Product>;
  /** A designated product by its designation number, e.g. `MOTIE-2024-0123`. */
  productByDesignationNumber?: Maybe<Product>;
  /** Designated products, newest designation first. */
  products?: Maybe<ProductConnection>;
};

export type QueryCompaniesArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<CompanyFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

export type QueryCompanyArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryDesignationApplicationArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryDesignationRoundArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryDesignationRoundsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  agency?: InputMaybe<Agency>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  year?: InputMaybe<Scalars["Int"]["input"]>;
};

export type QueryProcurementSummaryArgs = {
  agency: Agency;
  throughYear: Scalars["Int"]["input"];
};

export type QueryProductArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryProductByDesignationNumberArgs = {
  designationNumber: Scalars["String"]["input"];
};

export type QueryProductsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

export type RegisterCompanyInput = {
  /** `123-45-67890`; the last digit must be the National Tax Service checksum of the other nine. */
  businessRegistrationNumber: Scalars["String"]["input"];
  name: Scalars["String"]["input"];
  nameEn: Scalars["String"]["input"];
  region: Scalars["String"]["input"];
  size: CompanySize;
};

export type RevokeDesignationInput = {
  productId: Scalars["ID"]["input"];
  reason: Scalars["String"]["input"];
  /** Not before the designation, not after today. */
  revokedOn: Scalars["Date"]["input"];
};

export type SubmitDesignationApplicationInput = {
  companyId: Scalars["ID"]["input"];
  field: ProductField;
  /** A retry with the same key returns the first application and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars["String"]["input"]>;
  productName: Scalars["String"]["input"];
  productNameEn: Scalars["String"]["input"];
  roundId: Scalars["ID"]["input"];
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
  Company: Company;
  DesignationApplication: DesignationApplication;
  DesignationRound: DesignationRound;
  ProcurementSummary: ProcurementSummary;
  Product: Product;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  AnnualProgramFigures: { __typename: "AnnualProgramFigures" } & GraphQLRecursivePick<
    FederationTypes["AnnualProgramFigures"],
    { agency: true; year: true }
  >;
  Company: { __typename: "Company" } & GraphQLRecursivePick<FederationTypes["Company"], { id: true }>;
  DesignationApplication: { __typename: "DesignationApplication" } & GraphQLRecursivePick<
    FederationTypes["DesignationApplication"],
    { id: true }
  >;
  DesignationRound: { __typename: "DesignationRound" } & GraphQLRecursivePick<FederationTypes["DesignationRound"], { id: true }>;
  ProcurementSummary: { __typename: "ProcurementSummary" } & GraphQLRecursivePick<
    FederationTypes["ProcurementSummary"],
    { agency: true; throughYear: true }
  >;
  Product: { __typename: "Product" } & GraphQLRecursivePick<FederationTypes["Product"], { id: true }>;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Agency: Agency;
  AnnualProgramFigures: ResolverTypeWrapper<{ agency: Agency; year: number }>;
  Int: ResolverTypeWrapper<Scalars["Int"]["output"]>;
  ID: ResolverTypeWrapper<Scalars["ID"]["output"]>;
  ApplicationStage: ApplicationStage;
  Company: ResolverTypeWrapper<CompanyEntity>;
  String: ResolverTypeWrapper<Scalars["String"]["output"]>;
  CompanyConnection: ResolverTypeWrapper<Connection<CompanyEntity>>;
  CompanyFilter: CompanyFilter;
  CompanySize: CompanySize;
  Date: ResolverTypeWrapper<Scalars["Date"]["output"]>;
  DesignationApplication: ResolverTypeWrapper<DesignationApplicationEntity>;
  DesignationApplicationConnection: ResolverTypeWrapper<Connection<DesignationApplicationEntity>>;
  DesignationInput: DesignationInput;
  DesignationRound: ResolverTypeWrapper<DesignationRoundEntity>;
  Boolean: ResolverTypeWrapper<Scalars["Boolean"]["output"]>;
  DesignationRoundConnection: ResolverTypeWrapper<Connection<DesignationRoundEntity>>;
  DesignationStatus: DesignationStatus;
  EvaluationScores: ResolverTypeWrapper<EvaluationScores>;
  Float: ResolverTypeWrapper<Scalars["Float"]["output"]>;
  EvaluationScoresInput: EvaluationScoresInput;
  Money: ResolverTypeWrapper<Scalars["Money"]["output"]>;
  MoveDesignationApplicationInput: MoveDesignationApplicationInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenDesignationRoundInput: OpenDesignationRoundInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ProcurementBenefit: ProcurementBenefit;
  ProcurementSummary: ResolverTypeWrapper<{ agency: Agency; throughYear: number }>;
  Product: ResolverTypeWrapper<ProductEntity>;
  ProductConnection: ResolverTypeWrapper<Connection<ProductEntity>>;
  ProductField: ProductField;
  ProductFilter: ProductFilter;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterCompanyInput: RegisterCompanyInput;
  RevokeDesignationInput: RevokeDesignationInput;
  SubmitDesignationApplicationInput: SubmitDesignationApplicationInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AnnualProgramFigures: { agency: Agency; year: number };
  Int: Scalars["Int"]["output"];
  ID: Scalars["ID"]["output"];
  Company: CompanyEntity;
  String: Scalars["String"]["output"];
  CompanyConnection: Connection<CompanyEntity>;
  CompanyFilter: CompanyFilter;
  Date: Scalars["Date"]["output"];
  DesignationApplication: DesignationApplicationEntity;
  DesignationApplicationConnection: Connection<DesignationApplicationEntity>;
  DesignationInput: DesignationInput;
  DesignationRound: DesignationRoundEntity;
  Boolean: Scalars["Boolean"]["output"];
  DesignationRoundConnection: Connection<DesignationRoundEntity>;
  EvaluationScores: EvaluationScores;
  Float: Scalars["Float"]["output"];
  EvaluationScoresInput: EvaluationScoresInput;
  Money: Scalars["Money"]["output"];
  MoveDesignationApplicationInput: MoveDesignationApplicationInput;
  Mutation: Record<PropertyKey, never>;
  OpenDesignationRoundInput: OpenDesignationRoundInput;
  PageInfo: PageInfo;
  ProcurementSummary: { agency: Agency; throughYear: number };
  Product: ProductEntity;
  ProductConnection: Connection<ProductEntity>;
  ProductFilter: ProductFilter;
  Query: Record<PropertyKey, never>;
  RegisterCompanyInput: RegisterCompanyInput;
  RevokeDesignationInput: RevokeDesignationInput;
  SubmitDesignationApplicationInput: SubmitDesignationApplicationInput;
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
  designatedProducts?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  year?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
}>;

export type ApplicationStageResolvers = EnumResolverSignature<
  { DESIGNATED?: any; DOCUMENT_REVIEW?: any; FINAL_DELIBERATION?: any; REJECTED?: any; SUBMITTED?: any; TECHNICAL_EVALUATION?: any },
  ResolversTypes["ApplicationStage"]
>;

export type CompanyResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["Company"] = ResolversParentTypes["Company"],
  FederationReferenceType extends FederationReferenceTypes["Company"] = FederationReferenceTypes["Company"],
> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes["Company"]> | FederationReferenceType, FederationReferenceType, ContextType>;
  businessRegistrationNumber?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  name?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  products?: Resolver<ResolversTypes["ProductConnection"], ParentType, ContextType, RequireFields<CompanyProductsArgs, "first">>;
  region?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  size?: Resolver<ResolversTypes["CompanySize"], ParentType, ContextType>;
}>;

export type CompanyConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["CompanyConnection"] = ResolversParentTypes["CompanyConnection"],
> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes["Company"]>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes["PageInfo"], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
}>;

export type CompanySizeResolvers = EnumResolverSignature<{ MEDIUM?: any; MID_SIZED?: any; SMALL?: any }, ResolversTypes["CompanySize"]>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes["Date"], any> {
  name: "Date";
}

export type DesignationApplicationResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["DesignationApplication"] = ResolversParentTypes["DesignationApplication"],
  FederationReferenceType extends FederationReferenceTypes["DesignationApplication"] = FederationReferenceTypes["DesignationApplication"],
> = ResolversObject<{
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["DesignationApplication"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  company?: Resolver<ResolversTypes["Company"], ParentType, ContextType>;
  field?: Resolver<ResolversTypes["ProductField"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes["Product"]>, ParentType, ContextType>;
  productName?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  productNameEn?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  round?: Resolver<ResolversTypes["DesignationRound"], ParentType, ContextType>;
  scores?: Resolver<Maybe<ResolversTypes["EvaluationScores"]>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes["ApplicationStage"], ParentType, ContextType>;
  submittedOn?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
}>;

export type DesignationApplicationConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["DesignationApplicationConnection"] = ResolversParentTypes["DesignationApplicationConnection"],
> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes["DesignationApplication"]>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes["PageInfo"], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
}>;

export type DesignationRoundResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["DesignationRound"] = ResolversParentTypes["DesignationRound"],
  FederationReferenceType extends FederationReferenceTypes["DesignationRound"] = FederationReferenceTypes["DesignationRound"],
> = ResolversObject<{
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["DesignationRound"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  agency?: Resolver<ResolversTypes["Agency"], ParentType, ContextType>;
  applications?: Resolver<
    Maybe<ResolversTypes["DesignationApplicationConnection"]>,
    ParentType,
    ContextType,
    RequireFields<DesignationRoundApplicationsArgs, "first">
  >;
  closesOn?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  isOpen?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  opensOn?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  title?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  year?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
}>;

export type DesignationRoundConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["DesignationRoundConnection"] = ResolversParentTypes["DesignationRoundConnection"],
> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes["DesignationRound"]>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes["PageInfo"], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
}>;

export type DesignationStatusResolvers = EnumResolverSignature<
  { DESIGNATED?: any; EXPIRED?: any; REVOKED?: any },
  ResolversTypes["DesignationStatus"]
>;

export type EvaluationScoresResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["EvaluationScores"] = ResolversParentTypes["EvaluationScores"],
> = ResolversObject<{
  innovativeness?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  marketability?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  overall?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  publicValue?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
}>;

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes["Money"], any> {
  name: "Money";
}

export type MutationResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["Mutation"] = ResolversParentTypes["Mutation"],
> = ResolversObject<{
  moveDesignationApplication?: Resolver<
    ResolversTypes["DesignationApplication"],
    ParentType,
    ContextType,
    RequireFields<MutationMoveDesignationApplicationArgs, "input">
  >;
  openDesignationRound?: Resolver<
    ResolversTypes["DesignationRound"],
    ParentType,
    ContextType,
    RequireFields<MutationOpenDesignationRoundArgs, "input">
  >;
  registerCompany?: Resolver<ResolversTypes["Company"], ParentType, ContextType, RequireFields<MutationRegisterCompanyArgs, "input">>;
  revokeDesignation?: Resolver<ResolversTypes["Product"], ParentType, ContextType, RequireFields<MutationRevokeDesignationArgs, "input">>;
  submitDesignationApplication?: Resolver<
    ResolversTypes["DesignationApplication"],
    ParentType,
    ContextType,
    RequireFields<MutationSubmitDesignationApplicationArgs, "input">
  >;
}>;

export type PageInfoResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["PageInfo"] = ResolversParentTypes["PageInfo"],
> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
}>;

export type ProcurementBenefitResolvers = EnumResolverSignature<
  { LIABILITY_EXEMPTION?: any; NEGOTIATED_CONTRACT?: any; PILOT_PURCHASE?: any; PURCHASE_TARGET?: any },
  ResolversTypes["ProcurementBenefit"]
>;

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
  byYear?: Resolver<Array<ResolversTypes["AnnualProgramFigures"]>, ParentType, ContextType>;
  designatedProducts?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  throughYear?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
}>;

export type ProductResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["Product"] = ResolversParentTypes["Product"],
  FederationReferenceType extends FederationReferenceTypes["Product"] = FederationReferenceTypes["Product"],
> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes["Product"]> | FederationReferenceType, FederationReferenceType, ContextType>;
  benefits?: Resolver<Array<ResolversTypes["ProcurementBenefit"]>, ParentType, ContextType>;
  company?: Resolver<ResolversTypes["Company"], ParentType, ContextType>;
  description?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  designatedOn?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  designatingAgency?: Resolver<ResolversTypes["Agency"], ParentType, ContextType>;
  designationNumber?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  field?: Resolver<ResolversTypes["ProductField"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  isDesignatedOn?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType, RequireFields<ProductIsDesignatedOnArgs, "date">>;
  name?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  procurementItemNumber?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  revocationReason?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  revokedOn?: Resolver<Maybe<ResolversTypes["Date"]>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes["DesignationStatus"], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes["Money"], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
}>;

export type ProductConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["ProductConnection"] = ResolversParentTypes["ProductConnection"],
> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes["Product"]>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes["PageInfo"], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
}>;

export type ProductFieldResolvers = EnumResolverSignature<
  {
    BIO?: any;
    CHEMICAL?: any;
    ELECTRICAL?: any;
    ELECTRONIC?: any;
    ENERGY?: any;
    ICT?: any;
    MATERIALS?: any;
    MECHANICAL?: any;
    OTHER?: any;
  },
  ResolversTypes["ProductField"]
>;

export type QueryResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["Query"] = ResolversParentTypes["Query"],
> = ResolversObject<{
  companies?: Resolver<Maybe<ResolversTypes["CompanyConnection"]>, ParentType, ContextType, RequireFields<QueryCompaniesArgs, "first">>;
  company?: Resolver<Maybe<ResolversTypes["Company"]>, ParentType, ContextType, RequireFields<QueryCompanyArgs, "id">>;
  designationApplication?: Resolver<
    Maybe<ResolversTypes["DesignationApplication"]>,
    ParentType,
    ContextType,
    RequireFields<QueryDesignationApplicationArgs, "id">
  >;
  designationRound?: Resolver<
    Maybe<ResolversTypes["DesignationRound"]>,
    ParentType,
    ContextType,
    RequireFields<QueryDesignationRoundArgs, "id">
  >;
  designationRounds?: Resolver<
    Maybe<ResolversTypes["DesignationRoundConnection"]>,
    ParentType,
    ContextType,
    RequireFields<QueryDesignationRoundsArgs, "first">
  >;
  procurementSummary?: Resolver<
    Maybe<ResolversTypes["ProcurementSummary"]>,
    ParentType,
    ContextType,
    RequireFields<QueryProcurementSummaryArgs, "agency" | "throughYear">
  >;
  product?: Resolver<Maybe<ResolversTypes["Product"]>, ParentType, ContextType, RequireFields<QueryProductArgs, "id">>;
  productByDesignationNumber?: Resolver<
    Maybe<ResolversTypes["Product"]>,
    ParentType,
    ContextType,
    RequireFields<QueryProductByDesignationNumberArgs, "designationNumber">
  >;
  products?: Resolver<Maybe<ResolversTypes["ProductConnection"]>, ParentType, ContextType, RequireFields<QueryProductsArgs, "first">>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Agency?: AgencyResolvers;
  AnnualProgramFigures?: AnnualProgramFiguresResolvers<ContextType>;
  ApplicationStage?: ApplicationStageResolvers;
  Company?: CompanyResolvers<ContextType>;
  CompanyConnection?: CompanyConnectionResolvers<ContextType>;
  CompanySize?: CompanySizeResolvers;
  Date?: GraphQLScalarType;
  DesignationApplication?: DesignationApplicationResolvers<ContextType>;
  DesignationApplicationConnection?: DesignationApplicationConnectionResolvers<ContextType>;
  DesignationRound?: DesignationRoundResolvers<ContextType>;
  DesignationRoundConnection?: DesignationRoundConnectionResolvers<ContextType>;
  DesignationStatus?: DesignationStatusResolvers;
  EvaluationScores?: EvaluationScoresResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ProcurementBenefit?: ProcurementBenefitResolvers;
  ProcurementSummary?: ProcurementSummaryResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductField?: ProductFieldResolvers;
  Query?: QueryResolvers<ContextType>;
}>;

// Generated from the SDL by `npm run codegen` (codegen.ts): do not edit.
import type { CertificationScheme } from "../../../../lib/domain/enums.js";
import type { CertificationScope } from "../../../../lib/domain/enums.js";
import type { Market } from "../../../../lib/domain/enums.js";
import type { SupportApplicationStatus } from "../../../../lib/domain/enums.js";
import type { SupportDecision } from "../../../../lib/domain/enums.js";
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from "graphql";
import type {
  CertificationProgram as CertificationProgramEntity,
  SupportApplication as SupportApplicationEntity,
  Certificate as CertificateEntity,
} from "../entities/index.js";
import type { Connection } from "../../../../lib/data/pagination.js";
import type { Context } from "../context.js";
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
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

export type AdvanceCertificationSupportInput = {
  applicationId: Scalars["ID"]["input"];
};

export type ApplyForCertificationSupportInput = {
  /** A retry with the same key returns the first application and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars["String"]["input"]>;
  productId: Scalars["ID"]["input"];
  programId: Scalars["ID"]["input"];
  requestedAmount: Scalars["Money"]["input"];
  scheme: CertificationScheme;
};

export type Certificate = {
  __typename?: "Certificate";
  expiresOn?: Maybe<Scalars["Date"]["output"]>;
  id: Scalars["ID"]["output"];
  issuedOn: Scalars["Date"]["output"];
  /** The body that issued it, e.g. KTL. */
  issuer: Scalars["String"]["output"];
  market: Market;
  /** The number printed on the certificate. */
  number: Scalars["String"]["output"];
  product?: Maybe<Product>;
  scheme: CertificationScheme;
};

export type CertificateConnection = {
  __typename?: "CertificateConnection";
  nodes: Array<Certificate>;
  pageInfo: PageInfo;
  totalCount: Scalars["Int"]["output"];
};

export type CertificateFilter = {
  market?: InputMaybe<Market>;
  productId?: InputMaybe<Scalars["ID"]["input"]>;
  scheme?: InputMaybe<CertificationScheme>;
};

/** A package that pays for designated products' certification, e.g. KTL's certification acquisition package. */
export type CertificationProgram = {
  __typename?: "CertificationProgram";
  applicationClosesOn: Scalars["Date"]["output"];
  applicationOpensOn: Scalars["Date"]["output"];
  /** Applications to the program, newest first. */
  applications: SupportApplicationConnection;
  budget: Scalars["Money"]["output"];
  /** Support granted to approved applications so far. */
  committedAmount: Scalars["Money"]["output"];
  id: Scalars["ID"]["output"];
  /** Whether applications are accepted today. */
  isOpen: Scalars["Boolean"]["output"];
  name: Scalars["String"]["output"];
  nameEn: Scalars["String"]["output"];
  /** The institution that runs it (e.g. KTL). */
  operator?: Maybe<Institution>;
  /** The most one product can receive from the program. */
  perProductCeiling: Scalars["Money"]["output"];
  /** budget - committedAmount. */
  remainingBudget: Scalars["Money"]["output"];
  schemes: Array<CertificationScheme>;
  scope: Array<CertificationScope>;
  year: Scalars["Int"]["output"];
};

/** A package that pays for designated products' certification, e.g. KTL's certification acquisition package. */
export type CertificationProgramApplicationsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  status?: InputMaybe<SupportApplicationStatus>;
};

export type CertificationProgramConnection = {
  __typename?: "CertificationProgramConnection";
  nodes: Array<CertificationProgram>;
  pageInfo: PageInfo;
  totalCount: Scalars["Int"]["output"];
};

export type CertificationProgramFilter = {
  operatorId?: InputMaybe<Scalars["ID"]["input"]>;
  scheme?: InputMaybe<CertificationScheme>;
  scope?: InputMaybe<CertificationScope>;
  year?: InputMaybe<Scalars["Int"]["input"]>;
};

export { CertificationScheme };

export { CertificationScope };

export type DecideCertificationSupportInput = {
  applicationId: Scalars["ID"]["input"];
  decision: SupportDecision;
  /** Required to APPROVE: more than 0, at most the per-product ceiling and the remaining budget. */
  supportAmount?: InputMaybe<Scalars["Money"]["input"]>;
};

export type Institution = {
  __typename?: "Institution";
  id: Scalars["ID"]["output"];
  /** Certification support programs the institution operates, newest first. */
  operatedCertificationPrograms?: Maybe<Array<CertificationProgram>>;
};

export { Market };

export type Mutation = {
  __typename?: "Mutation";
  /** Moves an application one step on: APPROVED → TESTING (testing began) → CERTIFIED (certificate obtained). */
  advanceCertificationSupport: SupportApplication;
  /**
   * A designated product applies for support with one scheme, while the program's window is open
   * (status APPLIED, appliedOn today). Retriable with an idempotency key.
   */
  applyForCertificationSupport: SupportApplication;
  /** Approves (granting support within the per-product ceiling and the remaining budget) or rejects an APPLIED application. */
  decideCertificationSupport: SupportApplication;
  /** Opens a certification support program run by an institution (e.g. KTL). The operator must exist. */
  openCertificationProgram: CertificationProgram;
  /** Records a certificate a product obtained. Certificate numbers are unique. */
  recordCertificate: Certificate;
  /** Withdraws an APPLIED, APPROVED or TESTING application; approved support returns to the program's budget. */
  withdrawCertificationSupport: SupportApplication;
};

export type MutationAdvanceCertificationSupportArgs = {
  input: AdvanceCertificationSupportInput;
};

export type MutationApplyForCertificationSupportArgs = {
  input: ApplyForCertificationSupportInput;
};

export type MutationDecideCertificationSupportArgs = {
  input: DecideCertificationSupportInput;
};

export type MutationOpenCertificationProgramArgs = {
  input: OpenCertificationProgramInput;
};

export type MutationRecordCertificateArgs = {
  input: RecordCertificateInput;
};

export type MutationWithdrawCertificationSupportArgs = {
  input: WithdrawCertificationSupportInput;
};

export type OpenCertificationProgramInput = {
  applicationClosesOn: Scalars["Date"]["input"];
  applicationOpensOn: Scalars["Date"]["input"];
  budget: Scalars["Money"]["input"];
  name: Scalars["String"]["input"];
  nameEn: Scalars["String"]["input"];
  /** The institution that runs the program (e.g. KTL). */
  operatorId: Scalars["ID"]["input"];
  perProductCeiling: Scalars["Money"]["input"];
  schemes: Array<CertificationScheme>;
  /** DOMESTIC covers KC and KS; INTERNATIONAL covers the other schemes. */
  scope: Array<CertificationScope>;
  year: Scalars["Int"]["input"];
};

export type PageInfo = {
  __typename?: "PageInfo";
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars["String"]["output"]>;
  hasNextPage: Scalars["Boolean"]["output"];
};

export type Product = {
  __typename?: "Product";
  /** The product's certificates, newest first. */
  certificates?: Maybe<Array<Certificate>>;
  id: Scalars["ID"]["output"];
  /** The product's applications for certification support, newest first. */
  supportApplications?: Maybe<Array<SupportApplication>>;
};

export type Query = {
  __typename?: "Query";
  certificate?: Maybe<Certificate>;
  /** Certificates, newest issue first. */
  certificates?: Maybe<CertificateConnection>;
  certificationProgram?: Maybe<CertificationProgram>;
  /** Certification support programs, newest year first. */
  certificationPrograms?: Maybe<CertificationProgramConnection>;
  supportApplication?: Maybe<SupportApplication>;
};

export type QueryCertificateArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryCertificatesArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<CertificateFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

export type QueryCertificationProgramArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryCertificationProgramsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<CertificationProgramFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

export type QuerySupportApplicationArgs = {
  id: Scalars["ID"]["input"];
};

export type RecordCertificateInput = {
  expiresOn?: InputMaybe<Scalars["Date"]["input"]>;
  issuedOn: Scalars["Date"]["input"];
  issuer: Scalars["String"]["input"];
  /** Must be the scheme's market: KC and KS → KR, CE → EU, UL and FCC → US, CB → INTERNATIONAL, CCC → CN, PSE → JP. */
  market: Market;
  /** The number printed on the certificate; unique. */
  number: Scalars["String"]["input"];
  productId: Scalars["ID"]["input"];
  scheme: CertificationScheme;
};

/** A designated product's application for certification support. */
export type SupportApplication = {
  __typename?: "SupportApplication";
  appliedOn: Scalars["Date"]["output"];
  decidedOn?: Maybe<Scalars["Date"]["output"]>;
  id: Scalars["ID"]["output"];
  product?: Maybe<Product>;
  program: CertificationProgram;
  requestedAmount: Scalars["Money"]["output"];
  scheme: CertificationScheme;
  status: SupportApplicationStatus;
  /** The support granted on approval; null before. */
  supportAmount?: Maybe<Scalars["Money"]["output"]>;
};

export type SupportApplicationConnection = {
  __typename?: "SupportApplicationConnection";
  nodes: Array<SupportApplication>;
  pageInfo: PageInfo;
  totalCount: Scalars["Int"]["output"];
};

export { SupportApplicationStatus };

export { SupportDecision };

export type WithdrawCertificationSupportInput = {
  applicationId: Scalars["ID"]["input"];
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
  Certificate: Certificate;
  CertificationProgram: CertificationProgram;
  Institution: Institution;
  Product: Product;
  SupportApplication: SupportApplication;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Certificate: { __typename: "Certificate" } & GraphQLRecursivePick<FederationTypes["Certificate"], { id: true }>;
  CertificationProgram: { __typename: "CertificationProgram" } & GraphQLRecursivePick<
    FederationTypes["CertificationProgram"],
    { id: true }
  >;
  Institution: { __typename: "Institution" } & GraphQLRecursivePick<FederationTypes["Institution"], { id: true }>;
  Product: { __typename: "Product" } & GraphQLRecursivePick<FederationTypes["Product"], { id: true }>;
  SupportApplication: { __typename: "SupportApplication" } & GraphQLRecursivePick<FederationTypes["SupportApplication"], { id: true }>;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AdvanceCertificationSupportInput: AdvanceCertificationSupportInput;
  ID: ResolverTypeWrapper<Scalars["ID"]["output"]>;
  ApplyForCertificationSupportInput: ApplyForCertificationSupportInput;
  String: ResolverTypeWrapper<Scalars["String"]["output"]>;
  Certificate: ResolverTypeWrapper<CertificateEntity>;
  CertificateConnection: ResolverTypeWrapper<Connection<CertificateEntity>>;
  Int: ResolverTypeWrapper<Scalars["Int"]["output"]>;
  CertificateFilter: CertificateFilter;
  CertificationProgram: ResolverTypeWrapper<CertificationProgramEntity>;
  Boolean: ResolverTypeWrapper<Scalars["Boolean"]["output"]>;
  CertificationProgramConnection: ResolverTypeWrapper<Connection<CertificationProgramEntity>>;
  CertificationProgramFilter: CertificationProgramFilter;
  CertificationScheme: CertificationScheme;
  CertificationScope: CertificationScope;
  Date: ResolverTypeWrapper<Scalars["Date"]["output"]>;
  DecideCertificationSupportInput: DecideCertificationSupportInput;
  Institution: ResolverTypeWrapper<{ id: string }>;
  Market: Market;
  Money: ResolverTypeWrapper<Scalars["Money"]["output"]>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenCertificationProgramInput: OpenCertificationProgramInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Product: ResolverTypeWrapper<{ id: string }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordCertificateInput: RecordCertificateInput;
  SupportApplication: ResolverTypeWrapper<SupportApplicationEntity>;
  SupportApplicationConnection: ResolverTypeWrapper<Connection<SupportApplicationEntity>>;
  SupportApplicationStatus: SupportApplicationStatus;
  SupportDecision: SupportDecision;
  WithdrawCertificationSupportInput: WithdrawCertificationSupportInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AdvanceCertificationSupportInput: AdvanceCertificationSupportInput;
  ID: Scalars["ID"]["output"];
  ApplyForCertificationSupportInput: ApplyForCertificationSupportInput;
  String: Scalars["String"]["output"];
  Certificate: CertificateEntity;
  CertificateConnection: Connection<CertificateEntity>;
  Int: Scalars["Int"]["output"];
  CertificateFilter: CertificateFilter;
  CertificationProgram: CertificationProgramEntity;
  Boolean: Scalars["Boolean"]["output"];
  CertificationProgramConnection: Connection<CertificationProgramEntity>;
  CertificationProgramFilter: CertificationProgramFilter;
  Date: Scalars["Date"]["output"];
  DecideCertificationSupportInput: DecideCertificationSupportInput;
  Institution: { id: string };
  Money: Scalars["Money"]["output"];
  Mutation: Record<PropertyKey, never>;
  OpenCertificationProgramInput: OpenCertificationProgramInput;
  PageInfo: PageInfo;
  Product: { id: string };
  Query: Record<PropertyKey, never>;
  RecordCertificateInput: RecordCertificateInput;
  SupportApplication: SupportApplicationEntity;
  SupportApplicationConnection: Connection<SupportApplicationEntity>;
  WithdrawCertificationSupportInput: WithdrawCertificationSupportInput;
}>;

export type CertificateResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["Certificate"] = ResolversParentTypes["Certificate"],
  FederationReferenceType extends FederationReferenceTypes["Certificate"] = FederationReferenceTypes["Certificate"],
> = ResolversObject<{
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["Certificate"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  expiresOn?: Resolver<Maybe<ResolversTypes["Date"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  market?: Resolver<ResolversTypes["Market"], ParentType, ContextType>;
  number?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes["Product"]>, ParentType, ContextType>;
  scheme?: Resolver<ResolversTypes["CertificationScheme"], ParentType, ContextType>;
}>;

export type CertificateConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["CertificateConnection"] = ResolversParentTypes["CertificateConnection"],
> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes["Certificate"]>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes["PageInfo"], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
}>;

export type CertificationProgramResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["CertificationProgram"] = ResolversParentTypes["CertificationProgram"],
  FederationReferenceType extends FederationReferenceTypes["CertificationProgram"] = FederationReferenceTypes["CertificationProgram"],
> = ResolversObject<{
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["CertificationProgram"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  applicationClosesOn?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  applicationOpensOn?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  applications?: Resolver<
    ResolversTypes["SupportApplicationConnection"],
    ParentType,
    ContextType,
    RequireFields<CertificationProgramApplicationsArgs, "first">
  >;
  budget?: Resolver<ResolversTypes["Money"], ParentType, ContextType>;
  committedAmount?: Resolver<ResolversTypes["Money"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  isOpen?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  name?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  operator?: Resolver<Maybe<ResolversTypes["Institution"]>, ParentType, ContextType>;
  perProductCeiling?: Resolver<ResolversTypes["Money"], ParentType, ContextType>;
  remainingBudget?: Resolver<ResolversTypes["Money"], ParentType, ContextType>;
  schemes?: Resolver<Array<ResolversTypes["CertificationScheme"]>, ParentType, ContextType>;
  scope?: Resolver<Array<ResolversTypes["CertificationScope"]>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
}>;

export type CertificationProgramConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["CertificationProgramConnection"] = ResolversParentTypes["CertificationProgramConnection"],
> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes["CertificationProgram"]>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes["PageInfo"], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
}>;

export type CertificationSchemeResolvers = EnumResolverSignature<
  { CB?: any; CCC?: any; CE?: any; FCC?: any; KC?: any; KS?: any; PSE?: any; UL?: any },
  ResolversTypes["CertificationScheme"]
>;

export type CertificationScopeResolvers = EnumResolverSignature<
  { DOMESTIC?: any; INTERNATIONAL?: any },
  ResolversTypes["CertificationScope"]
>;

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
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  operatedCertificationPrograms?: Resolver<Maybe<Array<ResolversTypes["CertificationProgram"]>>, ParentType, ContextType>;
}>;

export type MarketResolvers = EnumResolverSignature<
  { CN?: any; EU?: any; INTERNATIONAL?: any; JP?: any; KR?: any; US?: any },
  ResolversTypes["Market"]
>;

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes["Money"], any> {
  name: "Money";
}

export type MutationResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["Mutation"] = ResolversParentTypes["Mutation"],
> = ResolversObject<{
  advanceCertificationSupport?: Resolver<
    ResolversTypes["SupportApplication"],
    ParentType,
    ContextType,
    RequireFields<MutationAdvanceCertificationSupportArgs, "input">
  >;
  applyForCertificationSupport?: Resolver<
    ResolversTypes["SupportApplication"],
    ParentType,
    ContextType,
    RequireFields<MutationApplyForCertificationSupportArgs, "input">
  >;
  decideCertificationSupport?: Resolver<
    ResolversTypes["SupportApplication"],
    ParentType,
    ContextType,
    RequireFields<MutationDecideCertificationSupportArgs, "input">
  >;
  openCertificationProgram?: Resolver<
    ResolversTypes["CertificationProgram"],
    ParentType,
    ContextType,
    RequireFields<MutationOpenCertificationProgramArgs, "input">
  >;
  recordCertificate?: Resolver<
    ResolversTypes["Certificate"],
    ParentType,
    ContextType,
    RequireFields<MutationRecordCertificateArgs, "input">
  >;
  withdrawCertificationSupport?: Resolver<
    ResolversTypes["SupportApplication"],
    ParentType,
    ContextType,
    RequireFields<MutationWithdrawCertificationSupportArgs, "input">
  >;
}>;

export type PageInfoResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["PageInfo"] = ResolversParentTypes["PageInfo"],
> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
}>;

export type ProductResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["Product"] = ResolversParentTypes["Product"],
  FederationReferenceType extends FederationReferenceTypes["Product"] = FederationReferenceTypes["Product"],
> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes["Product"]> | FederationReferenceType, FederationReferenceType, ContextType>;
  certificates?: Resolver<Maybe<Array<ResolversTypes["Certificate"]>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  supportApplications?: Resolver<Maybe<Array<ResolversTypes["SupportApplication"]>>, ParentType, ContextType>;
}>;

export type QueryResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["Query"] = ResolversParentTypes["Query"],
> = ResolversObject<{
  certificate?: Resolver<Maybe<ResolversTypes["Certificate"]>, ParentType, ContextType, RequireFields<QueryCertificateArgs, "id">>;
  certificates?: Resolver<
    Maybe<ResolversTypes["CertificateConnection"]>,
    ParentType,
    ContextType,
    RequireFields<QueryCertificatesArgs, "first">
  >;
  certificationProgram?: Resolver<
    Maybe<ResolversTypes["CertificationProgram"]>,
    ParentType,
    ContextType,
    RequireFields<QueryCertificationProgramArgs, "id">
  >;
  certificationPrograms?: Resolver<
    Maybe<ResolversTypes["CertificationProgramConnection"]>,
    ParentType,
    ContextType,
    RequireFields<QueryCertificationProgramsArgs, "first">
  >;
  supportApplication?: Resolver<
    Maybe<ResolversTypes["SupportApplication"]>,
    ParentType,
    ContextType,
    RequireFields<QuerySupportApplicationArgs, "id">
  >;
}>;

export type SupportApplicationResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["SupportApplication"] = ResolversParentTypes["SupportApplication"],
  FederationReferenceType extends FederationReferenceTypes["SupportApplication"] = FederationReferenceTypes["SupportApplication"],
> = ResolversObject<{
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["SupportApplication"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  appliedOn?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  decidedOn?: Resolver<Maybe<ResolversTypes["Date"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes["Product"]>, ParentType, ContextType>;
  program?: Resolver<ResolversTypes["CertificationProgram"], ParentType, ContextType>;
  requestedAmount?: Resolver<ResolversTypes["Money"], ParentType, ContextType>;
  scheme?: Resolver<ResolversTypes["CertificationScheme"], ParentType, ContextType>;
  status?: Resolver<ResolversTypes["SupportApplicationStatus"], ParentType, ContextType>;
  supportAmount?: Resolver<Maybe<ResolversTypes["Money"]>, ParentType, ContextType>;
}>;

export type SupportApplicationConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["SupportApplicationConnection"] = ResolversParentTypes["SupportApplicationConnection"],
> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes["SupportApplication"]>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes["PageInfo"], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
}>;

export type SupportApplicationStatusResolvers = EnumResolverSignature<
  { APPLIED?: any; APPROVED?: any; CERTIFIED?: any; REJECTED?: any; TESTING?: any; WITHDRAWN?: any },
  ResolversTypes["SupportApplicationStatus"]
>;

export type SupportDecisionResolvers = EnumResolverSignature<{ APPROVE?: any; REJECT?: any }, ResolversTypes["SupportDecision"]>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Certificate?: CertificateResolvers<ContextType>;
  CertificateConnection?: CertificateConnectionResolvers<ContextType>;
  CertificationProgram?: CertificationProgramResolvers<ContextType>;
  CertificationProgramConnection?: CertificationProgramConnectionResolvers<ContextType>;
  CertificationScheme?: CertificationSchemeResolvers;
  CertificationScope?: CertificationScopeResolvers;
  Date?: GraphQLScalarType;
  Institution?: InstitutionResolvers<ContextType>;
  Market?: MarketResolvers;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SupportApplication?: SupportApplicationResolvers<ContextType>;
  SupportApplicationConnection?: SupportApplicationConnectionResolvers<ContextType>;
  SupportApplicationStatus?: SupportApplicationStatusResolvers;
  SupportDecision?: SupportDecisionResolvers;
}>;

// Generated from the SDL by `npm run codegen` (codegen.ts): do not edit.
import type { EventKind } from "../../../../lib/domain/enums.js";
import type { MeetingOutcome } from "../../../../lib/domain/enums.js";
import type { MeetingStatus } from "../../../../lib/domain/enums.js";
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from "graphql";
import type {
  Event as EventEntity,
  Exhibitor as ExhibitorEntity,
  ConsultationMeeting as ConsultationMeetingEntity,
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
  /** An instant, ISO 8601 with an offset, e.g. `2025-11-19T10:00:00+09:00`; answered in UTC. */
  DateTime: { input: Date; output: string };
  _FieldSet: { input: string; output: string };
};

export type CancelConsultationMeetingInput = {
  meetingId: Scalars["ID"]["input"];
};

export type ConfirmConsultationMeetingInput = {
  meetingId: Scalars["ID"]["input"];
};

/** A meeting between a product's seller and a buying institution at an event. */
export type ConsultationMeeting = {
  __typename?: "ConsultationMeeting";
  event: Event;
  id: Scalars["ID"]["output"];
  /** The buyer. */
  institution?: Maybe<Institution>;
  /** Set once the meeting was held. For signed-in callers only. */
  outcome?: Maybe<MeetingOutcome>;
  product?: Maybe<Product>;
  slot: TimeSlot;
  status: MeetingStatus;
};

export type ConsultationMeetingConnection = {
  __typename?: "ConsultationMeetingConnection";
  nodes: Array<ConsultationMeeting>;
  pageInfo: PageInfo;
  totalCount: Scalars["Int"]["output"];
};

export type CreateEventInput = {
  /** Most exhibitors; omit or null for unlimited. */
  capacity?: InputMaybe<Scalars["Int"]["input"]>;
  city: Scalars["String"]["input"];
  /** After `startsAt`. */
  endsAt: Scalars["DateTime"]["input"];
  kind: EventKind;
  organizer: Scalars["String"]["input"];
  startsAt: Scalars["DateTime"]["input"];
  title: Scalars["String"]["input"];
  titleEn: Scalars["String"]["input"];
  venue: Scalars["String"]["input"];
};

/** An exhibition, consultation fair or procurement briefing that puts sellers in front of buyers. */
export type Event = {
  __typename?: "Event";
  /** Most exhibitors (or attendees for a briefing); null when unlimited. */
  capacity?: Maybe<Scalars["Int"]["output"]>;
  city: Scalars["String"]["output"];
  /** Consultation meetings at the event, by slot. */
  consultationMeetings: ConsultationMeetingConnection;
  endsAt: Scalars["DateTime"]["output"];
  /** Exhibitors by booth. */
  exhibitors: ExhibitorConnection;
  id: Scalars["ID"]["output"];
  kind: EventKind;
  organizer: Scalars["String"]["output"];
  startsAt: Scalars["DateTime"]["output"];
  title: Scalars["String"]["output"];
  titleEn: Scalars["String"]["output"];
  venue: Scalars["String"]["output"];
};

/** An exhibition, consultation fair or procurement briefing that puts sellers in front of buyers. */
export type EventConsultationMeetingsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  status?: InputMaybe<MeetingStatus>;
};

/** An exhibition, consultation fair or procurement briefing that puts sellers in front of buyers. */
export type EventExhibitorsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

export type EventConnection = {
  __typename?: "EventConnection";
  nodes: Array<Event>;
  pageInfo: PageInfo;
  totalCount: Scalars["Int"]["output"];
};

export type EventFilter = {
  city?: InputMaybe<Scalars["String"]["input"]>;
  /** Events that end at or after this instant. */
  from?: InputMaybe<Scalars["DateTime"]["input"]>;
  kind?: InputMaybe<EventKind>;
  /** Events that start before this instant. */
  to?: InputMaybe<Scalars["DateTime"]["input"]>;
};

export { EventKind };

/** A product shown at an event, at one booth. */
export type Exhibitor = {
  __typename?: "Exhibitor";
  /** Unique within the event, e.g. A-12. */
  booth: Scalars["String"]["output"];
  event: Event;
  id: Scalars["ID"]["output"];
  product?: Maybe<Product>;
};

export type ExhibitorConnection = {
  __typename?: "ExhibitorConnection";
  nodes: Array<Exhibitor>;
  pageInfo: PageInfo;
  totalCount: Scalars["Int"]["output"];
};

export type Institution = {
  __typename?: "Institution";
  /** The institution's consultation meetings as a buyer, by slot. */
  consultationMeetings?: Maybe<ConsultationMeetingConnection>;
  id: Scalars["ID"]["output"];
};

export type InstitutionConsultationMeetingsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  status?: InputMaybe<MeetingStatus>;
};

export { MeetingOutcome };

export { MeetingStatus };

/**
 * Writes. Each returns the changed object, so a client refreshes its view in one round trip. A refused
 * write answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND, CONFLICT,
 * SERVICE_UNAVAILABLE) and `extensions.field` naming the input field at fault, and changes nothing.
 */
export type Mutation = {
  __typename?: "Mutation";
  /** REQUESTED or CONFIRMED → CANCELLED; the slot becomes free for both sides. */
  cancelConsultationMeeting: ConsultationMeeting;
  /** REQUESTED → CONFIRMED. */
  confirmConsultationMeeting: ConsultationMeeting;
  /** Creates an exhibition, consultation fair or procurement briefing. */
  createEvent: Event;
  /** CONFIRMED → HELD, with what came of it. */
  recordConsultationOutcome: ConsultationMeeting;
  /** Gives a designated product a booth at an event, within the event's capacity. */
  registerExhibitor: Exhibitor;
  /**
   * Requests a meeting between a product's seller and a buying institution in a slot within the event.
   * Neither may be booked into an overlapping meeting that is not cancelled. Safe to retry with the same
   * `idempotencyKey`.
   */
  requestConsultationMeeting: ConsultationMeeting;
};

/**
 * Writes. Each returns the changed object, so a client refreshes its view in one round trip. A refused
 * write answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND, CONFLICT,
 * SERVICE_UNAVAILABLE) and `extensions.field` naming the input field at fault, and changes nothing.
 */
export type MutationCancelConsultationMeetingArgs = {
  input: CancelConsultationMeetingInput;
};

/**
 * Writes. Each returns the changed object, so a client refreshes its view in one round trip. A refused
 * write answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND, CONFLICT,
 * SERVICE_UNAVAILABLE) and `extensions.field` naming the input field at fault, and changes nothing.
 */
export type MutationConfirmConsultationMeetingArgs = {
  input: ConfirmConsultationMeetingInput;
};

/**
 * Writes. Each returns the changed object, so a client refreshes its view in one round trip. A refused
 * write answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND, CONFLICT,
 * SERVICE_UNAVAILABLE) and `extensions.field` naming the input field at fault, and changes nothing.
 */
export type MutationCreateEventArgs = {
  input: CreateEventInput;
};

/**
 * Writes. Each returns the changed object, so a client refreshes its view in one round trip. A refused
 * write answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND, CONFLICT,
 * SERVICE_UNAVAILABLE) and `extensions.field` naming the input field at fault, and changes nothing.
 */
export type MutationRecordConsultationOutcomeArgs = {
  input: RecordConsultationOutcomeInput;
};

/**
 * Writes. Each returns the changed object, so a client refreshes its view in one round trip. A refused
 * write answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND, CONFLICT,
 * SERVICE_UNAVAILABLE) and `extensions.field` naming the input field at fault, and changes nothing.
 */
export type MutationRegisterExhibitorArgs = {
  input: RegisterExhibitorInput;
};

/**
 * Writes. Each returns the changed object, so a client refreshes its view in one round trip. A refused
 * write answers an error with `extensions.code` (BAD_USER_INPUT, NOT_FOUND, CONFLICT,
 * SERVICE_UNAVAILABLE) and `extensions.field` naming the input field at fault, and changes nothing.
 */
export type MutationRequestConsultationMeetingArgs = {
  input: RequestConsultationMeetingInput;
};

export type PageInfo = {
  __typename?: "PageInfo";
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars["String"]["output"]>;
  hasNextPage: Scalars["Boolean"]["output"];
};

export type Product = {
  __typename?: "Product";
  /** The product's consultation meetings, by slot. */
  consultationMeetings?: Maybe<ConsultationMeetingConnection>;
  /** Where the product was exhibited, earliest event first. */
  exhibitions?: Maybe<Array<Exhibitor>>;
  id: Scalars["ID"]["output"];
};

export type ProductConsultationMeetingsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  status?: InputMaybe<MeetingStatus>;
};

export type Query = {
  __typename?: "Query";
  consultationMeeting?: Maybe<ConsultationMeeting>;
  event?: Maybe<Event>;
  /** Exhibitions, consultation fairs and briefings, earliest first. */
  events?: Maybe<EventConnection>;
  exhibitor?: Maybe<Exhibitor>;
};

export type QueryConsultationMeetingArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryEventArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryEventsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

export type QueryExhibitorArgs = {
  id: Scalars["ID"]["input"];
};

export type RecordConsultationOutcomeInput = {
  meetingId: Scalars["ID"]["input"];
  outcome: MeetingOutcome;
};

export type RegisterExhibitorInput = {
  /** Unique within the event, 1 to 20 characters, e.g. A-12. */
  booth: Scalars["String"]["input"];
  eventId: Scalars["ID"]["input"];
  /** A product of the products subgraph; at most one booth per event. */
  productId: Scalars["ID"]["input"];
};

export type RequestConsultationMeetingInput = {
  eventId: Scalars["ID"]["input"];
  /** A retry with the same key returns the first meeting; the same key with another request is refused. */
  idempotencyKey?: InputMaybe<Scalars["String"]["input"]>;
  /** The buying institution. */
  institutionId: Scalars["ID"]["input"];
  productId: Scalars["ID"]["input"];
  /** Within the event's dates, at most 4 hours long. */
  slot: TimeSlotInput;
};

/** A time slot; the end is exclusive. */
export type TimeSlot = {
  __typename?: "TimeSlot";
  endsAt: Scalars["DateTime"]["output"];
  startsAt: Scalars["DateTime"]["output"];
};

/** A time slot; the end is exclusive. */
export type TimeSlotInput = {
  endsAt: Scalars["DateTime"]["input"];
  startsAt: Scalars["DateTime"]["input"];
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
  ConsultationMeeting: ConsultationMeeting;
  Event: Event;
  Exhibitor: Exhibitor;
  Institution: Institution;
  Product: Product;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ConsultationMeeting: { __typename: "ConsultationMeeting" } & GraphQLRecursivePick<FederationTypes["ConsultationMeeting"], { id: true }>;
  Event: { __typename: "Event" } & GraphQLRecursivePick<FederationTypes["Event"], { id: true }>;
  Exhibitor: { __typename: "Exhibitor" } & GraphQLRecursivePick<FederationTypes["Exhibitor"], { id: true }>;
  Institution: { __typename: "Institution" } & GraphQLRecursivePick<FederationTypes["Institution"], { id: true }>;
  Product: { __typename: "Product" } & GraphQLRecursivePick<FederationTypes["Product"], { id: true }>;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CancelConsultationMeetingInput: CancelConsultationMeetingInput;
  ID: ResolverTypeWrapper<Scalars["ID"]["output"]>;
  ConfirmConsultationMeetingInput: ConfirmConsultationMeetingInput;
  ConsultationMeeting: ResolverTypeWrapper<ConsultationMeetingEntity>;
  ConsultationMeetingConnection: ResolverTypeWrapper<Connection<ConsultationMeetingEntity>>;
  Int: ResolverTypeWrapper<Scalars["Int"]["output"]>;
  CreateEventInput: CreateEventInput;
  String: ResolverTypeWrapper<Scalars["String"]["output"]>;
  DateTime: ResolverTypeWrapper<Scalars["DateTime"]["output"]>;
  Event: ResolverTypeWrapper<EventEntity>;
  EventConnection: ResolverTypeWrapper<Connection<EventEntity>>;
  EventFilter: EventFilter;
  EventKind: EventKind;
  Exhibitor: ResolverTypeWrapper<ExhibitorEntity>;
  ExhibitorConnection: ResolverTypeWrapper<Connection<ExhibitorEntity>>;
  Institution: ResolverTypeWrapper<{ id: string }>;
  MeetingOutcome: MeetingOutcome;
  MeetingStatus: MeetingStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars["Boolean"]["output"]>;
  Product: ResolverTypeWrapper<{ id: string }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordConsultationOutcomeInput: RecordConsultationOutcomeInput;
  RegisterExhibitorInput: RegisterExhibitorInput;
  RequestConsultationMeetingInput: RequestConsultationMeetingInput;
  TimeSlot: ResolverTypeWrapper<TimeSlot>;
  TimeSlotInput: TimeSlotInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CancelConsultationMeetingInput: CancelConsultationMeetingInput;
  ID: Scalars["ID"]["output"];
  ConfirmConsultationMeetingInput: ConfirmConsultationMeetingInput;
  ConsultationMeeting: ConsultationMeetingEntity;
  ConsultationMeetingConnection: Connection<ConsultationMeetingEntity>;
  Int: Scalars["Int"]["output"];
  CreateEventInput: CreateEventInput;
  String: Scalars["String"]["output"];
  DateTime: Scalars["DateTime"]["output"];
  Event: EventEntity;
  EventConnection: Connection<EventEntity>;
  EventFilter: EventFilter;
  Exhibitor: ExhibitorEntity;
  ExhibitorConnection: Connection<ExhibitorEntity>;
  Institution: { id: string };
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars["Boolean"]["output"];
  Product: { id: string };
  Query: Record<PropertyKey, never>;
  RecordConsultationOutcomeInput: RecordConsultationOutcomeInput;
  RegisterExhibitorInput: RegisterExhibitorInput;
  RequestConsultationMeetingInput: RequestConsultationMeetingInput;
  TimeSlot: TimeSlot;
  TimeSlotInput: TimeSlotInput;
}>;

export type ConsultationMeetingResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["ConsultationMeeting"] = ResolversParentTypes["ConsultationMeeting"],
  FederationReferenceType extends FederationReferenceTypes["ConsultationMeeting"] = FederationReferenceTypes["ConsultationMeeting"],
> = ResolversObject<{
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["ConsultationMeeting"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  event?: Resolver<ResolversTypes["Event"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  institution?: Resolver<Maybe<ResolversTypes["Institution"]>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes["MeetingOutcome"]>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes["Product"]>, ParentType, ContextType>;
  slot?: Resolver<ResolversTypes["TimeSlot"], ParentType, ContextType>;
  status?: Resolver<ResolversTypes["MeetingStatus"], ParentType, ContextType>;
}>;

export type ConsultationMeetingConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["ConsultationMeetingConnection"] = ResolversParentTypes["ConsultationMeetingConnection"],
> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes["ConsultationMeeting"]>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes["PageInfo"], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes["DateTime"], any> {
  name: "DateTime";
}

export type EventResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["Event"] = ResolversParentTypes["Event"],
  FederationReferenceType extends FederationReferenceTypes["Event"] = FederationReferenceTypes["Event"],
> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes["Event"]> | FederationReferenceType, FederationReferenceType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes["Int"]>, ParentType, ContextType>;
  city?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  consultationMeetings?: Resolver<
    ResolversTypes["ConsultationMeetingConnection"],
    ParentType,
    ContextType,
    RequireFields<EventConsultationMeetingsArgs, "first">
  >;
  endsAt?: Resolver<ResolversTypes["DateTime"], ParentType, ContextType>;
  exhibitors?: Resolver<ResolversTypes["ExhibitorConnection"], ParentType, ContextType, RequireFields<EventExhibitorsArgs, "first">>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes["EventKind"], ParentType, ContextType>;
  organizer?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes["DateTime"], ParentType, ContextType>;
  title?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  titleEn?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  venue?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
}>;

export type EventConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["EventConnection"] = ResolversParentTypes["EventConnection"],
> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes["Event"]>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes["PageInfo"], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
}>;

export type EventKindResolvers = EnumResolverSignature<
  { CONSULTATION_FAIR?: any; EXHIBITION?: any; PROCUREMENT_BRIEFING?: any },
  ResolversTypes["EventKind"]
>;

export type ExhibitorResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["Exhibitor"] = ResolversParentTypes["Exhibitor"],
  FederationReferenceType extends FederationReferenceTypes["Exhibitor"] = FederationReferenceTypes["Exhibitor"],
> = ResolversObject<{
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["Exhibitor"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  booth?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  event?: Resolver<ResolversTypes["Event"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes["Product"]>, ParentType, ContextType>;
}>;

export type ExhibitorConnectionResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["ExhibitorConnection"] = ResolversParentTypes["ExhibitorConnection"],
> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes["Exhibitor"]>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes["PageInfo"], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
}>;

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
  consultationMeetings?: Resolver<
    Maybe<ResolversTypes["ConsultationMeetingConnection"]>,
    ParentType,
    ContextType,
    RequireFields<InstitutionConsultationMeetingsArgs, "first">
  >;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
}>;

export type MeetingOutcomeResolvers = EnumResolverSignature<
  { FOLLOW_UP?: any; NO_INTEREST?: any; PURCHASE_INTENT?: any },
  ResolversTypes["MeetingOutcome"]
>;

export type MeetingStatusResolvers = EnumResolverSignature<
  { CANCELLED?: any; CONFIRMED?: any; HELD?: any; REQUESTED?: any },
  ResolversTypes["MeetingStatus"]
>;

export type MutationResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["Mutation"] = ResolversParentTypes["Mutation"],
> = ResolversObject<{
  cancelConsultationMeeting?: Resolver<
    ResolversTypes["ConsultationMeeting"],
    ParentType,
    ContextType,
    RequireFields<MutationCancelConsultationMeetingArgs, "input">
  >;
  confirmConsultationMeeting?: Resolver<
    ResolversTypes["ConsultationMeeting"],
    ParentType,
    ContextType,
    RequireFields<MutationConfirmConsultationMeetingArgs, "input">
  >;
  createEvent?: Resolver<ResolversTypes["Event"], ParentType, ContextType, RequireFields<MutationCreateEventArgs, "input">>;
  recordConsultationOutcome?: Resolver<
    ResolversTypes["ConsultationMeeting"],
    ParentType,
    ContextType,
    RequireFields<MutationRecordConsultationOutcomeArgs, "input">
  >;
  registerExhibitor?: Resolver<ResolversTypes["Exhibitor"], ParentType, ContextType, RequireFields<MutationRegisterExhibitorArgs, "input">>;
  requestConsultationMeeting?: Resolver<
    ResolversTypes["ConsultationMeeting"],
    ParentType,
    ContextType,
    RequireFields<MutationRequestConsultationMeetingArgs, "input">
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
  consultationMeetings?: Resolver<
    Maybe<ResolversTypes["ConsultationMeetingConnection"]>,
    ParentType,
    ContextType,
    RequireFields<ProductConsultationMeetingsArgs, "first">
  >;
  exhibitions?: Resolver<Maybe<Array<ResolversTypes["Exhibitor"]>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
}>;

export type QueryResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["Query"] = ResolversParentTypes["Query"],
> = ResolversObject<{
  consultationMeeting?: Resolver<
    Maybe<ResolversTypes["ConsultationMeeting"]>,
    ParentType,
    ContextType,
    RequireFields<QueryConsultationMeetingArgs, "id">
  >;
  event?: Resolver<Maybe<ResolversTypes["Event"]>, ParentType, ContextType, RequireFields<QueryEventArgs, "id">>;
  events?: Resolver<Maybe<ResolversTypes["EventConnection"]>, ParentType, ContextType, RequireFields<QueryEventsArgs, "first">>;
  exhibitor?: Resolver<Maybe<ResolversTypes["Exhibitor"]>, ParentType, ContextType, RequireFields<QueryExhibitorArgs, "id">>;
}>;

export type TimeSlotResolvers<
  ContextType = Context,
  ParentType extends ResolversParentTypes["TimeSlot"] = ResolversParentTypes["TimeSlot"],
> = ResolversObject<{
  endsAt?: Resolver<ResolversTypes["DateTime"], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes["DateTime"], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  ConsultationMeeting?: ConsultationMeetingResolvers<ContextType>;
  ConsultationMeetingConnection?: ConsultationMeetingConnectionResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventKind?: EventKindResolvers;
  Exhibitor?: ExhibitorResolvers<ContextType>;
  ExhibitorConnection?: ExhibitorConnectionResolvers<ContextType>;
  Institution?: InstitutionResolvers<ContextType>;
  MeetingOutcome?: MeetingOutcomeResolvers;
  MeetingStatus?: MeetingStatusResolvers;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  TimeSlot?: TimeSlotResolvers<ContextType>;
}>;

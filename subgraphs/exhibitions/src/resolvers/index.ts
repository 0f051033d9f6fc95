import { scalarResolvers } from "../../../../lib/schema/scalars.js";
import type { Resolvers } from "../generated/resolvers-types.js";
import { ConsultationMeeting } from "./consultation-meeting.js";
import { Event } from "./event.js";
import { Exhibitor } from "./exhibitor.js";
import { Institution } from "./institution.js";
import { Product } from "./product.js";
import { Mutation } from "./mutation.js";
import { Query } from "./query.js";

export const resolvers: Resolvers = {
  DateTime: scalarResolvers.DateTime,
  Query,
  Mutation,
  Event,
  Exhibitor,
  ConsultationMeeting,
  Product,
  Institution,
};

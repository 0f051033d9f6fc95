import { ConsultationMeeting } from "./consultation-meeting.js";
import { Event } from "./event.js";
import { Exhibitor } from "./exhibitor.js";

export { ConsultationMeeting, Event, Exhibitor };
export const entities = [Event, Exhibitor, ConsultationMeeting];

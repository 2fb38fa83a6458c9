/**
 * The normalized event model is @kiosque/render's, shared with every host; the client adds the
 * page of events it returns, with what it knows of the page's freshness and failures.
 */
import type { KiosqueEvent } from '@kiosque/render';
import type { KiosqueError } from './errors.js';

export {
  EVENT_STATUSES,
  JOIN_MODES,
  PARTICIPANT_ROLES,
  isEventUuid,
  placeLabel,
  type EventAccessibility,
  type EventAddress,
  type EventCapacity,
  type EventCategoryOption,
  type EventOrganizer,
  type EventPicture,
  type EventStatus,
  type InstanceInfo,
  type JoinMode,
  type KiosqueEvent,
  type ParticipantRole,
  type Participation,
} from '@kiosque/render';

export interface EventPage {
  events: KiosqueEvent[];
  /** Total reported by the instance(s), null when unknown. */
  total: number | null;
  hasMore: boolean;
  /** True when served from the last good data because the instance could not be reached. */
  stale: boolean;
  /** Epoch ms when the data was fetched from the instance. */
  fetchedAt: number;
  /** Errors from sources that failed while others succeeded. */
  errors: KiosqueError[];
}

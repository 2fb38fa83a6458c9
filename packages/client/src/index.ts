export {
  createClient,
  normalizeQuery,
  strategyFor,
  DEFAULT_LIMIT,
  DEFAULT_STALE_WHILE_REVALIDATE,
  DEFAULT_TTL,
  MAX_LIMIT,
  type CallOptions,
  type ClientOptions,
  type EventQuery,
  type EventStrategy,
  type EventResult,
  type JoinInput,
  type KiosqueClient,
  type LeaveInput,
  type NormalizedQuery,
} from './client.js';
export { loadEvents, type LoadEventsOptions, type Source } from './sources.js';
export {
  EventCache,
  localStorageStore,
  memoryStore,
  setDefaultStore,
  type PersistentStore,
} from './cache.js';
export {
  ERROR_KINDS,
  KiosqueError,
  isKiosqueError,
  type ErrorKind,
  type ErrorRequest,
  type ErrorResponse,
  type GraphQLErrorEntry,
  type KiosqueErrorInit,
} from './errors.js';
export * from './model.js';
export { normalizeEndpoint, normalizeInstance } from './instance.js';
export { parseGeom } from './normalize.js';
export { htmlToText, truncateText } from '@kiosque/render/text';
export { safeUrl } from '@kiosque/render';
export { haversineKm } from './filters.js';
export { parseVersion, capabilitiesFor, type Capabilities, type Version } from './version.js';
export { DEFAULT_TIMEOUT } from './transport.js';

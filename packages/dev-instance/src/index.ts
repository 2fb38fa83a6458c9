export { startDevInstance } from './server.js';
export { SEED } from './seed.js';
export { MOBILIZON_VERSIONS, FAULT_MODES, MAIL_KINDS } from './types.js';
export type {
  MobilizonVersion,
  FaultMode,
  FaultOptions,
  DevInstanceOptions,
  DevInstance,
  AnonymousParticipationOptions,
  MailKind,
  MailMessage,
  SeedEventInput,
  SeedAddressInput,
  SeedPictureInput,
  SeedEventOptionsInput,
  SeedMetadataInput,
  EventStatus,
  EventJoinOptions,
  EventVisibility,
} from './types.js';
export {
  XSS_VECTORS,
  XSS_MARKUP_VECTORS,
  XSS_URL_VECTORS,
  hostileEvents,
  type HostileEventsOptions,
} from './hostile.js';

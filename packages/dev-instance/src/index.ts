export { startDevInstance } from './server.js';
export { SEED } from './seed.js';
export { MOBILIZON_VERSIONS, FAULT_MODES } from './types.js';
export type {
  MobilizonVersion,
  FaultMode,
  FaultOptions,
  DevInstanceOptions,
  DevInstance,
  SeedEventInput,
  SeedAddressInput,
  SeedPictureInput,
  SeedEventOptionsInput,
  SeedMetadataInput,
  EventStatus,
  EventJoinOptions,
  EventVisibility,
} from './types.js';

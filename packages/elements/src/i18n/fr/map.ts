import type { MapMessages } from '../areas/map.js';

export const map: MapMessages = {};

import { svg, type SVGTemplateResult } from 'lit';

/** Small decorative icons (always paired with visible or accessible text). */
const path = (d: string): SVGTemplateResult =>
  svg`<svg class="icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false"><path fill="currentColor" d=${d}></path></svg>`;

export const icons = {
  calendarPlus: path(
    'M19 4h-1V2h-2v2H8V2H6v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2Zm0 16H5V10h14v10Zm-8-2h2v-3h3v-2h-3v-3h-2v3H8v2h3v3Z',
  ),
  rss: path(
    'M6.18 15.64a2.18 2.18 0 1 1 0 4.36 2.18 2.18 0 0 1 0-4.36ZM4 4.44A15.56 15.56 0 0 1 19.56 20h-2.83A12.73 12.73 0 0 0 4 7.27V4.44Zm0 5.66a9.9 9.9 0 0 1 9.9 9.9h-2.83A7.07 7.07 0 0 0 4 12.93V10.1Z',
  ),
  wheelchair: path(
    'M12 2a2 2 0 1 1 0 4 2 2 0 0 1 0-4Zm7 13v-2c-1.54.02-3.09-.75-4.07-1.83l-1.29-1.43c-.17-.19-.38-.34-.61-.45-.01 0-.01-.01-.02-.01H13c-.35-.2-.75-.3-1.19-.26C10.76 9.11 10 10.04 10 11.09V17c0 1.1.9 2 2 2h5v5h2v-5.5c0-1.1-.9-2-2-2h-3v-3.45c1.29 1.07 3.25 1.94 5 1.95Zm-6.17 5a3.001 3.001 0 0 1-5.66-2 3 3 0 0 1 1.83-1.83V14.1a5 5 0 1 0 5.9 5.9h-2.07Z',
  ),
  subtitles: path(
    'M20 4H4a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2ZM4 12h4v2H4v-2Zm10 6H4v-2h10v2Zm6 0h-4v-2h4v2Zm0-4H10v-2h10v2Z',
  ),
  signLanguage: path(
    'M12.5 2 8 7.5V4H6v8.5l-1.3-1.3-1.4 1.4L8 17.3V20c0 1.1.9 2 2 2h6c1.1 0 2-.9 2-2v-6.5l2-5.2-1.9-.7-1.6 4.1V6h-2v4.5L14 3.6 12.5 2Z',
  ),
  smokeFree: path(
    'M2 6l6.99 7H2v3h9.99l7 7 1.26-1.25-17-17L2 6Zm18.5 7H22v3h-1.5v-3ZM18 13h1.5v3H18v-3Zm.85-8.12c.62-.61 1-1.45 1-2.38h-1.5c0 1.02-.83 1.85-1.85 1.85v1.5c2.24 0 4 1.83 4 4.07V12H22V9.92c0-2.23-1.28-4.15-3.15-5.04ZM14.5 8.7h1.53c1.05 0 1.97.74 1.97 2.05V12h1.5v-1.59c0-1.8-1.6-3.16-3.47-3.16H14.5c-1.02 0-1.85-.98-1.85-2s.83-1.75 1.85-1.75V2a3.35 3.35 0 0 0 0 6.7ZM17 15.93V13h-2.93L17 15.93Z',
  ),
  mapPin: path(
    'M12 2a7 7 0 0 0-7 7c0 5.25 7 13 7 13s7-7.75 7-13a7 7 0 0 0-7-7Zm0 9.5a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5Z',
  ),
} as const;

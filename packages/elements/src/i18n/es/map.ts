import type { MapMessages } from '../areas/map.js';

const events = (n: number) => (n === 1 ? '1 evento' : `${n} eventos`);

export const map: MapMessages = {
  label: 'Mapa de eventos',
  loadingMap: 'Cargando el mapa…',
  empty: 'Ningún evento con lugar.',
  onlineNote: (n) => (n === 1 ? '+1 evento en línea' : `+${n} eventos en línea`),
  listToggle: (n) => `Lista de los eventos de este mapa (${n})`,
  withPlace: 'Con lugar',
  onlineEvents: 'Eventos en línea',
  consent: (host) =>
    `Este mapa carga sus imágenes desde ${host}, que verá tu dirección IP. No se carga nada hasta que decidas mostrarlo.`,
  consentRemembered: 'Tu elección se recuerda en este sitio.',
  showMap: 'Mostrar el mapa',
  nearMe: 'Cerca de mí',
  locating: 'Buscando tu ubicación…',
  locateDenied:
    'Tu ubicación no está disponible: se denegó el acceso. Permítelo en tu navegador para ver los eventos cercanos.',
  locateUnavailable:
    'No se pudo encontrar tu ubicación. Vuelve a intentarlo, o busca los eventos en el mapa o en la lista.',
  nearYou: (km) => `Eventos a menos de ${km} km de tu ubicación.`,
  directions: 'Cómo llegar',
  directionsTo: (title) => `Cómo llegar a ${title}`,
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  closePopup: 'Cerrar',
  cluster: (n) => `${events(n)} aquí: acercar`,
  mapFailed: 'No se pudo mostrar el mapa. La lista de eventos de abajo sigue disponible.',
  invalidSetting: (name, example) =>
    `El ajuste «${name}» del mapa no es válido y se ha ignorado (se espera algo como ${example}).`,
};

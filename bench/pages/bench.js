// Adds the elements that the query string asks for:
// ?instance=<url>&count=<n>&tag=kiosque-events&limit=5
const params = new URLSearchParams(location.search);
const instance = params.get('instance');
const count = Number(params.get('count') || 0);
const tag = params.get('tag') || 'kiosque-events';
for (let i = 0; i < count; i++) {
  const element = document.createElement(tag);
  element.setAttribute('instance', instance);
  element.setAttribute('limit', params.get('limit') || '5');
  document.body.append(element);
}

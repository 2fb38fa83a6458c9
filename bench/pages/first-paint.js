// Records when the first event of any Kiosque element is on screen (window.__firstEventsPaint,
// in ms since navigation start). A classic script, so it runs before the elements load.
(function () {
  function found() {
    var hosts = document.querySelectorAll('kiosque-events, kiosque-calendar, kiosque-map');
    for (var i = 0; i < hosts.length; i++) {
      var root = hosts[i].shadowRoot;
      if (root && root.querySelector('[part~="event"]')) return true;
    }
    return false;
  }
  function check() {
    if (found()) window.__firstEventsPaint = performance.now();
    else requestAnimationFrame(check);
  }
  requestAnimationFrame(check);
})();

// Records every Content-Security-Policy violation of the page, shadow roots included.
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', function (event) {
  window.__cspViolations.push(
    event.effectiveDirective +
      ' blocked ' +
      (event.blockedURI || 'inline') +
      ' (' +
      event.sourceFile +
      ':' +
      event.lineNumber +
      ')',
  );
});

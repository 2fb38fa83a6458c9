/* global wp */
/**
 * Settings -> Kiosque: "Test connection" asks the site (not the browser) to read the
 * instance's name and version, and says what it found or what went wrong.
 */
(() => {
  const { __, sprintf } = wp.i18n;
  const button = document.getElementById('kiosque-test-connection');
  const input = document.getElementById('kiosque_instance');
  const result = document.getElementById('kiosque-test-result');
  if (!button || !input || !result) return;

  button.addEventListener('click', async () => {
    const url = input.value.trim();
    if (!url) {
      result.textContent = __('Type the address of the instance first.', 'kiosque');
      input.focus();
      return;
    }
    button.disabled = true;
    result.textContent = __('Connecting…', 'kiosque');
    try {
      const info = await wp.apiFetch({
        path: `/kiosque/v1/instance?url=${encodeURIComponent(url)}`,
      });
      result.textContent = sprintf(
        /* translators: 1: instance name, 2: Mobilizon version. */
        __('Connected to %1$s (Mobilizon %2$s).', 'kiosque'),
        info.name,
        info.version || '?',
      );
    } catch (error) {
      result.textContent =
        error && typeof error.message === 'string'
          ? error.message
          : __('The instance could not be reached.', 'kiosque');
    } finally {
      button.disabled = false;
    }
  });
})();

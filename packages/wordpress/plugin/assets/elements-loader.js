/**
 * The elements in the block editor's iframe (the canvas from WordPress 6.3, the tablet and
 * mobile previews from 6.1): a classic script that imports the elements module, since 6.1
 * writes the iframe's script tags again without their type="module". The module's URL keeps
 * this script's ?ver=, which is the module tag's, so that the editor page, which loads both,
 * runs one instance of the module.
 */
((script) => {
  if (!script) return;
  const url = new URL('../elements/kiosque.js', script.src);
  url.search = new URL(script.src).search;
  import(url.href);
})(document.currentScript);

// Loaded blocking in <head> (a classic script, so it runs before the first paint): applies the
// reader's stored text size, theme and digits, so nothing flashes or moves once the page shows.
// Plain JavaScript because it ships as it is (no bundling); its key, attributes and defaults
// mirror src/lib/reader/preferences.ts, and tests/unit/reader/preferences.test.ts checks them.
(function () {
  var root = document.documentElement;
  var prefs = {};
  try {
    prefs = JSON.parse(localStorage.getItem('hs-prefs') || '{}') || {};
  } catch {
    prefs = {};
  }
  var size = prefs.size;
  var sizeOk = typeof size === 'number' && size % 1 === 0 && size >= 0 && size < 5;
  root.setAttribute('data-size', sizeOk ? String(size) : '1');
  root.setAttribute('data-theme', prefs.theme === 'light' || prefs.theme === 'dark' ? prefs.theme : 'system');
  root.setAttribute('data-digits', prefs.digits === 'deva' ? 'deva' : 'latn');
  root.setAttribute('data-js', '');
  // Dates, counts and page numbers (`time`, `[data-num]`) are written with Western digits; a
  // reader who chose Devanagari gets them converted as the parser inserts them, before paint.
  var SELECTOR = 'time,[data-num]';
  function convert(element) {
    var walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var text = node.nodeValue.replace(/[0-9]/g, function (digit) {
        return String.fromCharCode(0x0966 + Number(digit));
      });
      if (text !== node.nodeValue) node.nodeValue = text;
    }
  }
  function scan(node) {
    var element = node.nodeType === 1 ? node : node.parentElement;
    if (!element) return;
    var host = element.closest(SELECTOR);
    if (host) convert(host);
    element.querySelectorAll(SELECTOR).forEach(convert);
  }
  // Only for Devanagari digits: observing every page cost 60-200 ms of TBT (settings.ts handles a switch).
  if (root.getAttribute('data-digits') === 'deva') {
    new MutationObserver(function (records) {
      if (root.getAttribute('data-digits') !== 'deva') return;
      records.forEach(function (record) {
        scan(record.target);
        record.addedNodes.forEach(scan);
      });
    }).observe(root, { childList: true, subtree: true, characterData: true });
  }
  // A search opened with a query reserves its results' space before paint (no footer shift).
  if (/[?&]q=[^&]/.test(location.search)) root.setAttribute('data-query', '');
})();

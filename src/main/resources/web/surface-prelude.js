// Runs first in every interactive surface, before any of the surface's own script. The surface
// CSP already forbids all fetching; this closes what CSP does not govern in Chromium: WebRTC
// (ICE/TURN connections ignore connect-src) and preconnect hints (<link rel=preconnect>). Both
// need either a fresh realm (a child frame, where deleted APIs come back) or a <link> element, so
// the surface may create neither: not by markup (the server neutralizes those tags), not by
// createElement, and not by any HTML-string sink (Trusted Types sends every one through the
// default policy below, and the CSP lets no other policy exist).
(() => {
  'use strict';
  const TAGS = 'iframe|frame|frameset|object|embed|link|meta|base|fencedframe|portal|applet';
  const IN_MARKUP = new RegExp('<\\s*(' + TAGS + ')(?![a-z0-9-])', 'i');
  const NAME = new RegExp('^(' + TAGS + ')$', 'i');
  const refuse = () => { throw new TypeError('Mycel surfaces cannot create frames, links, meta or plugins'); };
  const lock = (obj, name, value) => Object.defineProperty(obj, name, { value, writable: false, configurable: false });

  if (window.trustedTypes) {
    window.trustedTypes.createPolicy('default', {
      createHTML: (s) => (IN_MARKUP.test(String(s)) ? refuse() : String(s)),
    });
  }
  const createElement = Document.prototype.createElement;
  lock(Document.prototype, 'createElement', function (name, options) {
    return NAME.test(String(name)) ? refuse() : createElement.call(this, name, options);
  });
  const createElementNS = Document.prototype.createElementNS;
  lock(Document.prototype, 'createElementNS', function (ns, name, options) {
    return NAME.test(String(name).split(':').pop()) ? refuse() : createElementNS.call(this, ns, name, options);
  });
  const createDocument = DOMImplementation.prototype.createDocument;
  lock(DOMImplementation.prototype, 'createDocument', function (ns, name, doctype) {
    return NAME.test(String(name || '').split(':').pop()) ? refuse() : createDocument.call(this, ns, name, doctype);
  });
  const define = CustomElementRegistry.prototype.define;
  lock(CustomElementRegistry.prototype, 'define', function (name, ctor, options) {
    return options && NAME.test(String(options.extends)) ? refuse() : define.call(this, name, ctor, options);
  });
  lock(Document.prototype, 'execCommand', refuse);
  for (const name of ['setHTML']) {
    if (name in Element.prototype) lock(Element.prototype, name, refuse);
  }
  for (const key of Object.getOwnPropertyNames(window)) {
    if (/^(webkit)?RTC/.test(key) || key === 'XSLTProcessor') delete window[key];
  }
})();

// Content-Security-Policy for every page: only the site's own origin; no eval, no inline event
// handlers. The single inline script (theme) is allowed by its hash. Plot's SVG carries inline
// style attributes, hence 'unsafe-inline' for styles only. 'wasm-unsafe-eval' lets Pagefind's
// WebAssembly search index run; it does not allow JavaScript eval.
import { themeScriptHash } from './theme-script';

export const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' ${themeScriptHash} 'wasm-unsafe-eval'`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

// The only script on prose pages: applies the reader's saved theme before first paint and wires
// the toggle button. Kept as one constant string so the layout can put its SHA-256 in the CSP.
import { createHash } from 'node:crypto';

export const themeScript = `(function(){var d=document.documentElement,k='theme';try{var s=localStorage.getItem(k);if(s==='light'||s==='dark')d.dataset.theme=s}catch(e){}function cur(){return d.dataset.theme||(matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light')}function sync(b){b.setAttribute('aria-pressed',String(cur()==='dark'))}document.addEventListener('DOMContentLoaded',function(){var b=document.getElementById('theme-toggle');if(!b)return;sync(b);b.addEventListener('click',function(){var n=cur()==='dark'?'light':'dark';d.dataset.theme=n;try{localStorage.setItem(k,n)}catch(e){}sync(b);document.dispatchEvent(new CustomEvent('themechange',{detail:n}))})})})();`;

export const themeScriptHash = `'sha256-${createHash('sha256').update(themeScript).digest('base64')}'`;

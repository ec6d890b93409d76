// UMD peer: Plot and d3 are globals from their UMD bundles; the chart spec is the shared one.
import { fig2Options } from './fig2-plot.js';

const Plot = globalThis.Plot;
const data = await (await fetch('fig2-data.json')).json();
const form = document.getElementById('controls');
const holder = document.getElementById('chart');
const setSelect = form.elements.namedItem('set');
for (const id of data.sets) setSelect.append(new Option(id, id, false, id === '2023-paper'));
const state = { flavor: 'tau', treatment: 'symmetric', set: setSelect.value };

function draw() {
  performance.mark('peer:start');
  const view = data.views.find((v) => v.flavor === state.flavor && v.treatment === state.treatment && v.set === state.set);
  const chart = Plot.plot(fig2Options(Plot, view, 640));
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', `Fig. 2 for ${state.flavor}, ${state.treatment}, ${state.set}`);
  holder.replaceChildren(chart);
  performance.measure('peer:redraw', 'peer:start');
}
form.addEventListener('change', (event) => {
  state[event.target.name] = event.target.value;
  draw();
});
draw();

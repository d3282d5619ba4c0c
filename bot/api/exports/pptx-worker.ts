import { Worker } from 'node:worker_threads';

/** One series of a chart as pptxgenjs takes it: a name, category labels and their values. */
export interface ChartData {
  name: string;
  labels: string[];
  values: number[];
}

/** One call on a slide, as plain data: text boxes, tables and native (editable) bar charts. */
export type SlideOp =
  | { kind: 'text'; text: unknown; options: Record<string, unknown> }
  | { kind: 'table'; rows: unknown; options: Record<string, unknown> }
  | { kind: 'chart'; type: 'bar'; data: ChartData[]; options: Record<string, unknown> };

/** A whole deck as plain data, replayed against pptxgenjs in a worker thread. */
export interface DeckSpec {
  props: { layout: string; author: string; company: string; title: string };
  master: Record<string, unknown> & { title: string };
  slides: SlideOp[][];
}

// Plain CommonJS run in the worker: no TypeScript, no project imports.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const PptxGenJS = require(workerData.modulePath);
(async () => {
  const { spec } = workerData;
  const pptx = new PptxGenJS();
  pptx.layout = spec.props.layout;
  pptx.author = spec.props.author;
  pptx.company = spec.props.company;
  pptx.title = spec.props.title;
  pptx.defineSlideMaster(spec.master);
  for (const ops of spec.slides) {
    const slide = pptx.addSlide({ masterName: spec.master.title });
    for (const op of ops) {
      if (op.kind === 'text') slide.addText(op.text, op.options);
      else if (op.kind === 'chart') slide.addChart(pptx.ChartType[op.type], op.data, op.options);
      else slide.addTable(op.rows, op.options);
    }
  }
  const out = await pptx.write({ outputType: 'nodebuffer' });
  parentPort.postMessage({ ok: true, data: new Uint8Array(out) });
})().catch((error) => parentPort.postMessage({ ok: false, error: String((error && error.stack) || error) }));
`;

const TIMEOUT_MS = 30_000;
/** Decks written at the same time; more wait their turn (each worker is a CPU-bound thread). */
const MAX_CONCURRENT = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function turn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/**
 * Writes the deck in a worker thread: zipping a large deck is CPU work that should not stall
 * the server's event loop, and pptxgenjs loads Node built-ins with a dynamic import that only
 * a real Node context (not a test VM) allows.
 */
export function writePptx(spec: DeckSpec): Promise<Buffer> {
  return turn(() => runWorker(spec));
}

function runWorker(spec: DeckSpec): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { spec, modulePath: require.resolve('pptxgenjs') },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error('pptx export timed out'));
    }, TIMEOUT_MS);
    worker.once('message', (message: { ok: true; data: Uint8Array } | { ok: false; error: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (message.ok)
        resolve(Buffer.from(message.data.buffer, message.data.byteOffset, message.data.byteLength));
      else reject(new Error(`pptx export failed: ${message.error}`));
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

import type { CDPSession } from 'playwright-core';

/**
 * Chrome traces over CDP, and the arithmetic the benchmark does on them.
 *
 * How main-thread time is attributed: the stress pages have no script of their own and are fully
 * parsed and laid out before the content script starts (document_idle), so every task on the
 * tab's main thread between two of MgLens's moments is MgLens's doing: its JavaScript, the
 * garbage collection it causes, and the style, layout and paint work its DOM changes cause.
 * Attributing by function instead would miss most of it: promise continuations and microtasks
 * carry no script URL in a trace.
 */

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } & Record<string, unknown> } & Record<string, unknown>;
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute'];

export interface Tracer {
  stop(): Promise<TraceEvent[]>;
}

export async function startTracing(cdp: CDPSession): Promise<Tracer> {
  const events: TraceEvent[] = [];
  const onData = (payload: { value: object[] }) => {
    for (const event of payload.value) events.push(event as unknown as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', onData);
      return events;
    },
  };
}

export interface Thread {
  pid: number;
  tid: number;
}

/** The evaluation of the script whose URL starts with `scriptUrl`: its thread, start and duration. */
export function scriptEvaluation(events: readonly TraceEvent[], scriptUrl: string): (Thread & { ts: number; dur: number }) | undefined {
  const e = events
    .filter((x) => x.name === 'EvaluateScript' && x.ph === 'X' && String(x.args?.data?.url ?? '').startsWith(scriptUrl))
    .sort((a, b) => a.ts - b.ts)[0];
  return e ? { pid: e.pid, tid: e.tid, ts: e.ts, dur: e.dur ?? 0 } : undefined;
}

/** The renderer main thread of the page: where its HTML was parsed. */
export function pageThread(events: readonly TraceEvent[]): Thread | undefined {
  const e = events.find((x) => x.name === 'ParseHTML' || x.name === 'EvaluateScript');
  return e ? { pid: e.pid, tid: e.tid } : undefined;
}

/** Top-level tasks of a thread (a task nested in another is part of it), in order. */
export function tasksOf(events: readonly TraceEvent[], thread: Thread): TraceEvent[] {
  const tasks = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.name === 'RunTask' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const top: TraceEvent[] = [];
  let end = -Infinity;
  for (const task of tasks) {
    if (task.ts >= end) {
      top.push(task);
      end = task.ts + task.dur!;
    }
  }
  return top;
}

/** Rendering work: what the browser does after the DOM changes (style, layout, paint, commit). */
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'HitTest']);

export interface WindowCost {
  /** Sum of the tasks that started in the window (ms). */
  totalMs: number;
  /** The part of it spent in rendering (ms). */
  renderMs: number;
  longestMs: number;
  tasks: number;
  tasksOver50: number;
}

/** Main-thread cost of the tasks that start in [from, to] (trace microseconds). */
export function windowCost(events: readonly TraceEvent[], thread: Thread, from: number, to: number): WindowCost {
  const tasks = tasksOf(events, thread).filter((t) => t.ts + t.dur! > from && t.ts <= to);
  let total = 0;
  let longest = 0;
  let over = 0;
  for (const t of tasks) {
    total += t.dur!;
    longest = Math.max(longest, t.dur!);
    if (t.dur! > 50_000) over += 1;
  }
  // Rendering events are nested (Layout inside a frame update): count only the outermost.
  const rendering = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && RENDERING.has(e.name) && e.ts >= (tasks[0]?.ts ?? from) && e.ts <= to)
    .sort((a, b) => a.ts - b.ts);
  let render = 0;
  let end = -Infinity;
  for (const e of rendering) {
    if (e.ts >= end) {
      render += e.dur ?? 0;
      end = e.ts + (e.dur ?? 0);
    }
  }
  return { totalMs: total / 1000, renderMs: render / 1000, longestMs: longest / 1000, tasks: tasks.length, tasksOver50: over };
}

/**
 * What the window's tasks over `overMs` were made of: for each, its duration and the longest
 * events inside it (a script's function call, style, layout, paint, GC), for the report.
 */
export function longTaskParts(events: readonly TraceEvent[], thread: Thread, from: number, to: number, overMs = 50): string[] {
  const tasks = tasksOf(events, thread).filter((t) => t.ts + t.dur! > from && t.ts <= to && t.dur! > overMs * 1000);
  return tasks.map((task) => {
    const inside = events.filter(
      (e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.name !== 'RunTask' && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur! && (e.dur ?? 0) >= 2000,
    );
    const parts = inside
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
      .slice(0, 4)
      .map((e) => `${e.name}${e.args?.data?.url ? `(${String(e.args.data.url).split('/').pop()})` : ''} ${Math.round((e.dur ?? 0) / 1000)}`);
    return `${Math.round(task.dur! / 1000)} ms at +${Math.round((task.ts - from) / 1000)} ms: ${parts.join(', ')}`;
  });
}

/** User Timing marks whose names start with `prefix`, by name, in trace time (every world's). */
export function userMarks(events: readonly TraceEvent[], prefix: string): Map<string, number[]> {
  const marks = new Map<string, number[]>();
  for (const e of events) {
    if (!e.cat.includes('blink.user_timing') || !e.name.startsWith(prefix)) continue;
    const list = marks.get(e.name) ?? [];
    list.push(e.ts);
    marks.set(e.name, list);
  }
  for (const list of marks.values()) list.sort((a, b) => a - b);
  return marks;
}

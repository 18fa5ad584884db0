/**
 * Finds the elements on screen by hit-testing a grid of points, so the first screen can be
 * annotated before the rest of the page is even walked. Hit tests use the layout the browser
 * already has; nothing is measured per element.
 */
export function elementsInViewport(doc: Document = document, columns = 4, rows = 12): Element[] {
  const view = doc.defaultView;
  if (!view) return [];
  const width = view.innerWidth;
  const height = view.innerHeight;
  const found = new Set<Element>();
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < columns; c += 1) {
      const x = ((c + 0.5) / columns) * width;
      const y = ((r + 0.5) / rows) * height;
      const element = doc.elementFromPoint(x, y);
      if (element && element !== doc.body && element !== doc.documentElement) found.add(element);
    }
  }
  return [...found];
}

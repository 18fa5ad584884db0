import { render } from 'preact';

function Popup() {
  return <main>MgLens</main>;
}

render(<Popup />, document.getElementById('app')!);

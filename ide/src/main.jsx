import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { exampleTabs } from './examples.js';
import { fetcher } from './fetcher.js';

function App() {
  return <GraphiQL fetcher={fetcher} defaultTabs={exampleTabs} defaultEditorToolsVisibility={true} />;
}

createRoot(document.getElementById('graphiql')).render(<App />);

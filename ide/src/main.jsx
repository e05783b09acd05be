import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import { GraphiQL } from 'graphiql';
import { ToolbarButton, useEditorContext } from '@graphiql/react';
import 'graphiql/style.css';
import { exampleTabs } from './examples.js';
import { fetcher } from './fetcher.js';
import { downloadCsv } from './csv.js';
import { linkedQueryFromHash } from './linkedQuery.js';

// A toolbar button that downloads the current query's list as CSV (GET /graphql with Accept: text/csv).
function CsvDownloadButton() {
  const { queryEditor, variableEditor, responseEditor, operationName } = useEditorContext({ nonNull: true });
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    const query = queryEditor?.getValue() ?? '';
    if (query.trim() === '' || busy) return;
    setBusy(true);
    try {
      const outcome = await downloadCsv({ query, variables: variableEditor?.getValue(), operationName });
      if (outcome.error) responseEditor?.setValue(outcome.error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <ToolbarButton onClick={onClick} label="Download the result as CSV (one list; UTF-8 for spreadsheets)" data-testid="download-csv">
      <span className="graphiql-toolbar-icon" aria-hidden="true" style={{ fontSize: '10px', fontWeight: 700, lineHeight: '24px' }}>CSV</span>
    </ToolbarButton>
  );
}

const linked = linkedQueryFromHash(window.location.hash);
const tabs = linked ? [linked, ...exampleTabs] : exampleTabs;

function App() {
  return (
    <GraphiQL fetcher={fetcher} defaultTabs={tabs} query={linked?.query} variables={linked?.variables} defaultEditorToolsVisibility={true}>
      <GraphiQL.Toolbar>
        {({ prettify, merge, copy }) => (
          <>
            {prettify}
            {merge}
            {copy}
            <CsvDownloadButton />
          </>
        )}
      </GraphiQL.Toolbar>
    </GraphiQL>
  );
}

createRoot(document.getElementById('graphiql')).render(<App />);

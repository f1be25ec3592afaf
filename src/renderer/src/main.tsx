import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';

// The generic styles come after every screen's own, as they always have: where a screen's rule and a
// generic one weigh the same, the generic one applies. Order: tokens and base, then by concern.
import './ui/styles/base.css';
import './ui/styles/buttons.css';
// Fields before data display: `.inline-form` (a `.form` too) keeps its top margin over `.form { margin: 0 }`.
import './ui/styles/fields.css';
import './ui/styles/dataDisplay.css';
import './ui/styles/messages.css';
import './ui/styles/publicScreens.css';
import './ui/styles/layout.css';
import './ui/styles/print.css';
import './ui/styles/dialogs.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

import { I18nProvider } from '../kernel/i18n';
import { AnnouncerProvider } from '../ui/Announcer';
import { VaultGate } from './VaultGate';

export function App() {
  return (
    <I18nProvider>
      <AnnouncerProvider>
        <VaultGate />
      </AnnouncerProvider>
    </I18nProvider>
  );
}

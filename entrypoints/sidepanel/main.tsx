import { useTranslation } from 'react-i18next';
import { mount } from '@/components/mount';
import { openEditor } from '@/components/editorLink';
import { ProfileSummary } from '@/components/ProfileSummary';
import { Checklist } from '@/components/Checklist';
import { StepView } from '@/components/StepView';
import { LockButton, VaultGate } from '@/components/VaultGate';
import { localLock } from '@/components/localLock';

const lock = localLock();

function SidePanel() {
  const { t } = useTranslation();
  return (
    <main>
      <h1>{t('ui.appName')}</h1>
      <p className="hint">{t('ui.sidePanelIntro')}</p>
      <VaultGate source={lock}>
        <StepView />
        <ProfileSummary />
        <Checklist />
        <button type="button" onClick={() => void openEditor()}>{t('ui.openEditor')}</button>
        <LockButton />
      </VaultGate>
    </main>
  );
}
void mount(<SidePanel />);

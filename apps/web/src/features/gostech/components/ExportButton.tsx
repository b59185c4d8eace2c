import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { BusyButton } from '../../../shared/ui/BusyButton';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { ExportGostechPlanQuery } from '../gostechMutations';
import { downloadBlob, xlsxBlobOf } from '../model/files';

/** Downloads the plan as XLSX (the server's base64 workbook turned into a file). */
export function ExportButton({ planId, fileName }: { planId: string; fileName: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function run() {
    setBusy(true);
    setError(null);
    try {
      const { data, error: failed } = await client.query({
        query: ExportGostechPlanQuery,
        variables: { planId },
        fetchPolicy: 'no-cache',
      });
      if (failed) throw failed;
      if (!data) throw new Error(t('gostech.export.empty'));
      downloadBlob(xlsxBlobOf(data.exportGostechPlan), fileName);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="export">
      <BusyButton
        type="button"
        className="button button--secondary"
        busy={busy}
        busyLabel={t('gostech.export.busy')}
        onClick={() => void run()}
      >
        {t('gostech.export.button')}
      </BusyButton>
      {error !== null && <ErrorNotice error={error} title={t('gostech.export.failed')} />}
    </div>
  );
}

/**
 * Buttons that fetch a file from the API: table exports (XLSX/CSV) and documents (PDF/DOCX).
 * A failure is said next to the buttons (role=alert), e.g. while the export service is missing.
 */
import { useState } from 'react';
import { ApiError } from '../lib/api.ts';
import { downloadFile, exportTable, type ExportTable } from '../lib/download.ts';

function useDownload() {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (label: string, action: () => Promise<void>) => {
    setBusy(label);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(
        e instanceof ApiError ? `${label} nicht möglich: ${e.message}` : `${label} nicht möglich.`,
      );
    } finally {
      setBusy(null);
    }
  };
  return { busy, error, run };
}

function Feedback({ busy, error }: { busy: string | null; error: string | null }) {
  return (
    <>
      <span role="status" className="visually-hidden">
        {busy === null ? '' : `${busy} wird erstellt …`}
      </span>
      {error !== null && (
        <span role="alert" className="inline-error">
          {error}
        </span>
      )}
    </>
  );
}

export function ExportButtons({ table }: { table: () => ExportTable }) {
  const { busy, error, run } = useDownload();
  return (
    <div className="download-buttons no-print">
      <button
        type="button"
        className="button-secondary"
        disabled={busy !== null}
        onClick={() => run('Excel-Export', () => exportTable(table(), 'xlsx'))}
      >
        Als Excel-Datei (XLSX)
      </button>
      <button
        type="button"
        className="button-secondary"
        disabled={busy !== null}
        onClick={() => run('CSV-Export', () => exportTable(table(), 'csv'))}
      >
        Als CSV
      </button>
      <Feedback busy={busy} error={error} />
    </div>
  );
}

export interface DocumentLink {
  label: string;
  path: string;
  fileName: string;
}

export function DocumentButtons({ documents }: { documents: DocumentLink[] }) {
  const { busy, error, run } = useDownload();
  return (
    <div className="download-buttons no-print">
      {documents.map((d) => (
        <button
          key={d.path}
          type="button"
          className="button-secondary"
          disabled={busy !== null}
          onClick={() => run(d.label, () => downloadFile(d.path, d.fileName))}
        >
          {d.label}
        </button>
      ))}
      <button type="button" className="button-secondary" onClick={() => window.print()}>
        Drucken
      </button>
      <Feedback busy={busy} error={error} />
    </div>
  );
}

import { FileDropZone } from '../../../components/file-drop-zone';

export const maxResumeBytes = 10 * 1024 * 1024;
const accept =
  '.pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain';

type ResumeDropZoneProps = {
  onFile: (file: File) => void;
  /** 0–1 while the file travels; 1 while the server reads it; null when idle. */
  progress: number | null;
  error?: unknown;
  refusedFileName?: string;
};

export function ResumeDropZone(props: ResumeDropZoneProps) {
  return (
    <FileDropZone
      {...props}
      accept={accept}
      inputLabel="Résumé file"
      title="Drag a résumé here"
      dropTitle="Drop the résumé to read it"
      hint="PDF, Word (DOCX) or plain text, up to 10 MB. Hirebench reads the name, contacts, skills and jobs; you check them before anything is saved."
      processingLabel="Reading the résumé…"
    />
  );
}

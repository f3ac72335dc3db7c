// The chart area accepts a dropped file (open it) and holds the hidden file input
// that File › Open clicks. Reading is done here; parsing belongs to the engine.
import { useState, type ReactNode, type RefObject } from 'react';

export interface FileDropProps {
  inputRef: RefObject<HTMLInputElement | null>;
  onFile: (name: string, text: string) => void | Promise<void>;
  /** A file refused before reading (too large). */
  onRefused: (name: string, problem: string) => void;
  children: ReactNode;
}

/** Files larger than this are refused before reading: a pedigree file is small. */
const MAX_BYTES = 20 * 1024 * 1024;

async function readPedigreeFile(file: File, { onFile, onRefused }: Pick<FileDropProps, 'onFile' | 'onRefused'>) {
  if (file.size > MAX_BYTES) {
    onRefused(file.name, `${file.name} is ${(file.size / 1048576).toFixed(1)} MB; pedigree files over 20 MB are not opened.`);
    return;
  }
  await onFile(file.name, await file.text());
}

export function FileDrop({ inputRef, onFile, onRefused, children }: FileDropProps) {
  const [over, setOver] = useState(false);
  return (
    <div
      className={`chart-area${over ? ' drop-target' : ''}`}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file) void readPedigreeFile(file, { onFile, onRefused });
      }}
    >
      <input
        ref={inputRef}
        type="file"
        accept=".json,.ped,.txt,.pedigree,application/json,text/plain"
        aria-label="Open a pedigree file"
        hidden
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void readPedigreeFile(file, { onFile, onRefused });
        }}
      />
      {children}
    </div>
  );
}

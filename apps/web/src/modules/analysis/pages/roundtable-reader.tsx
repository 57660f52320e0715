import { SourceReader } from './source-reader.tsx';

/** Roundtable minutes the bureau chose to analyse, coded like an interview. */
export default function RoundtableReaderPage() {
  return <SourceReader kind="roundtable" />;
}

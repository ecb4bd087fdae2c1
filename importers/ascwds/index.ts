/** ASC-WDS bulk-upload importer, row-level half: recognise, parse, validate and normalise the three CSV files. */
export { detectHeader, type DetectedHeader, type HeaderDetection, type UnrecognisedHeader } from './detect-header';
export { validateFile, BATCH_RECORDS, type FileResult, type RecordBatch, type RowContext } from './parse-file';
export { message, messages, messagesOf, fillMessage, type FileKind, type MessageDef, type MessageFile, type Severity } from './message-catalogue';
export { crossFileMessages, type CrossFileMessages } from './cross-file-messages';
export { fieldDescriptors, toCopyRow, descriptorsFor, type ImportRecord } from './copy-row';
export type { FieldDescriptor, PgType } from './field-descriptor';
export type { Problem } from './problem';
export { maskNi } from './problem';
export type { WorkplaceRecord, ServiceAnswer, ServiceUserAnswer, JobCount, LeaveReasonCount, Answer, YesNoDontKnow } from './workplace-record';
export type { WorkerRecord, QualificationAchieved } from './worker-record';
export type { TrainingRecord } from './training-record';
export { buildReport, reportCsv, reportText, uploadStatus, neutraliseCell, type ImportReport, type MessageCount, type ReportFile, type UploadStatus } from './report';

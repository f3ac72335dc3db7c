// Sharing and reports (issue 7 §5): share links and the counselling report's content.
export { encodeShareHash, decodeShareHash, SHARE_KEY, type SharedPedigree, type ShareView, type ShareDecodeResult } from './shareUrl.ts';
export { buildCounsellingReport, type CounsellingReport, type ReportOptions, type ReportQuestion, type ReportRow, type ReportResult } from './report/counsellingReport.ts';
export { withoutIdentifiers } from './report/privacy.ts';

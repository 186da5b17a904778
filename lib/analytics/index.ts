// Analytics' door: the questionnaire's answers (from the portal and from paper), the dashboard's
// tables with the small-cell rule, and their CSV files. From outside only this file is imported.
export { analyticsFilterSchema, readAnalyticsFilters, tableCsv, toFilters } from "./export";
export { cellText, oneDecimal, type PublishedTable, type ShownCount } from "./published-table";
export { SMALL_LIMIT } from "./suppression";
export {
  importSurveyCsv,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  parseSurveyCsv,
  type ImportOutcome,
  type ImportProblem,
} from "./survey-import";
export { CROSS_TABLE_FACTORS, loadDashboard, loadTable, type AnalyticsFilters, type Dashboard } from "./tables";
export { CSV_COLUMNS, FACTORS, ITEMS, SCALES, TYPES, TYPE_LABELS } from "./vocabulary";
// The questionnaire in the portal after a finished journey: its questions, the sheet carried in a
// signed cookie, the plain form posts, and the one store at the end.
export {
  answeredCount,
  MAX_QUESTIONS,
  questionsFor,
  responseOf,
  type Question,
  type QuestionKey,
  type QuestionnaireState,
} from "./questionnaire";
export {
  answerQuestionnaire,
  QUESTIONNAIRE_COOKIE,
  questionnairePath,
  readQuestionnaire,
  sendQuestionnaire,
  startQuestionnaire,
  stopQuestionnaire,
} from "./questionnaire-posts";

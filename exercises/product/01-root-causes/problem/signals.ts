/**
 * ILLUSTRATIVE DATA: not from the corpus. Eight weeks of operational signals at a small email
 * provider, invented to practise a diagnosis, oldest week first (see `WeekSignals` in diagnose.ts).
 */
export const weeks = [
  { week: '2024-W10', signups: 410, reportClicks: 5120, reportsCollected: 5098, modelAgeDays: 6 },
  { week: '2024-W11', signups: 395, reportClicks: 5310, reportsCollected: 5281, modelAgeDays: 6 },
  { week: '2024-W12', signups: 1240, reportClicks: 6020, reportsCollected: 5990, modelAgeDays: 6 },
  { week: '2024-W13', signups: 1310, reportClicks: 6890, reportsCollected: 6850, modelAgeDays: 6 },
  { week: '2024-W14', signups: 1280, reportClicks: 7410, reportsCollected: 2210, modelAgeDays: 13 },
  { week: '2024-W15', signups: 1350, reportClicks: 8120, reportsCollected: 0, modelAgeDays: 20 },
  { week: '2024-W16', signups: 1330, reportClicks: 9050, reportsCollected: 0, modelAgeDays: 27 },
  { week: '2024-W17', signups: 1390, reportClicks: 10240, reportsCollected: 0, modelAgeDays: 34 },
];

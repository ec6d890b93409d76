/** Site-wide facts shown in the header, footer, meta tags and citations. */
import pkg from '../package.json';

export const site = {
  title: 'Neutrino millicharge & muon g−2 in Lμ−Lτ',
  shortTitle: 'Lμ−Lτ millicharge explainer',
  description:
    'An explorable companion to arXiv:2308.05720: how kinetic mixing gives muon and tau neutrinos tiny electric charges, and what the limits on those charges mean for the muon g−2 anomaly and the Hubble tension.',
  version: pkg.version,
  /** Build date (UTC, YYYY-MM-DD); SOURCE_DATE_EPOCH makes repeated builds identical. */
  buildDate: new Date(process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now()).toISOString().slice(0, 10),
  /** Source repository, known when built by GitHub Actions (GITHUB_REPOSITORY=owner/name). */
  repository: process.env.GITHUB_REPOSITORY ? `https://github.com/${process.env.GITHUB_REPOSITORY}` : undefined,
} as const;

export const paper = {
  title: 'Correlating neutrino millicharge and muon (g−2) in an abelian Lμ−Lτ model',
  authors: ['Ashutosh Kumar Alok', 'Neetu Raj Singh Chundawat', 'Arindam Mandal'],
  year: 2023,
  arxiv: '2308.05720',
  arxivUrl: 'https://arxiv.org/abs/2308.05720',
} as const;

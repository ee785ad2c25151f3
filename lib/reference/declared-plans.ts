/**
 * Governments' own declared paths for defence spending as a share of GDP, each as published, with its source and
 * date (data/SOURCES.md, "Declared plans"). The outlook view draws a plan only from here: a plan not found in
 * published material is not drawn. Figures are the government's words; the basis says what they are a share of,
 * which is not always the basis of the figures drawn beside them.
 */
export interface PlanMilestone {
  /** calendar year (Japanese fiscal year for Japan, labelled by its starting year) */
  year: number;
  /** percent of GDP; with `upTo`, the low end of a stated range */
  value: number;
  upTo?: number;
}

export interface DeclaredPlan {
  id: string;
  country: string;
  /** target: a goal for a year; budget: an adopted or proposed budget's share; position: a stated level to hold */
  kind: "target" | "budget" | "position";
  /** NATO core defence (The Hague 2025), NATO's older definition, or the government's own definition */
  basis: "nato-core" | "nato" | "national";
  milestones: readonly PlanMilestone[];
  announcedOn: string;
  announcedBy: string;
  source: { publisher: string; title: string; url: string };
  /** a later plan that replaces this one; a superseded plan is listed, not drawn */
  supersededBy?: string;
  note: string;
}

export const DECLARED_PLANS: readonly DeclaredPlan[] = [
  {
    id: "deu-3-5-2029",
    country: "DEU",
    kind: "target",
    basis: "nato-core",
    milestones: [{ year: 2029, value: 3.5 }],
    announcedOn: "2025-06-24",
    announcedBy: "Finance Minister Lars Klingbeil, presenting the 2026 budget draft and the plan to 2029",
    source: {
      publisher: "Associated Press (ABC News)",
      title: "Germany to raise defense spending to 3.5% of GDP by 2029",
      url: "https://abcnews.go.com/International/wireStory/germany-raise-defense-spending-35-gdp-2029-123146389",
    },
    note: "'We will raise defense spending step by step so that we will reach a NATO quota of 3.5% in 2029'; 2.4% in 2025.",
  },
  {
    id: "kor-3-5-2035",
    country: "KOR",
    kind: "target",
    basis: "national",
    milestones: [{ year: 2035, value: 3.5 }],
    announcedOn: "2025-10-29",
    announcedBy: "Government of the Republic of Korea, at the Gyeongju summit with the United States",
    source: {
      publisher: "Yonhap News Agency (as reported by CKHQ); White House joint fact sheet of 13 Nov 2025 (Korea Herald)",
      title: "Korea to increase defense spending to 3.5% of GDP by 2035",
      url: "https://en.ckhq.net/html/c38d5319f8e6c1dc34a457c5175b3c13.html",
    },
    note: "From 2.32% in 2025 to 3.5% 'by as late as 2035', about 8% more spending a year (Yonhap); the joint fact sheet says 'as soon as possible' (https://www.koreaherald.com/article/10616401). The first non-NATO partner to commit to the Hague figure. Korea's own definition (Ministry of National Defense budget), not NATO's.",
  },
  {
    id: "kor-budget-2026",
    country: "KOR",
    kind: "budget",
    basis: "national",
    milestones: [{ year: 2026, value: 2.42 }],
    announcedOn: "2025-09-02",
    announcedBy: "Ministry of National Defense, 2026 budget proposal (66.29 trillion won, +8.2%)",
    source: {
      publisher: "Dong-A Ilbo",
      title: "S. Korea, U.S. agree to raise Seoul's defense budget to about 3.5% of GDP",
      url: "https://www.donga.com/en/article/all/20250902/5822053/1",
    },
    note: "'South Korea's defense budget for next year is set at 66.29 trillion won, an 8.2 percent increase from this year, raising defense spending to 2.42 percent of GDP.'",
  },
  {
    id: "esp-2-1",
    country: "ESP",
    kind: "position",
    basis: "nato",
    milestones: [
      { year: 2025, value: 2.1 },
      { year: 2035, value: 2.1 },
    ],
    announcedOn: "2025-06-22",
    announcedBy: "Prime Minister Pedro Sánchez, statement at Moncloa after NATO's letter granting Spain 'flexibility'",
    source: {
      publisher: "The Diplomat in Spain",
      title: "Sánchez reaches an agreement with NATO to make defense spending more flexible",
      url: "https://thediplomatinspain.com/en/2025/06/22/sanchez-llega-a-un-acuerdo-con-la-otan-para-flexibilizar-el-gasto-en-defensa",
    },
    note: "'Spain will need 2.1% of its GDP to acquire and maintain all the personnel, all the equipment, and all the infrastructure requested by the Alliance … 2.1%, no more, no less.' No year is given: drawn as a level held to 2035.",
  },
  {
    id: "pol-budget-2026",
    country: "POL",
    kind: "budget",
    basis: "national",
    milestones: [{ year: 2026, value: 4.8 }],
    announcedOn: "2025-08-28",
    announcedBy: "Finance Minister Andrzej Domański, after the cabinet adopted the 2026 budget draft (PLN 200 billion)",
    source: {
      publisher: "The European Conservative (AFP)",
      title: "Warsaw arms up: Polish defense spending hits 4.8% of GDP",
      url: "https://europeanconservative.com/articles/news-corner/warsaw-arms-up-polish-defense-spending-hits-4-8-of-gdp",
    },
    note: "'In 2026, we will allocate a record 200 billion zloty ($55 billion) to defense spending … more than 4.8% of GDP.' Poland's own count (budget plus the Armed Forces Support Fund).",
  },
  {
    id: "gbr-2027-2035",
    country: "GBR",
    kind: "target",
    basis: "nato-core",
    milestones: [
      { year: 2027, value: 2.6 },
      { year: 2035, value: 3.5 },
    ],
    announcedOn: "2025-06-25",
    announcedBy: "Prime Minister Keir Starmer, at the NATO summit in The Hague",
    source: {
      publisher: "Sky News live blog (copy); PA Media (Daily8)",
      title: "Starmer: UK will reach 4.1% of GDP on defence and security in 2027",
      url: "http://www.vhueurope.com/story/politics-latest-pm-insists-he-can-read-the-room-despite-growing-rebellion-12593360",
    },
    note: "'Under the NATO new definitions, we estimate that we will reach at least 4.1% of GDP in 2027', of which 2.6% core defence; 3.5% core by 2035 (PA: https://www.daily8.com/en/article/784d2092d7e5d22bbfe107bf062e347f), which Downing Street called 'a projected target' to be reviewed in 2029.",
  },
  {
    id: "swe-3-5-2030",
    country: "SWE",
    kind: "target",
    basis: "nato",
    milestones: [{ year: 2030, value: 3.5 }],
    announcedOn: "2025-03-26",
    announcedBy: "Prime Minister Ulf Kristersson",
    source: {
      publisher: "Gamereactor (news report); Financial Times headline via EIN News",
      title: "Sweden to increase defence spending to 3.5% of GDP by 2030",
      url: "https://www.gamereactor.eu/sweden-to-increase-defence-spending-to-35-of-gdp-by-2030-1520103/",
    },
    note: "'An ambitious plan to raise Sweden's defence spending to around 3.5 per cent of GDP by 2030', with about SEK 300 billion of loan-financed investment; a provisional goal announced before the Hague summit.",
  },
  {
    id: "ltu-5-6-2026-2030",
    country: "LTU",
    kind: "target",
    basis: "nato",
    milestones: [
      { year: 2026, value: 5, upTo: 6 },
      { year: 2030, value: 5, upTo: 6 },
    ],
    announcedOn: "2025-01-17",
    announcedBy: "President Gitanas Nausėda, after the State Defence Council",
    source: {
      publisher: "Delfi (BNS)",
      title: "Lithuania to allocate 5-6% of GDP for defence in 2026-2030 - Nausėda",
      url: "https://www.delfi.lt/en/politics/lithuania-to-allocate-5-6-of-gdp-for-defence-in-2026-2030-nauseda-120079654",
    },
    note: "'In the 2026-2030 period we will annually earmark from 5 to 6 [percent] of the gross domestic product for defence.' Drawn as its low end, 5%.",
  },
  {
    id: "can-2-2025",
    country: "CAN",
    kind: "target",
    basis: "nato",
    milestones: [{ year: 2025, value: 2 }],
    announcedOn: "2025-06-09",
    announcedBy: "Prime Minister Mark Carney, speech at the University of Toronto",
    source: {
      publisher: "Devdiscourse (Reuters)",
      title: "Canada commits to boosting military spending to meet NATO target",
      url: "https://www.devdiscourse.com/article/law-order/3453023-canada-commits-to-boosting-military-spending-to-meet-nato-target",
    },
    note: "2% of GDP in fiscal year 2025-26 (C$9.3 billion more for National Defence), 'half a decade ahead of schedule'; no year-by-year path to 3.5% was given.",
  },
  {
    id: "jpn-2-fy2027",
    country: "JPN",
    kind: "target",
    basis: "national",
    milestones: [{ year: 2027, value: 2 }],
    announcedOn: "2022-12-16",
    announcedBy: "Cabinet of Japan, National Security Strategy",
    source: {
      publisher: "Cabinet Secretariat of Japan",
      title: "National Security Strategy of Japan (December 2022)",
      url: "https://www.cas.go.jp/jp/siryou/221216anzenhoshou/nss-e.pdf",
    },
    note: "Defense plus security-related spending to reach 2% of 'current' (FY2022, about ¥560T) GDP in FY2027: Japan's own definition, not NATO's. Still the strategy's figure for FY2027.",
  },
  {
    id: "jpn-2-fy2025",
    country: "JPN",
    kind: "target",
    basis: "national",
    milestones: [{ year: 2025, value: 2 }],
    announcedOn: "2025-10-24",
    announcedBy: "Prime Minister Sanae Takaichi, first policy speech to the Diet",
    source: {
      publisher: "TASS; NewsBytes (Nikkei Asia)",
      title: "Japan's new PM announces early rise in defense spending to 2% of GDP",
      url: "https://tass.com/world/2034575/amp",
    },
    note: "The FY2027 goal brought forward to FY2025 (reached with the supplementary budget of Nov 2025), on the same FY2022-GDP basis. The three security documents are to be revised by the end of 2026; no newer figure was found in published material, so none is drawn.",
  },
];

/** The plans drawn for a country: those not superseded, in the order of their first milestone. */
export function plansFor(country: string): DeclaredPlan[] {
  return DECLARED_PLANS.filter((p) => p.country === country && !p.supersededBy).sort(
    (a, b) => a.milestones[0]!.year - b.milestones[0]!.year,
  );
}

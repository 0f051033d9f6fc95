/**
 * The queries of the screens the graph serves, as a dashboard front end sends them; tests that need
 * "the real thing" (figures, limits) use these rather than their own copies.
 */
export const LEAD_BUYER_DASHBOARD = `{
  leadBuyers(first: 10) { nodes {
    id name abbreviation
    leadBuyer { declaredOn }
    purchaseTarget(year: 2025) { targetAmount achievedAmount achievementRate }
    consultationMeetings(first: 50) { totalCount nodes {
      status slot { startsAt }
      product { id name designationNumber certificates { scheme market } }
    } }
  } } }`;

import { chartFigure, COLOURS } from "./charts.js";
import { bilingual, dataTable, el } from "./dom.js";
import { formatRate, formatWon } from "./format.js";
import type { LeadBuyer, ProgramDashboardData } from "./operation.js";

/** Lead buyers against their purchase targets for the year: achievement as a chart and as a table. */
export function createLeadBuyers(section: HTMLElement) {
  const { figure, chart } = chartFigure(
    "구매 선도기관별 구매목표 달성률 차트. 같은 수치가 아래 표에 있습니다. Each lead buyer's achievement of its purchase target; the table below has the same figures.",
    bilingual("기관별 구매목표 달성률", "Achievement of each lead buyer's purchase target"),
    {
      type: "bar",
      data: { labels: [], datasets: [] },
      options: {
        indexAxis: "y",
        scales: {
          x: { beginAtZero: true, suggestedMax: 1, ticks: { callback: (value) => formatRate(Number(value)) } },
        },
        plugins: { legend: { display: false }, tooltip: { callbacks: { label: (item) => formatRate(Number(item.raw)) } } },
      },
    },
  );
  const tableSlot = el("div", { class: "table-wrap" });
  section.append(figure, tableSlot);

  return {
    update({ leadBuyers }: ProgramDashboardData, year: number) {
      const buyers = leadBuyers?.nodes ?? [];
      const label = (buyer: LeadBuyer) => buyer.abbreviation ?? buyer.nameEn;
      chart.data.labels = buyers.map(label);
      chart.data.datasets = [
        {
          label: `${year} 달성률 Achievement`,
          data: buyers.map((buyer) => buyer.purchaseTarget?.achievementRate ?? 0),
          backgroundColor: COLOURS.primary,
        },
      ];
      chart.update();
      tableSlot.replaceChildren(
        dataTable(
          bilingual(`${year}년 구매목표와 실적`, `Purchase targets and purchases in ${year}`),
          [
            { korean: "기관", english: "Institution" },
            { korean: "선언일", english: "Declared" },
            { korean: "목표", english: "Target", numeric: true },
            { korean: "실적", english: "Purchased", numeric: true },
            { korean: "달성률", english: "Achieved", numeric: true },
          ],
          buyers.map((buyer) => {
            const target = buyer.purchaseTarget;
            return {
              attributes: { "data-institution": buyer.abbreviation ?? buyer.id },
              cells: [
                bilingual(buyer.name, buyer.abbreviation ?? buyer.nameEn),
                buyer.leadBuyer?.declaredOn ?? "—",
                target ? formatWon(target.targetAmount) : bilingual("목표 없음", "no target"),
                target ? el("span", { "data-field": "achieved" }, formatWon(target.achievedAmount)) : "—",
                target ? el("span", { "data-field": "rate" }, formatRate(target.achievementRate)) : "—",
              ],
            };
          }),
          bilingual("구매 선도기관이 아직 없습니다", "No lead buyers yet"),
        ),
      );
    },
  };
}

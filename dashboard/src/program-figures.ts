import { chartFigure, COLOURS } from "./charts.js";
import { bilingual, dataTable, el } from "./dom.js";
import { formatCompact, formatCount, formatWon, formatWonInKoreanUnits } from "./format.js";
import type { ProgramDashboardData } from "./operation.js";

/**
 * Designations and procurement per year: the program's headline figures through the last complete year
 * (MOTIE through 2024 on the seed: 313 products, ₩518,600,000,000), then year by year to the day, as a
 * chart (designations as bars, procurement as a line) and a table.
 */
export function createProgramFigures(section: HTMLElement) {
  const headline = el("dl", { class: "headline" });
  const { figure, chart } = chartFigure(
    "연도별 지정 제품 수와 공공구매액 차트. 같은 수치가 아래 표에 있습니다. Designations and procurement per year; the table below has the same figures.",
    bilingual("연도별 지정 제품(막대)과 공공구매액(선)", "Designations (bars) and procurement (line) per year"),
    {
      type: "bar",
      data: { labels: [], datasets: [] },
      options: {
        scales: {
          products: { type: "linear", position: "left", beginAtZero: true, title: { display: true, text: "지정 제품 수 (Products)" } },
          won: {
            type: "linear",
            position: "right",
            beginAtZero: true,
            grid: { drawOnChartArea: false },
            title: { display: true, text: "공공구매액 (KRW)" },
            ticks: { callback: (value) => formatCompact(Number(value)) },
          },
        },
        plugins: {
          tooltip: {
            callbacks: {
              label: (item) =>
                item.dataset.yAxisID === "won"
                  ? `${item.dataset.label}: ${formatWon(Number(item.raw))}`
                  : `${item.dataset.label}: ${formatCount(Number(item.raw))}`,
            },
          },
        },
      },
    },
  );
  const tableSlot = el("div", { class: "table-wrap" });
  section.append(headline, figure, tableSlot);

  return {
    update({ figures, perYear }: ProgramDashboardData) {
      headline.replaceChildren();
      if (figures) {
        const span = `2020–${figures.throughYear}`;
        headline.append(
          el(
            "div",
            {},
            el("dt", {}, ...bilingual(`지정 제품 (${span})`, "Designated products")),
            el(
              "dd",
              { "data-figure": "designated-products" },
              formatCount(figures.designatedProducts),
              el("span", { class: "unit" }, "개"),
            ),
          ),
          el(
            "div",
            {},
            el("dt", {}, ...bilingual(`공공구매 창출액 (${span})`, "Procurement generated")),
            el(
              "dd",
              { "data-figure": "procurement-generated" },
              figures.procurementGenerated === null ? "—" : formatWon(figures.procurementGenerated),
              figures.procurementGenerated === null
                ? null
                : el("span", { class: "unit" }, ` (${formatWonInKoreanUnits(figures.procurementGenerated)})`),
            ),
          ),
          el(
            "div",
            {},
            el("dt", {}, ...bilingual("구매 계약", "Purchases")),
            el(
              "dd",
              { "data-figure": "purchase-count" },
              figures.purchaseCount === null ? "—" : formatCount(figures.purchaseCount),
              el("span", { class: "unit" }, "건"),
            ),
          ),
        );
      }
      const years = perYear?.byYear ?? [];
      chart.data.labels = years.map(({ year }) => String(year));
      chart.data.datasets = [
        {
          type: "bar",
          label: "지정 제품 Designations",
          yAxisID: "products",
          data: years.map((row) => row.designatedProducts),
          backgroundColor: COLOURS.primary,
        },
        {
          type: "line",
          label: "공공구매액 Procurement",
          yAxisID: "won",
          data: years.map((row) => row.procurementGenerated ?? 0),
          borderColor: COLOURS.secondary,
          backgroundColor: COLOURS.secondary,
          pointStyle: "rectRot",
          pointRadius: 5,
        },
      ] as never;
      chart.update();
      tableSlot.replaceChildren(
        dataTable(
          bilingual(`${perYear?.agency ?? ""} 연도별 지정과 공공구매`, "Designations and procurement per year"),
          [
            { korean: "연도", english: "Year" },
            { korean: "지정 제품", english: "Designated", numeric: true },
            { korean: "공공구매액", english: "Procurement (KRW)", numeric: true },
            { korean: "구매 건수", english: "Purchases", numeric: true },
          ],
          years.map((row) => ({
            attributes: { "data-year": String(row.year) },
            cells: [
              String(row.year),
              formatCount(row.designatedProducts),
              row.procurementGenerated === null ? "—" : formatWon(row.procurementGenerated),
              row.purchaseCount === null ? "—" : formatCount(row.purchaseCount),
            ],
          })),
          bilingual("자료 없음", "No figures"),
        ),
      );
    },
  };
}

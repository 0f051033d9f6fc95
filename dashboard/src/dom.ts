/** Building the page's elements from data, with text nodes only (nothing the API sends is parsed as HTML). */
export type Child = Node | string | number | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Array<Child | Child[]>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  append(element, children.flat());
  return element;
}

export function append(parent: Element, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : String(child));
  }
}

/** Korean with its English beside it: 지정 제품 Designated products (the English marked lang="en"). */
export function bilingual(korean: string, english: string): Array<string | Node> {
  return [korean, " ", el("span", { class: "en", lang: "en" }, english)];
}

export interface Column {
  korean: string;
  english: string;
  numeric?: boolean;
}

/**
 * A data table with a caption and column headers (the charts' text alternative). Each row is its cells,
 * with optional attributes for the row (data-… hooks for styles and tests).
 */
export function dataTable(
  caption: Child[],
  columns: Column[],
  rows: Array<{ cells: Array<Child | Child[]>; attributes?: Record<string, string> }>,
  empty: Child[],
): HTMLTableElement {
  const head = el("thead", {}, el("tr", {}, ...columns.map((column) => headerCell(column))));
  const body = rows.length
    ? el(
        "tbody",
        {},
        ...rows.map(({ cells, attributes }) =>
          el(
            "tr",
            attributes ?? {},
            ...cells.map((cell, index) => el(index === 0 ? "th" : "td", cellAttributes(columns[index], index), cell)),
          ),
        ),
      )
    : el("tbody", {}, el("tr", {}, el("td", { colspan: String(columns.length), class: "empty" }, ...empty)));
  return el("table", {}, el("caption", {}, ...caption), head, body);
}

const headerCell = (column: Column) =>
  el("th", { scope: "col", class: column.numeric ? "numeric" : "" }, ...bilingual(column.korean, column.english));

const cellAttributes = (column: Column | undefined, index: number): Record<string, string> => ({
  ...(index === 0 ? { scope: "row" } : {}),
  ...(column?.numeric ? { class: "numeric" } : {}),
});

import { append, bilingual } from "./dom.js";
import { formatTime } from "./format.js";
import { requestGraphQL } from "./graphql-client.js";
import { createLeadBuyers } from "./lead-buyers.js";
import { PROGRAM_DASHBOARD, programDashboardVariables, type ProgramDashboardData } from "./operation.js";
import { createProgramFigures } from "./program-figures.js";
import { readSettings } from "./settings.js";
import { createUpcomingEvents } from "./upcoming-events.js";
import { pollingUpdates } from "./updates.js";

/**
 * The reference dashboard's entry: reads what to show (the page's data attributes and the address),
 * asks the graph once per refresh with the one ProgramDashboard operation, and draws its three sections.
 */
const settings = readSettings(document.body, location.search);
const variables = programDashboardVariables(settings);
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

byId<HTMLSelectElement>("agency").value = settings.agency;
byId<HTMLInputElement>("as-of").value = settings.asOf;
const status = byId<HTMLParagraphElement>("status");
const program = createProgramFigures(byId("program"));
const leadBuyers = createLeadBuyers(byId("lead-buyers"));
const events = createUpcomingEvents(byId("events"));

function say(...parts: Array<string | Node>) {
  status.replaceChildren();
  append(status, parts);
}

let inFlight: Promise<void> | undefined;

/** Asks the graph and redraws; at most one request at a time (a refresh during one waits for it). */
function refresh(): Promise<void> {
  inFlight ??= load().finally(() => (inFlight = undefined));
  return inFlight;
}

async function load(): Promise<void> {
  try {
    const answer = await requestGraphQL<ProgramDashboardData>(settings.graphqlPath, "ProgramDashboard", PROGRAM_DASHBOARD, variables);
    if (answer.data) {
      program.update(answer.data);
      leadBuyers.update(answer.data, variables.year);
      events.update(answer.data, variables.from);
    }
    const at = formatTime(new Date());
    const updated = bilingual(
      `${settings.asOf} 기준 · ${at} 갱신 (${settings.pollSeconds}초마다).`,
      `As of ${settings.asOf}; updated at ${at}, every ${settings.pollSeconds} s.`,
    );
    if (answer.errors?.length) {
      say(
        ...updated,
        " ",
        ...bilingual("일부를 불러오지 못했습니다:", "Some figures could not be loaded:"),
        ` ${answer.errors[0].message}`,
      );
    } else {
      say(...updated);
    }
  } catch (error) {
    say(
      ...bilingual(
        "그래프에 연결하지 못했습니다. 곧 다시 시도합니다.",
        `Could not reach the graph (${(error as Error).message}); trying again shortly.`,
      ),
    );
  }
}

byId("refresh").addEventListener("click", () => void refresh());
void refresh();
pollingUpdates(settings.pollSeconds).start(refresh);

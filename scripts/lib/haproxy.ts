import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { stopProcess, waitUntilReady } from "./graph-processes.js";

/**
 * HAProxy (Debian's `haproxy` package) as the load balancer in front of service replicas on one
 * machine: one frontend per service on a loopback port, round robin over that service's replicas, each
 * replica in rotation while its GET /ready answers 200. A replica that stops first answers 503 on /ready
 * for its drain delay (HTTP_DRAIN_DELAY_MS), so HAProxy takes it out of rotation before it closes its
 * port; a connection refused anyway is retried on another replica.
 */
export interface BalancedService {
  /** The frontend's and backend's name (gateway, products…). */
  name: string;
  /** The loopback port clients (and other services) use for this service. */
  port: number;
  /** Each replica's loopback port. */
  replicaPorts: number[];
}

export interface LoadBalancerOptions {
  services: BalancedService[];
  /** Where HAProxy's statistics (CSV at /stats;csv) answer, to tell which replicas are in rotation. */
  statsPort: number;
  /** How often each replica's /ready is asked (default 500 ms); two failures in a row take it out. */
  checkIntervalMs?: number;
}

export interface LoadBalancer {
  url(service: string): string;
  /** Whether HAProxy has each replica of `service` in rotation, by replica port. */
  inRotation(service: string): Promise<Map<number, boolean>>;
  /** Resolves once HAProxy has every replica of every service (or the given one) in rotation. */
  waitUntilInRotation(service?: string, port?: number, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

const serverName = (service: string, port: number) => `${service}-${port}`;

export function haproxyConfig(options: LoadBalancerOptions): string {
  const inter = options.checkIntervalMs ?? 500;
  const lines = [
    "global",
    "  maxconn 4096",
    "defaults",
    "  mode http",
    "  timeout connect 2s",
    "  timeout client 65s",
    "  timeout server 65s",
    "  timeout check 2s",
    // A connection a replica refuses (it just closed its port) is retried, on another replica.
    "  retries 3",
    "  option redispatch 1",
    "  retry-on conn-failure empty-response",
    `  default-server inter ${inter}ms fall 2 rise 1`,
    "frontend stats",
    `  bind 127.0.0.1:${options.statsPort}`,
    "  stats enable",
    "  stats uri /stats",
  ];
  for (const service of options.services) {
    lines.push(
      `frontend ${service.name}`,
      `  bind 127.0.0.1:${service.port}`,
      `  default_backend ${service.name}`,
      `backend ${service.name}`,
      "  balance roundrobin",
      "  option httpchk GET /ready",
      "  http-check expect status 200",
      ...service.replicaPorts.map((port) => `  server ${serverName(service.name, port)} 127.0.0.1:${port} check`),
    );
  }
  return `${lines.join("\n")}\n`;
}

/** The haproxy binary, or an error that says how to install it. */
export function haproxyBinary(): string {
  for (const candidate of ["haproxy", "/usr/sbin/haproxy"]) {
    if (spawnSync(candidate, ["-v"], { stdio: "ignore" }).status === 0) return candidate;
  }
  throw new Error("HAProxy is not installed: apt-get install -y haproxy (Debian's package; .ci/run installs it)");
}

export async function startLoadBalancer(options: LoadBalancerOptions): Promise<LoadBalancer> {
  const folder = await mkdtemp(path.join(tmpdir(), "ipg-haproxy-"));
  const configFile = path.join(folder, "haproxy.cfg");
  await writeFile(configFile, haproxyConfig(options));
  // -db: in the foreground, not a daemon, so stopping this child stops HAProxy.
  const child: ChildProcess = spawn(haproxyBinary(), ["-f", configFile, "-db"], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  child.once("exit", (code, signal) => {
    (child as ChildProcess & { exitReport?: string }).exitReport = `haproxy exited (${signal ?? `code ${code}`}):\n${stderr}`;
  });
  const stop = async () => {
    await stopProcess(child);
    await rm(folder, { recursive: true, force: true });
  };
  const statsUrl = `http://127.0.0.1:${options.statsPort}/stats;csv`;
  try {
    await waitUntilReady("haproxy", child, statsUrl, 10_000);
  } catch (error) {
    await stop();
    throw error;
  }

  const inRotation = async (service: string) => {
    const csv = await (await fetch(statsUrl)).text();
    const [header, ...rows] = csv.trim().split("\n");
    const columns = header.replace(/^# /, "").split(",");
    const [pxname, svname, status] = ["pxname", "svname", "status"].map((column) => columns.indexOf(column));
    const states = new Map<number, boolean>();
    for (const port of options.services.find((candidate) => candidate.name === service)?.replicaPorts ?? []) {
      const row = rows
        .map((line) => line.split(","))
        .find((cells) => cells[pxname] === service && cells[svname] === serverName(service, port));
      states.set(port, row?.[status] === "UP");
    }
    return states;
  };

  return {
    url: (service) => `http://127.0.0.1:${options.services.find((candidate) => candidate.name === service)!.port}`,
    inRotation,
    async waitUntilInRotation(service, port, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      const services = service ? [service] : options.services.map((candidate) => candidate.name);
      for (;;) {
        const states = await Promise.all(services.map((name) => inRotation(name)));
        const up = states.every((state) => (port === undefined ? [...state.values()].every(Boolean) : state.get(port) === true));
        if (up) return;
        if (Date.now() > deadline) throw new Error(`HAProxy did not put ${service ?? "every replica"} ${port ?? ""} in rotation in time`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    stop,
  };
}

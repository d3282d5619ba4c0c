import { startConnectorStandIn } from '../../tests/support/connector-stand-in';
import { connectorCounts, type ConnectorCounts } from './connector-counts';
import { forkChild, type ForkedChild } from './fork-child';
import { type CpuReading, runLoad, type LoadSample } from './load';
import { startServer, type ServerKind, type ServerUnderTest } from './servers';
import { submitBodies, type SubmitFixture } from './submits';

export type Mode = 'processes' | 'in-process';

export interface TargetSpec {
  name: string;
  kind: ServerKind;
  env: Record<string, string>;
}

export interface Target {
  name: string;
  url: string;
  fixture: SubmitFixture;
}

/** The connector stand-in, the servers and the load generator, started in one of the two modes. */
export interface Topology {
  mode: Mode;
  targets: Target[];
  /** One closed-loop slice of load against a target. */
  slice(target: Target, seconds: number, firstIndex: number): Promise<LoadSample>;
  counts(): Promise<ConnectorCounts>;
  /** Per Samskab server, what it stored. */
  stored(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * 'processes': the load generator, the stand-in and each server in a Node process of its own,
 * as in production, this process only conducting. 'in-process': all of them in this process.
 */
export async function startTopology(mode: Mode, specs: TargetSpec[], concurrency: number): Promise<Topology> {
  return mode === 'processes' ? separateProcesses(specs, concurrency) : oneProcess(specs, concurrency);
}

async function oneProcess(specs: TargetSpec[], concurrency: number): Promise<Topology> {
  const connector = await startConnectorStandIn({ enforceLimits: false });
  const servers: ServerUnderTest[] = [];
  const close = async () => {
    for (const server of servers) await server.close();
    await connector.close();
  };
  try {
    for (const spec of specs) servers.push(await startServer(spec.kind, spec.env));
  } catch (error) {
    await close();
    throw error;
  }
  const bodies = servers.map((server) => submitBodies(server.fixture, connector.url));
  const targets = specs.map((spec, i) => ({
    name: spec.name,
    url: servers[i]!.url,
    fixture: servers[i]!.fixture,
  }));
  return {
    mode: 'in-process',
    targets,
    slice: (target, seconds, firstIndex) =>
      runLoad({ url: target.url, concurrency, seconds, firstIndex, body: bodies[targets.indexOf(target)]! }),
    counts: async () => connectorCounts(connector),
    stored: async () =>
      (await Promise.all(servers.map((s) => s.stored()))).filter((s): s is string => s !== null),
    close,
  };
}

async function separateProcesses(specs: TargetSpec[], concurrency: number): Promise<Topology> {
  const children: Array<ForkedChild<unknown>> = [];
  const close = async () => {
    await Promise.all(children.map((child) => child.stop()));
  };
  try {
    const connector = await forkChild<{ url: string }>(
      'connector stand-in',
      'bench/turns/connector-process.ts',
      [],
      {},
    );
    children.push(connector);
    const load = await forkChild<object>('load generator', 'bench/turns/load-process.ts', [], {});
    children.push(load);
    const servers: Array<ForkedChild<{ url: string; fixture: SubmitFixture }>> = [];
    for (const spec of specs) {
      const server = await forkChild<{ url: string; fixture: SubmitFixture }>(
        spec.name,
        'bench/turns/server-process.ts',
        [spec.kind],
        spec.env,
      );
      children.push(server);
      servers.push(server);
    }
    const serviceUrl = connector.ready.url;
    const targets = specs.map((spec, i) => ({ name: spec.name, ...servers[i]!.ready }));
    return {
      mode: 'processes',
      targets,
      async slice(target, seconds, firstIndex) {
        const server = servers[targets.indexOf(target)]!;
        const before = await server.request<CpuReading>('cpuMs');
        const sample = await load.request<LoadSample>('slice', {
          ...target,
          serviceUrl,
          seconds,
          concurrency,
          firstIndex,
        });
        const after = await server.request<CpuReading>('cpuMs');
        const postgres =
          after.postgres === null || before.postgres === null ? null : after.postgres - before.postgres;
        return { ...sample, cpu: { server: after.server - before.server, postgres } };
      },
      counts: () => connector.request<ConnectorCounts>('counts'),
      stored: async () =>
        (await Promise.all(servers.map((s) => s.request<string | null>('stored')))).filter(
          (s): s is string => s !== null,
        ),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

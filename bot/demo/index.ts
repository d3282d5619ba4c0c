import { EXAMPLE_FORUM_NAME } from '../../core/example-forum';
import type { AppDeps } from '../app-deps';
import type { ProactiveSender } from '../teams/proactive';
import { createDemoResponder, type DemoResponder } from './demo-responder';
import { installForSimulatedPeople, simulatedMembers } from './simulated-people';
import { withSimulatedPeople } from './simulated-sender';

export interface LivingDemo {
  /** Wraps the scheduler's sender so simulated people's prompts count as delivered. */
  decorateSender(sender: ProactiveSender): ProactiveSender;
  responder: DemoResponder;
}

/**
 * The living demo of `npm start` (development only, with the demo clock and the seeded example):
 * the example people no Teams client stands in for get a simulated chat and answer on their own.
 */
export async function prepareLivingDemo(
  deps: AppDeps,
  livePeople: readonly string[],
): Promise<LivingDemo | null> {
  const forum = (await deps.store.listForums()).find((f) => f.name.da === EXAMPLE_FORUM_NAME.da);
  if (!forum) return null;
  const simulated = simulatedMembers(await deps.store.listMembers(forum.id), livePeople);
  const installed = await installForSimulatedPeople(deps.store, simulated, deps.clock.now().toISOString());
  deps.log.info(
    { component: 'demo', simulated: simulated.length, installed, live: livePeople },
    'living demo: simulated example people answer on their own',
  );
  return { decorateSender: withSimulatedPeople, responder: createDemoResponder(deps, livePeople) };
}

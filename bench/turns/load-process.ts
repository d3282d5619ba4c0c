/** The load generator of bench/turns in its own process (forked by topology.ts). */
import { answerParent, runChild } from './answer-parent';
import { runLoad } from './load';
import { submitBodies, type SubmitFixture } from './submits';

runChild(async () => {
  answerParent(
    {},
    {
      slice: async (message) => {
        const { url, fixture, serviceUrl, seconds, concurrency, firstIndex } = message as {
          url: string;
          fixture: SubmitFixture;
          serviceUrl: string;
          seconds: number;
          concurrency: number;
          firstIndex: number;
        };
        return runLoad({ url, concurrency, seconds, firstIndex, body: submitBodies(fixture, serviceUrl) });
      },
      stop: async () => undefined,
    },
  );
});
